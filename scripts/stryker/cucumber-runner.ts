/**
 * A Stryker test runner ("sessionspec-cucumber") that runs only the scenarios covering a mutant.
 *
 * One long-lived process per Stryker worker. It loads cucumber and the step definitions once,
 * from the project's own tree (this file's), so the harness, its steps and its oracle are never
 * mutated; the reference server runs in the same process but is imported from Stryker's
 * sandbox (the process's working directory), whose files are the mutated, instrumented ones.
 * The module URLs differ, so each side has its own copy of lib/.
 *
 * - dryRun: every scenario instance of the area's passes is a test. Each runs on a fresh server
 *   instance with `__stryker__.currentTestId` set to it, so what it covers includes the start of
 *   the server and of its engines (a scenario never depends on a server an earlier one warmed up).
 *   Module-level code of the mutated files is loaded before any test: static coverage. After
 *   each scenario the runner resets the server, as the next scenario would on a long-lived one,
 *   so the code that empties what a scenario left is covered by that scenario.
 * - mutantRun: the mutant is switched on in the server (`__stryker__.activeMutant`), a fresh
 *   server instance starts, and only the scenarios Stryker names run, stopping at the first one
 *   that FAILS (harness/results/outcome.ts). Killed only by a failed scenario: errors alone
 *   survive and are logged as `survived-with-errors` (scripts/mutate-log.ts).
 * - Static mutants (module-level code) need the modules loaded with the mutant on: the runner
 *   says it cannot reload (`reloadEnvironment: false`), so Stryker starts a new process for them.
 */
// First: cucumber-expressions must find the native exec when it loads (harness/runtime/native-match-indices.ts).
import '../../harness/runtime/native-match-indices.js'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { INSTRUMENTER_CONSTANTS, type MutantCoverage, type StrykerOptions } from '@stryker-mutator/api/core'
import type { Logger } from '@stryker-mutator/api/logging'
import { commonTokens, declareClassPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin'
import {
  determineHitLimitReached, DryRunStatus, MutantRunStatus, TestStatus,
  type DryRunOptions, type DryRunResult, type MutantRunOptions, type MutantRunResult, type TestResult, type TestRunner, type TestRunnerCapabilities,
} from '@stryker-mutator/api/test-runner'
import { keepForWholeRun } from '../../harness/runtime/worker-lifetime.js'
import { stopWorkerRuntime, workerRuntime } from '../../harness/runtime/worker-runtime.js'
import { findArea } from '../mutate-areas.js'
import { logRun, verdictOf } from '../mutate-log.js'
import { writeAreaTarget } from '../mutate-target.js'
import { groupForCucumber, keyOfTestId, planScenarios, ScenarioRunner, testId, type PlannedScenario, type ScenarioResult } from './scenarios.js'
import { PACKAGE_ROOT } from '../../lib/package-root.js'

/** The project's own tree: where cucumber and the step definitions are loaded from. */
const ROOT = PACKAGE_ROOT

/** The runner's options in Stryker's configuration (`sessionspec`), set by scripts/mutate.ts. */
export interface RunnerOptions {
  area: string
  engines?: string[]
  storages?: string[]
  /** Feature files to run instead of the area's (a narrower run: the runner's own test). */
  features?: string[]
  /** runs.ndjson: one line per mutant run (scripts/mutate-log.ts). */
  log?: string
}

export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  type: 'object',
  properties: {
    sessionspec: {
      type: 'object',
      required: ['area'],
      properties: {
        area: { type: 'string' },
        engines: { type: 'array', items: { type: 'string' } },
        storages: { type: 'array', items: { type: 'string' } },
        features: { type: 'array', items: { type: 'string' } },
        log: { type: 'string' },
      },
    },
  },
}

/** What Stryker's instrumented code reads and writes on globalThis (INSTRUMENTER_CONSTANTS). */
interface StrykerNamespace {
  activeMutant?: string
  currentTestId?: string
  mutantCoverage?: MutantCoverage
  hitCount?: number
  hitLimit?: number
}

