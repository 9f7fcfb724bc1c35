import { access } from 'node:fs/promises'
import { join } from 'node:path'
import type { ResultsFile } from '../results/results-file.js'
import { readFeatures, readSpecification, type SpecFeature } from '../results/specification.js'
import { PACKAGE_ROOT } from './package-root.js'

/**
 * The features an HTML report shows as the specification: every bundled one, then those of the
 * project's own that the runs name (by their path from the current directory, see run-command's
 * seenFromHere). A project feature no longer found here keeps its rows in the report's table.
 */
export async function specificationOfRuns(runs: ResultsFile[]): Promise<SpecFeature[]> {
  const own: string[] = []
  for (const uri of new Set(runs.flatMap((run) => run.scenarios.map((s) => s.uri)))) {
    if (!(await exists(join(PACKAGE_ROOT, uri))) && (await exists(uri))) own.push(uri)
  }
  return [...await readSpecification(PACKAGE_ROOT), ...await readFeatures(process.cwd(), own.sort())]
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false)
}
