/**
 * `npm run mutate -- <area> --runner command`: the command Stryker's command runner runs for
 * each mutant, inside its sandbox copy of the project: `node --import tsx scripts/mutate-run.ts
 * <area>` (the default runner, scripts/stryker/cucumber-runner.ts, keeps a process per worker).
 *
 * It runs the area's features against the reference server with the mutant active in the
 * server only (the harness, its oracle and its steps stay unmutated: the specification must
 * notice the server's bug, not share it). Its exit code is Stryker's verdict:
 *   1 (killed)   at least one scenario FAILED;
 *   0 (survived) no scenario failed, including a run that only produced errors (a server that
 *                crashes at start, a malformed answer): an error is not the specification
 *                catching the bug, so it is counted apart in the run log, never as a kill.
 * Without an active mutant (Stryker's initial run) anything but a clean pass exits 2.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResultsFile } from '../harness/results/results-file.js'
import { findArea } from './mutate-areas.js'
import { logRun, verdictOf } from './mutate-log.js'
import { writeAreaTarget } from './mutate-target.js'

const MUTANT_VARIABLE = '__STRYKER_ACTIVE_MUTANT__'

const areaName = process.argv[2]
const area = findArea(areaName)
const mutant = process.env[MUTANT_VARIABLE]

/** The reference target narrowed to the area's engines, with the mutant switched on in the server. */
function writeTarget(): string {
  // `npm run mutate -- <area> --engines a,b` narrows the passes for code that does not depend on
  // the engine (mutate.ts passes the lists on in SESSIONSPEC_MUTATION_ENGINES and _STORAGES).
  const list = (name: string) => process.env[name]?.split(',').filter(Boolean)
  // A shared machine can be slow to start a server; a start that times out is only an error
  // (never a kill), so give it room, yet less than the 60 s of the scenario hook that waits
  // for it: a hook that times out would be reported as a failure, a false kill.
  const start = { timeoutSeconds: 50, ...(mutant === undefined ? {} : { env: { [MUTANT_VARIABLE]: mutant } }) }
  return writeAreaTarget('.', areaName, area, { engines: list('SESSIONSPEC_MUTATION_ENGINES'), storages: list('SESSIONSPEC_MUTATION_STORAGES') }, start)
}

function runFeatures(targetFile: string, reports: string): ResultsFile | undefined {
  const env = { ...process.env }
  delete env[MUTANT_VARIABLE]
  const parallel = process.env.SESSIONSPEC_MUTATION_PARALLEL ?? '2'
  spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', targetFile, '--reports', reports, '--parallel', parallel, ...area.features], { env, stdio: 'ignore' })
  try {
    return JSON.parse(readFileSync(join(reports, 'reference', 'results.json'), 'utf8')) as ResultsFile
  } catch {
    return undefined
  }
}

const targetFile = writeTarget()
const reports = mkdtempSync(join(tmpdir(), 'sessionspec-mutation-'))
const results = runFeatures(targetFile, reports)
rmSync(reports, { recursive: true, force: true })
rmSync(targetFile, { force: true })

const failed = results?.scenarios.filter((s) => s.outcome === 'failed').map((s) => s.id) ?? []
const errors = results?.scenarios.filter((s) => s.outcome === 'error').map((s) => s.id) ?? []
const verdict = results === undefined ? 'no-results' : verdictOf(failed, errors)

if (mutant === undefined) {
  if (verdict !== 'survived') {
    console.error(`mutate: the unmutated reference server does not pass the ${areaName} features (${failed.length} failed, ${errors.length} errors${results ? '' : ', no results.json'})`)
    process.exit(2)
  }
  process.exit(0)
}

logRun(process.env.SESSIONSPEC_MUTATION_LOG, { mutant, verdict, failed, errors })
console.log(`mutant ${mutant}: ${verdict} (${failed.length} failed, ${errors.length} errors)`)
process.exit(verdict === 'killed' ? 1 : 0)