function namespace(): StrykerNamespace {
  const global = globalThis as unknown as Record<string, StrykerNamespace | undefined>
  return (global[INSTRUMENTER_CONSTANTS.NAMESPACE] ??= {})
}

/** The coverage of the warm-up scenario is dropped: no test of Stryker's. */
const WARM_UP = 'warm-up'
/** Marks a file Stryker instrumented: it calls the mutant switch. */
const INSTRUMENTED = 'stryMutAct_9fa48'
/** A server's close gets this long; one a mutant left hanging is abandoned (each instance has its own stores). */
const CLOSE_ALLOWANCE_MS = 10_000

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}

export class SessionspecCucumberRunner implements TestRunner {
  static inject = tokens(commonTokens.options, commonTokens.logger)

  private readonly sandbox = process.cwd()
  private readonly settings: RunnerOptions
  private targetFile = ''
  private scenarios!: ScenarioRunner
  private plan: PlannedScenario[] = []
  private serverModulesLoaded = false
  /** Errors thrown outside any scenario (an in-process server's uncaught exception) during the current run. */
  private stray: string[] = []

  constructor(private readonly options: StrykerOptions, private readonly log: Logger) {
    const settings = (options as StrykerOptions & { sessionspec?: RunnerOptions }).sessionspec
    if (!settings) throw new Error('the sessionspec-cucumber runner needs the "sessionspec" option ({ area }): run it through npm run mutate')
    this.settings = settings
  }

  capabilities(): TestRunnerCapabilities {
    // An imported module cannot be imported afresh: a static mutant needs a new process.
    return { reloadEnvironment: false }
  }

  async init(): Promise<void> {
    const { area: name, engines, storages, features } = this.settings
    // The mutated server is the sandbox's TypeScript: a transpiled copy (bin/checkout-build.mjs)
    // would be the unmutated code, and so would the steps, run from it.
    delete process.env.SESSIONSPEC_COMPILED_DIR
    const area = findArea(name)
    this.targetFile = writeAreaTarget(this.sandbox, name, area, { engines, storages })
    // The worker's server outlives each cucumber run; this runner starts and stops it.
    keepForWholeRun()
    // A mutated server may throw outside any request; that is an error of this run, not a crash.
    process.on('uncaughtException', (error) => { this.stray.push(`uncaught: ${firstLine(error)}`) })
    this.scenarios = await ScenarioRunner.load(ROOT, this.targetFile)
    this.plan = await planScenarios(ROOT, this.targetFile, features ?? area.features)
    this.log.debug(`sessionspec-cucumber: ${this.plan.length} scenarios of the ${name} area, server from ${this.sandbox}`)
  }

  async dryRun(options: DryRunOptions): Promise<DryRunResult> {
    const ns = namespace()
    const perTest = options.coverageAnalysis === 'perTest'
    ns.mutantCoverage = { static: {}, perTest: {} }
    ns.currentTestId = undefined
    ns.activeMutant = undefined
    this.stray = []
    if (this.serverModulesLoaded) this.log.warn('sessionspec-cucumber: the server was loaded before the dry run; static coverage is incomplete')
    await this.loadServerModules()
    const results: ScenarioResult[] = []
    for (const scenario of this.plan) {
      await this.stopServer()
      if (perTest) ns.currentTestId = scenario.key
      await this.startServer()
      const [result] = await this.scenarios.run([scenario], { failFast: false })
      if (result === undefined || result.key !== scenario.key) {
        return { status: DryRunStatus.Error, errorMessage: `cucumber did not run the scenario ${scenario.key}${result ? ` (it ran ${result.key})` : ''}` }
      }
      results.push(result)
      const reset = await this.resetAfterScenario()
      if (reset !== undefined) return { status: DryRunStatus.Error, errorMessage: `the unmutated server's reset after ${scenario.key} failed: ${reset}` }
    }
    await this.stopServer()
    ns.currentTestId = undefined
    if (this.stray.length > 0) return { status: DryRunStatus.Error, errorMessage: `the unmutated server threw outside a request: ${this.stray[0]}` }
    const coverage = ns.mutantCoverage
    const idOfKey = new Map(results.map((r) => [r.key, testId(r)]))
    const mutantCoverage: MutantCoverage = {
      static: coverage.static,
      perTest: Object.fromEntries(Object.entries(coverage.perTest).map(([key, hits]) => [idOfKey.get(key) ?? key, hits])),
    }
    return { status: DryRunStatus.Complete, tests: results.map(toTestResult), ...(options.coverageAnalysis === 'off' ? {} : { mutantCoverage }) }
  }

