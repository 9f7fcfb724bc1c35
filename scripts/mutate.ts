/**
 * Mutation testing of the reference server with StrykerJS: `npm run mutate -- <area> [options]`,
 * or `npm run mutate` alone for every area in turn, the quickest first (checks, messages,
 * cookies, signing, sessions; hours in all on a 2-core machine, see docs/mutation.md), each
 * area's reports written as soon as it ends.
 *
 * Stryker mutates the area's code (see scripts/mutate-areas.ts) and runs the area's scenarios
 * against each mutant. The default runner (scripts/stryker/cucumber-runner.ts) keeps cucumber and
 * a server in each Stryker worker and runs only the scenarios that cover the mutant; `--runner
 * command` runs every feature of the area in a new harness per mutant (scripts/mutate-run.ts).
 * A mutant is killed only by a failed scenario. Stryker's incremental mode keeps each area's
 * results in reports/mutation/<area>/incremental.json, so a second run only tests mutants whose
 * code changed (or, with the default runner, that new scenarios cover). Reports:
 * reports/mutation/<area>/index.html and mutation.json (Stryker's), runs.ndjson (this run's
 * verdict per mutant, errors counted apart) and summary.json. Not run in CI.
 *
 *   --runner cucumber|command   which Stryker runner (default cucumber, see above)
 *   --concurrency N       mutants tested at once (default 1: the machine is shared)
 *   --retest-survivors    test the mutants that survived last time again (after new scenarios)
 *   --force               ignore the incremental file and test every mutant
 *   --only GLOB           mutate only these files of the area (Stryker's syntax, e.g. a.ts:10-20)
 *   --engines a,b         run only these of the area's engines (for code that does not depend on the engine)
 *   --storages a,b        run only these of the area's message storages (for code only some storages use)
 *   --out DIR             the report folder (default reports/mutation/<area>)
 *   --ignore-static       leave out mutants of module-level code (each needs a new process and
 *                         every scenario of the area); Stryker reports them as Ignored
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { LogLevel, PartialStrykerOptions } from '@stryker-mutator/api/core'
import { Stryker } from '@stryker-mutator/core'
import { systemNow } from '../harness/runtime/system-clock.js'
import { findArea, type MutationArea } from './mutate-areas.js'
import { countVerdicts } from './mutate-log.js'
import type { RunnerOptions } from './stryker/cucumber-runner.js'

// The entry registers tsx itself: Stryker's child processes other than the runner load it too.
const RUNNER_PLUGIN = fileURLToPath(new URL('./stryker/cucumber-runner.mjs', import.meta.url))

interface IncrementalReport {
  files: Record<string, { mutants: Array<{ status: string }> }>
}

/** `npm run mutate` with no area: every area, the quickest first, so reports come early. */
const EVERY_AREA = ['checks', 'messages', 'cookies', 'signing', 'sessions']

interface AreaRun {
  name: string
  area: MutationArea
  out: string
}

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runner: { type: 'string', default: 'cucumber' },
      concurrency: { type: 'string', default: '1' },
      'retest-survivors': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      engines: { type: 'string' },
      storages: { type: 'string' },
      out: { type: 'string' },
      'ignore-static': { type: 'boolean', default: false },
    },
  })
  if (positionals.length > 1) throw new Error(`one area at a time (got ${positionals.join(', ')}); with no area, every area runs in turn`)
  const name = positionals[0]
  const runner = values.runner
  if (runner !== 'cucumber' && runner !== 'command') throw new Error(`--runner must be cucumber or command (got "${runner}")`)
  const concurrency = Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a positive whole number (got "${values.concurrency}")`)
  const common = { runner: runner as 'cucumber' | 'command', ignoreStatic: values['ignore-static'], concurrency, retestSurvivors: values['retest-survivors'], force: values.force }
  if (name === undefined) {
    // Files, engines, storages and the report folder belong to one area.
    const scoped = (['only', 'engines', 'storages', 'out'] as const).filter((option) => values[option] !== undefined)
    if (scoped.length > 0) throw new Error(`--${scoped[0]} needs an area: npm run mutate -- <area> --${scoped[0]} ..., one of: ${EVERY_AREA.join(', ')}`)
    const runs: AreaRun[] = EVERY_AREA.map((each) => ({ name: each, area: findArea(each), out: `reports/mutation/${each}` }))
    return { ...common, runs, only: undefined, engines: undefined, storages: undefined }
  }
  const area = findArea(name)
  const engines = values.engines?.split(',').map((e) => e.trim()).filter(Boolean)
  const unknown = engines?.filter((e) => !area.engines.includes(e)) ?? []
  if (unknown.length > 0) throw new Error(`--engines: ${unknown.join(', ')} not among the ${name} area's engines (${area.engines.join(', ')})`)
  const storages = values.storages?.split(',').map((s) => s.trim()).filter(Boolean)
  const strange = storages?.filter((s) => !area.messageStorages.includes(s)) ?? []
  if (strange.length > 0) throw new Error(`--storages: ${strange.join(', ')} not among the ${name} area's message storages (${area.messageStorages.join(', ')})`)
  const runs: AreaRun[] = [{ name, area, out: values.out ?? `reports/mutation/${name}` }]
  return { ...common, runs, only: values.only, engines, storages }
}

