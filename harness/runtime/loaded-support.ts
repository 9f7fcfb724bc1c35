// Step definitions loaded once and handed to many cucumber runs.
import type { ISupportCodeLibrary } from '@cucumber/cucumber/api'

/**
 * runCucumber expands a loaded library's import patterns again on every call, only to report
 * them: a walk of the steps folder (a stat per file) for every run, 3-4% of a whole run's CPU in
 * a profile of `sessionspec run`, more than a scenario in a mutation run. The library stays the
 * one loaded; its coordinates name one concrete file of it (cucumber.mjs lists
 * register-tsx.mjs first in a checkout run through tsx), or `file` when every path is a pattern.
 */
export function namedByOneFile(support: ISupportCodeLibrary, file: string): ISupportCodeLibrary {
  const concrete = support.originalCoordinates.importPaths.find((path) => !/[*?{[]/.test(path)) ?? file
  return { ...support, originalCoordinates: { ...support.originalCoordinates, importPaths: [concrete], requirePaths: [] } }
}