  async mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
    const started = performance.now()
    const ns = namespace()
    const mutant = options.activeMutant.id
    // A static mutant is on while the modules load (this process is new: Stryker restarted it).
    if (!this.serverModulesLoaded) {
      if (options.mutantActivation === 'static') ns.activeMutant = mutant
      await this.loadServerModules()
    } else if (options.mutantActivation === 'static') {
      this.log.warn(`sessionspec-cucumber: static mutant ${mutant} in a process whose server modules are already loaded`)
    }
    ns.activeMutant = mutant
    ns.hitLimit = options.hitLimit
    ns.hitCount = options.hitLimit === undefined ? undefined : 0
    this.stray = []
    const chosen = this.chooseScenarios(options.testFilter)
    const failed: ScenarioResult[] = []
    const errors: string[] = []
    let firstError: string | undefined
    let ran = 0
    await this.startServer()
    groups: for (const group of groupForCucumber(chosen)) {
      let remaining = group
      while (remaining.length > 0) {
        // Bail at the first failure: cucumber stops at the first scenario that does not pass,
        // and after an error (not a kill) the rest of the group runs on.
        const results = await this.scenarios.run(remaining, { failFast: !options.disableBail })
        ran += results.length
        failed.push(...results.filter((r) => r.outcome === 'failed'))
        for (const error of results.filter((r) => r.outcome === 'error')) {
          errors.push(error.id)
          firstError ??= `${error.id}: ${(error.reason ?? '').split('\n')[0]}`
        }
        if (failed.length > 0 && !options.disableBail) break groups
        const done = new Set(results.map((r) => r.key))
        if (done.size === 0) {
          errors.push(`cucumber ran none of ${remaining.length} scenarios from ${remaining[0].key}`)
          break
        }
        remaining = remaining.filter((s) => !done.has(s.key))
      }
    }
    const hitLimit = determineHitLimitReached(ns.hitCount, ns.hitLimit)
    ns.activeMutant = undefined
    ns.hitCount = undefined
    ns.hitLimit = undefined
    // The server closes with the mutant off; the next mutant gets a fresh one.
    await this.stopServer()
    errors.push(...this.stray)
    firstError ??= this.stray[0]
    const ms = Math.round(performance.now() - started)
    if (hitLimit) {
      logRun(this.settings.log, { mutant, verdict: 'timeout', failed: [], errors: [hitLimit.reason ?? 'hit limit'], scenarios: ran, ms })
      return { status: MutantRunStatus.Timeout, reason: hitLimit.reason }
    }
    const verdict = verdictOf(failed.map((r) => r.id), errors)
    logRun(this.settings.log, { mutant, verdict, failed: failed.map((r) => r.id), errors, firstError, scenarios: ran, ms })
    if (verdict === 'killed') {
      return { status: MutantRunStatus.Killed, killedBy: failed.map(testId), failureMessage: `${failed[0].id}: ${failed[0].reason ?? 'failed'}`, nrOfTests: ran }
    }
    return { status: MutantRunStatus.Survived, nrOfTests: ran }
  }

  async dispose(): Promise<void> {
    await this.stopServer()
  }

  /**
   * The reset the next scenario's Before hook makes on a long-lived server, made now while this
   * scenario's coverage is recorded. A mutant run keeps one server for every scenario it runs, so
   * `reset` empties what each scenario left (its loop over the engines used, cached-db's table)
   * before the next; on the dry run's fresh server per scenario it found nothing used, and its
   * code was reached by no test. Answers the one-line cause when the reset fails.
   */
  private async resetAfterScenario(): Promise<string | undefined> {
    const runtime = await workerRuntime(this.targetFile).catch(() => undefined)
    if (runtime === undefined) return undefined
    const { capabilities } = runtime.target
    if (!capabilities.includes('clock') && !capabilities.includes('settings')) return undefined
    try {
      await runtime.driver.control('reset', {})
      return undefined
    } catch (error) {
      return firstLine(error)
    }
  }

  /** The scenarios Stryker names (all of them without a filter), in the plan's order. */
  private chooseScenarios(testFilter: readonly string[] | undefined): PlannedScenario[] {
    if (testFilter === undefined) return this.plan
    const wanted = new Set(testFilter.map(keyOfTestId))
    const chosen = this.plan.filter((s) => wanted.has(s.key))
    if (chosen.length < wanted.size) this.log.warn(`sessionspec-cucumber: ${wanted.size - chosen.length} of the tests Stryker named are not in this run's plan (${testFilter[0]})`)
    return chosen
  }

  /**
   * Imports the sandbox's server and then every other instrumented file of it, with no test
   * running: module-level code (constants, tables, modules imported lazily such as a cache
   * backend) runs now, once, and is recorded as static coverage.
   */
  private async loadServerModules(): Promise<void> {
    this.serverModulesLoaded = true
    await import(pathToFileURL(join(this.sandbox, 'reference/cli/in-process.ts')).href)
    for (const file of this.instrumentedFiles()) {
      try {
        await import(pathToFileURL(file).href)
      } catch (error) {
        this.log.warn(`sessionspec-cucumber: ${file} cannot be loaded ahead: ${firstLine(error)}`)
      }
    }
    await this.warmUp()
  }

  /**
   * Runs the plan's first scenario once and forgets it. A new process pays once for what the
   * server and the harness build on their first request (the parameter schemas' validators, the
   * JIT): on a loaded machine that took longer than the harness allows a control call, and the
   * first scenario of each new process ended in an error that was the process's, not the mutant's.
   */
  private async warmUp(): Promise<void> {
    const [first] = this.plan
    if (first === undefined) return
    const ns = namespace()
    const current = ns.currentTestId
    ns.currentTestId = WARM_UP
    await this.startServer()
    await this.scenarios.run([first], { failFast: false }).catch(() => [])
    await this.stopServer()
    if (ns.mutantCoverage) delete ns.mutantCoverage.perTest[WARM_UP]
    ns.currentTestId = current
  }

  /** The sandbox's files Stryker instrumented, under the paths its `mutate` option names. */
  private instrumentedFiles(): string[] {
    const files = new Set<string>()
    const visit = (path: string) => {
      const stat = statSync(path, { throwIfNoEntry: false })
      if (stat?.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry))
      else if (stat?.isFile() && path.endsWith('.ts') && readFileSync(path, 'utf8').includes(INSTRUMENTED)) files.add(path)
    }
    for (const pattern of this.options.mutate) {
      // "reference/cookies/parse.ts:11-35", "reference/sessions/**/*.ts": the part before any glob.
      const plain = pattern.replace(/:\d+(-\d+)?$/, '').split(/[*?{[]/)[0]
      if (!pattern.startsWith('!')) visit(join(this.sandbox, plain))
    }
    return [...files]
  }

  private async startServer(): Promise<void> {
    // A server that cannot start shows in each scenario's Before hook, as an error of that scenario.
    await workerRuntime(this.targetFile).catch(() => undefined)
  }

  private async stopServer(): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const abandoned = new Promise<void>((done) => { timer = setTimeout(done, CLOSE_ALLOWANCE_MS) })
    await Promise.race([stopWorkerRuntime({ force: true }).catch(() => undefined), abandoned])
    clearTimeout(timer)
  }
}

function toTestResult(result: ScenarioResult): TestResult {
  const base = { id: testId(result), name: `${result.id} ${result.title}`, timeSpentMs: result.durationMs }
  if (result.outcome === 'passed') return { ...base, status: TestStatus.Success }
  if (result.outcome === 'not-applicable') return { ...base, status: TestStatus.Skipped }
  return { ...base, status: TestStatus.Failed, failureMessage: `${result.outcome}: ${result.reason ?? ''}` }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'sessionspec-cucumber', SessionspecCucumberRunner)]