/** Drops last run's survivors from the incremental file, so Stryker tests them again. */
function forgetSurvivors(file: string): number {
  if (!existsSync(file)) return 0
  const report = JSON.parse(readFileSync(file, 'utf8')) as IncrementalReport
  let dropped = 0
  for (const entry of Object.values(report.files)) {
    const kept = entry.mutants.filter((m) => m.status !== 'Survived')
    dropped += entry.mutants.length - kept.length
    entry.mutants = kept
  }
  writeFileSync(file, JSON.stringify(report))
  return dropped
}

async function main(): Promise<void> {
  const { runs, ...options } = parseCommandLine()
  if (runs.length > 1) {
    console.log(`mutate: no area named, so every area in turn: ${runs.map((run) => run.name).join(', ')}. That takes hours on a 2-core machine (docs/mutation.md, "How long an area takes"); one area: npm run mutate -- <area>`)
  }
  const lines: string[] = []
  for (const run of runs) lines.push(await mutateArea(run, options))
  if (runs.length > 1) for (const line of lines) console.log(line)
}

/** What every area's run takes from the command line. */
type RunOptions = Omit<ReturnType<typeof parseCommandLine>, 'runs'>

/** One area's Stryker run; its one-line result. */
async function mutateArea({ name, area, out: dir }: AreaRun, { runner, ignoreStatic, concurrency, retestSurvivors, force, only, engines, storages }: RunOptions): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const incrementalFile = `${dir}/incremental.json`
  if (retestSurvivors) console.log(`mutate: ${forgetSurvivors(incrementalFile)} survivors of the last run are tested again`)
  const log = resolve(dir, 'runs.ndjson')
  rmSync(log, { force: true })
  const runnerOptions = runner === 'command' ? commandRunner(name, log, engines, storages) : cucumberRunner({ area: name, engines, storages, log })

  const options: PartialStrykerOptions = {
    ...runnerOptions,
    mutate: only ?? area.mutate,
    ignoreStatic,
    concurrency,
    incremental: true,
    incrementalFile,
    force,
    reporters: ['html', 'json', 'clear-text', 'progress'],
    htmlReporter: { fileName: `${dir}/index.html` },
    jsonReporter: { fileName: `${dir}/mutation.json` },
    // Under the report folder: two runs (of two areas, or one area both ways) never share it.
    tempDirName: `${dir}/.stryker-tmp`,
    // What the sandbox does not need: Stryker copies the rest of the project for every worker.
    // .venv-django (setup.sh's Django) holds symlinks Stryker cannot copy, and no server code.
    ignorePatterns: ['/docs', '/bench', '/examples', '/test', '/reports', '/.run', '/.scratch', '/.venv-django', '/dist'],
    fileLogLevel: 'off' as LogLevel,
  }
  const started = systemNow()
  const results = await new Stryker(options).runMutationTest()
  const finished = systemNow()
  const minutes = (finished.getTime() - started.getTime()) / 60_000

  const statuses: Record<string, number> = {}
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1
  const summary = { area: name, runner, mutants: results.length, statuses, thisRun: countVerdicts(log), minutes: Math.round(minutes * 10) / 10, at: finished.toISOString() }
  writeFileSync(`${dir}/summary.json`, JSON.stringify(summary, null, 2) + '\n')
  const line = `mutate ${name}: ${results.length} mutants ${JSON.stringify(statuses)}; tested this run ${JSON.stringify(summary.thisRun)}; ${summary.minutes} min`
  console.log(line)
  console.log(`reports: ${dir}/index.html, mutation.json, runs.ndjson, summary.json`)
  return line
}

/**
 * The default: scripts/stryker/cucumber-runner.ts in each Stryker worker, with per-scenario
 * coverage, so a mutant runs only the scenarios that reach its code and stops at the first failure.
 */
function cucumberRunner(settings: RunnerOptions): PartialStrykerOptions {
  return {
    testRunner: 'sessionspec-cucumber',
    plugins: [RUNNER_PLUGIN],
    coverageAnalysis: 'perTest',
    sessionspec: settings,
    // The initial run is every scenario of the area (the sessions area: every engine), each on a
    // fresh server instance.
    dryRunTimeoutMinutes: 90,
    // On top of the covering scenarios' own time (times 1.5): a shared machine has slow moments,
    // and a static mutant's run also loads the server (60 s left two equivalent ones timed out).
    timeoutMS: 120_000,
  }
}

/** `--runner command`: a whole harness per mutant (scripts/mutate-run.ts), every feature of the area. */
function commandRunner(name: string, log: string, engines: string[] | undefined, storages: string[] | undefined): PartialStrykerOptions {
  // Stryker's command runner inherits this process's environment, so mutate-run.ts sees it.
  if (engines !== undefined) process.env.SESSIONSPEC_MUTATION_ENGINES = engines.join(',')
  if (storages !== undefined) process.env.SESSIONSPEC_MUTATION_STORAGES = storages.join(',')
  process.env.SESSIONSPEC_MUTATION_LOG = log
  return {
    testRunner: 'command',
    commandRunner: { command: `node --import tsx scripts/mutate-run.ts ${name}` },
    coverageAnalysis: 'off',
    // A whole feature run per mutant on a shared machine: allow for a slow moment.
    timeoutMS: 120_000,
  }
}

main().catch((error: unknown) => {
  console.error(`mutate: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
})
