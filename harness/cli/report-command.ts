import { readFile, writeFile } from 'node:fs/promises'
import { schemaValidator } from '../target/validate-document.js'
import { ConfigurationError } from '../target/problems.js'
import { renderHtmlReport } from '../results/html-report.js'
import { countOutcomes, formatResultsFile, type ResultsFile } from '../results/results-file.js'
import { specificationOfRuns } from './run-specification.js'
import { isBad } from '../results/outcome.js'
import { systemNow } from '../runtime/system-clock.js'

/** Reads and validates a results file; a wrong one is a configuration error (exit 2). */
export async function readResults(file: string): Promise<ResultsFile> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new ConfigurationError([{ file, path: '', message: `cannot read a results file: ${(error as Error).message}` }])
  }
  const validate = schemaValidator('results.schema.json')
  if (!validate(data)) {
    const e = validate.errors?.[0]
    throw new ConfigurationError([{ file, path: e?.instancePath ?? '', message: `not a sessionspec results file: ${e?.message ?? 'invalid'}` }])
  }
  return data as ResultsFile
}

/** Merges the results of shards of one target into one file. */
export function mergeShards(shards: ResultsFile[]): ResultsFile {
  const names = new Set(shards.map((s) => s.target.name))
  if (names.size !== 1) throw new ConfigurationError([{ file: 'report merge', path: '', message: `shards of one target only (got ${[...names].join(', ')})` }])
  const scenarios = new Map(shards.flatMap((s) => s.scenarios).map((s) => [s.id, s]))
  const merged = [...scenarios.values()].sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line || a.id.localeCompare(b.id))
  const { shard: _ignored, ...run } = shards[0].run
  return {
    ...shards[0],
    run: { ...run, startedAt: shards.map((s) => s.run.startedAt).sort()[0], finishedAt: shards.map((s) => s.run.finishedAt).sort().at(-1)! },
    totals: countOutcomes(merged),
    scenarios: merged,
  }
}

export interface RunDiff { improved: string[]; regressed: string[]; added: string[]; removed: string[] }

/** What changed between two runs of one target: a conformant outcome became bad, or the reverse. */
export function diffRuns(before: ResultsFile, after: ResultsFile): RunDiff {
  const old = new Map(before.scenarios.map((s) => [s.id, s.outcome]))
  const now = new Map(after.scenarios.map((s) => [s.id, s.outcome]))
  const diff: RunDiff = { improved: [], regressed: [], added: [], removed: [] }
  for (const [id, outcome] of now) {
    const was = old.get(id)
    if (was === undefined) diff.added.push(id)
    else if (isBad(was) && !isBad(outcome)) diff.improved.push(id)
    else if (!isBad(was) && isBad(outcome)) diff.regressed.push(id)
  }
  for (const id of old.keys()) if (!now.has(id)) diff.removed.push(id)
  return diff
}

export async function reportCommand(action: string, files: string[], output: string | undefined): Promise<number> {
  const runs = await Promise.all(files.map(readResults))
  if (action === 'merge') {
    const merged = mergeShards(runs)
    await writeFile(output ?? 'results.json', formatResultsFile(merged))
    console.log(`merged ${runs.length} shards of ${merged.target.name}: ${merged.scenarios.length} scenarios into ${output ?? 'results.json'}`)
    return 0
  }
  if (action === 'render') {
    const html = renderHtmlReport(runs, await specificationOfRuns(runs), systemNow().toISOString())
    await writeFile(output ?? 'report.html', html)
    console.log(`wrote ${output ?? 'report.html'} for ${runs.map((r) => r.target.name).join(', ')}`)
    return 0
  }
  if (runs.length !== 2) throw new ConfigurationError([{ file: 'report diff', path: '', message: 'name exactly two results files: the earlier run, then the later one' }])
  console.log(describeSpecifications(runs[0], runs[1]))
  const diff = diffRuns(runs[0], runs[1])
  for (const [kind, ids] of Object.entries(diff)) console.log(`${kind} (${ids.length})${ids.length ? `:\n  ${ids.join('\n  ')}` : ''}`)
  return diff.regressed.length > 0 ? 1 : 0
}

/** Whether a difference can come from the specification, or only from the server. */
export function describeSpecifications(before: ResultsFile, after: ResultsFile): string {
  const [was, now] = [before.run.specification, after.run.specification]
  if (was === undefined || now === undefined) return 'specification version: not recorded in both files; a change may come from the specification or from the server'
  if (was === now) return `specification ${now} in both runs: every change is the server's`
  return `the specification changed from ${was} to ${now}: added and removed scenarios, and changed outcomes, may come from it rather than from the server`
}
