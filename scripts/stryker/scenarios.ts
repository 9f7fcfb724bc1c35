/**
 * The scenarios of a mutation area as Stryker's tests, and how the in-process runner runs them:
 * cucumber loaded once from the project's own (unmutated) tree, each pass's scenarios run with
 * that pass's engine or storage, and each scenario's outcome decided by the harness's rule
 * (harness/results/outcome.ts: a 500 answer fails, an unreachable or malformed server errs).
 */
import { relative, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration, type ISupportCodeLibrary } from '@cucumber/cucumber/api'
import type { Envelope } from '@cucumber/messages'
import { planUnits } from '../../harness/cli/run-passes.js'
import { classify, type Outcome } from '../../harness/results/outcome.js'
import { scenariosFromEnvelopes } from '../../harness/results/read-cucumber-envelopes.js'
import { namedByOneFile } from '../../harness/runtime/loaded-support.js'
import { planPasses } from '../../harness/runtime/passes.js'
import { workerTarget } from '../../harness/runtime/worker-runtime.js'
import { worldParameters } from '../../harness/runtime/world-parameters.js'

/** One scenario instance of one pass: a test for Stryker. */
export interface PlannedScenario {
  /** "<pass> | <feature file>:<line>": how a mutation run names the scenario before it ran. */
  key: string
  pass: string
  engine?: string
  storage?: string
  /** Absolute "file:line", as cucumber selects one scenario (an Examples row has its own line). */
  path: string
}

export interface ScenarioResult {
  key: string
  /** The harness's scenario id, e.g. "SESS-CK-001:2[db]". */
  id: string
  title: string
  outcome: Outcome
  reason?: string
  durationMs: number
}

/** The key of a scenario, from its pass and its place in the project (paths relative to root). */
export function scenarioKey(pass: string, uri: string, line: number): string {
  return `${pass} | ${uri}:${line}`
}

/** Stryker's test id for a scenario that ran: its key and the harness's id, readable in reports. */
export function testId(result: ScenarioResult): string {
  return `${result.key} | ${result.id}`
}

/** The key inside a test id (testId above), which is how Stryker names the tests to run. */
export function keyOfTestId(id: string): string {
  return id.split(' | ').slice(0, 2).join(' | ')
}

/** Every pass's scenarios of the features (those the tag expression selects, if given), in the order a run goes through them. */
export async function planScenarios(root: string, targetFile: string, features: readonly string[], tags?: string): Promise<PlannedScenario[]> {
  const passes = planPasses(await workerTarget(targetFile), tags)
  const units = await planUnits(passes, { parallel: 1, paths: features.map((f) => resolve(root, f)), targetFile })
  return units.flatMap((unit) => unit.paths.map((path) => {
    const at = path.lastIndexOf(':')
    const key = scenarioKey(unit.pass, relative(root, path.slice(0, at)), Number(path.slice(at + 1)))
    return { key, pass: unit.pass, engine: unit.engine, storage: unit.storage, path }
  }))
}

/** Scenarios of one pass and one feature file, in line order: what one cucumber run takes. */
export function groupForCucumber(scenarios: readonly PlannedScenario[]): PlannedScenario[][] {
  const groups = new Map<string, PlannedScenario[]>()
  for (const scenario of scenarios) {
    const group = `${scenario.pass} | ${scenario.path.slice(0, scenario.path.lastIndexOf(':'))}`
    groups.set(group, [...(groups.get(group) ?? []), scenario])
  }
  const line = (s: PlannedScenario) => Number(s.path.slice(s.path.lastIndexOf(':') + 1))
  return [...groups.values()].map((group) => group.sort((a, b) => line(a) - line(b)))
}

// Cucumber's own output is not wanted: outcomes come from its messages.
const silent = new Writable({ write: (_chunk, _encoding, done) => done() })

/** Cucumber with the project's step definitions, loaded once, running scenarios against one target file. */
export class ScenarioRunner {
  private constructor(
    private readonly root: string,
    private readonly targetFile: string,
    private readonly configuration: IRunConfiguration,
    private readonly support: ISupportCodeLibrary,
  ) {}

  /** Loads cucumber.mjs and the step definitions of the tree at root (the unmutated project). */
  static async load(root: string, targetFile: string): Promise<ScenarioRunner> {
    const environment = { cwd: root, stdout: silent }
    const { runConfiguration } = await loadConfiguration({ file: 'cucumber.mjs', provided: { paths: [], parallel: 0, format: [] } }, environment)
    const loaded = await loadSupport(runConfiguration, environment)
    return new ScenarioRunner(root, targetFile, runConfiguration, namedByOneFile(loaded, fileURLToPath(import.meta.url)))
  }

  /**
   * Runs one group (groupForCucumber) in one cucumber run. With failFast, cucumber stops at the
   * first scenario that does not pass (a failure or an error); the scenarios it did not reach
   * are left out of the answer.
   */
  async run(group: readonly PlannedScenario[], options: { failFast: boolean }): Promise<ScenarioResult[]> {
    const [first] = group
    if (first === undefined) return []
    const envelopes: Envelope[] = []
    await runCucumber({
      ...this.configuration,
      sources: { ...this.configuration.sources, paths: group.map((s) => s.path), tagExpression: '' },
      runtime: { ...this.configuration.runtime, failFast: options.failFast, worldParameters: worldParameters(this.targetFile, first) },
      support: this.support,
      formats: { ...this.configuration.formats, files: {} },
    }, { cwd: this.root, stdout: silent }, (envelope) => envelopes.push(envelope))
    const results: ScenarioResult[] = []
    for (const scenario of scenariosFromEnvelopes(envelopes, first)) {
      const { outcome, reason } = classify(scenario.raw)
      results.push({ key: scenarioKey(first.pass, scenario.uri, scenario.line), id: scenario.id, title: scenario.title, outcome, reason, durationMs: scenario.durationMs })
      // After a stop, the scenarios cucumber skipped were not run: they have no outcome.
      if (options.failFast && scenario.raw.status === 'FAILED') break
    }
    return results
  }
}
