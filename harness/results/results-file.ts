import type { Exchange } from '../agent/exchange.js'
import type { SessionspecResultsFile } from '../../lib/schema-types/results.js'
import type { Target } from '../target/types.js'
import { classify, OUTCOMES, type Expectation, type Outcome } from './outcome.js'
import type { ExecutedScenario } from './read-cucumber-envelopes.js'

export const RESULTS_FORMAT_VERSION = 1

/** The results file's contract is schemas/results.schema.json; these types are derived from it
 * (lib/schema-types/results.ts), with the exchanges of a scenario typed as the agent records them. */
type SchemaScenario = SessionspecResultsFile['scenarios'][number]

export type ScenarioResult = Omit<SchemaScenario, 'exchanges'> & {
  /** The HTTP exchanges of a scenario that did not pass. */
  exchanges?: Exchange[]
}

export type ResultsFile = Omit<SessionspecResultsFile, 'scenarios'> & { scenarios: ScenarioResult[] }

export function buildResults(
  target: Target,
  executed: ExecutedScenario[],
  expectationFor: (id: string) => Expectation | undefined,
  run: ResultsFile['run'],
): ResultsFile {
  const scenarios = executed.map((s): ScenarioResult => {
    const { outcome, reason } = classify(s.raw, expectationFor(s.id))
    return {
      id: s.id,
      ...(s.engine ? { engine: s.engine } : {}),
      ...(s.storage ? { storage: s.storage } : {}),
      title: s.title,
      feature: s.feature,
      area: s.engine ?? s.storage ? `${areaOf(s.uri)} (${s.engine ?? s.storage})` : areaOf(s.uri),
      uri: s.uri,
      line: s.line,
      tags: s.tags,
      outcome,
      ...(reason !== undefined ? { reason: oneLine(reason) } : {}),
      ...(s.raw.message !== undefined && outcome !== 'passed' ? { message: s.raw.message } : {}),
      durationMs: s.durationMs,
      ...(s.exchanges !== undefined ? { exchanges: s.exchanges } : {}),
    }
  })
  return {
    format: 'sessionspec-results',
    version: RESULTS_FORMAT_VERSION,
    target: {
      name: target.name,
      ...(target.title ? { title: target.title } : {}),
      baseUrl: target.baseUrl,
      file: target.file,
      profiles: target.profiles,
      capabilities: target.capabilities,
      engines: target.engines,
      messageStorages: target.messageStorages,
    },
    run,
    totals: countOutcomes(scenarios),
    scenarios,
  }
}

export function countOutcomes(scenarios: Array<{ outcome: Outcome }>): Record<Outcome, number> {
  const totals = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  for (const s of scenarios) totals[s.outcome]++
  return totals
}

/** features/<area>/<capability>.feature */
export function areaOf(uri: string): string {
  const parts = uri.split('/')
  return parts.length >= 3 && parts[0] === 'features' ? parts[1] : 'other'
}

function oneLine(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

/**
 * The text of results.json: the run's own fields indented, each scenario on one line of its own
 * (a diff shows which scenarios changed, line by line). Indenting the scenarios too made the file
 * 2 MB of the report folder's 5 MB for the whole specification (bench/README.md).
 */
export function formatResultsFile(results: ResultsFile): string {
  const { scenarios, ...run } = results
  const head = JSON.stringify({ ...run, scenarios: [] }, null, 2)
  if (scenarios.length === 0) return `${head}\n`
  const lines = scenarios.map((scenario) => `    ${JSON.stringify(scenario)}`).join(',\n')
  return `${head.replace(/"scenarios": \[\]\n\}$/, `"scenarios": [\n${lines}\n  ]\n}`)}\n`
}
