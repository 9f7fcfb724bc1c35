// Cucumber's message stream (its "envelopes": NDJSON written by the message formatter, or
// received while a run goes on) read into the scenarios a results file lists. Named for
// cucumber's envelopes so as not to be taken for the flash messages the specification tests.
import { readFile } from 'node:fs/promises'
import type { Envelope, FeatureChild, GherkinDocument, Pickle, RuleChild, Scenario, Timestamp } from '@cucumber/messages'
import type { Exchange } from '../agent/exchange.js'
import { EXCHANGES_MEDIA_TYPE, NOT_APPLICABLE_MEDIA_TYPE, type RawResult } from './outcome.js'

/** One executed scenario (one Examples row of an outline), as cucumber's message stream tells it. */
export interface ExecutedScenario {
  /** The @id tag, ":N" for an Examples row, "[engine]" or "[storage]" for a run of a @per-engine or @per-storage feature. */
  id: string
  engine?: string
  storage?: string
  title: string
  feature: string
  uri: string
  line: number
  tags: string[]
  durationMs: number
  raw: RawResult
  exchanges?: Exchange[]
}

const RANK: Record<RawResult['status'], number> = { PASSED: 0, SKIPPED: 1, PENDING: 2, UNDEFINED: 3, AMBIGUOUS: 4, UNKNOWN: 4, FAILED: 5 }

/** Reads cucumber's NDJSON message file into scenarios with stable ids (@id tag, ":N" per Examples row). */
export async function readEnvelopes(file: string, dimension: Dimension = {}): Promise<ExecutedScenario[]> {
  const envelopes = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Envelope)
  return scenariosFromEnvelopes(envelopes, dimension)
}

/** The engine or message storage a cucumber run ran its @per-engine or @per-storage features with. */
export interface Dimension {
  engine?: string
  storage?: string
}

/** Cucumber's envelopes of one run (as written to NDJSON, or as received while it runs) into scenarios. */
export function scenariosFromEnvelopes(envelopes: readonly Envelope[], dimension: Dimension = {}): ExecutedScenario[] {
  const variant = dimension.engine ?? dimension.storage
  const features = new Map<string, string>()
  const rowNumber = new Map<string, number>()
  const pickles = new Map<string, Pickle>()
  const testCases = new Map<string, string>()
  /** A test step's words ("the visitor opens \"/\""), to name a step that no definition matches. */
  const stepTexts = new Map<string, string>()
  const started = new Map<string, { pickleId: string; startMs: number; raw: RawResult; exchanges?: Exchange[]; endMs?: number; retried?: boolean }>()
  for (const m of envelopes) {
    if (m.gherkinDocument) indexDocument(m.gherkinDocument, features, rowNumber)
    else if (m.pickle) pickles.set(m.pickle.id, m.pickle)
    else if (m.testCase) {
      testCases.set(m.testCase.id, m.testCase.pickleId)
      const texts = new Map<string, string>((pickles.get(m.testCase.pickleId)?.steps ?? []).map((step) => [step.id, step.text]))
      for (const step of m.testCase.testSteps ?? []) if (step.pickleStepId && texts.has(step.pickleStepId)) stepTexts.set(step.id, texts.get(step.pickleStepId)!)
    }
    else if (m.testCaseStarted) {
      started.set(m.testCaseStarted.id, { pickleId: testCases.get(m.testCaseStarted.testCaseId) ?? '', startMs: ms(m.testCaseStarted.timestamp), raw: { status: 'PASSED' } })
    } else if (m.testStepFinished) {
      const run = started.get(m.testStepFinished.testCaseStartedId)
      const result = m.testStepFinished.testStepResult
      if (run && RANK[result.status as RawResult['status']] > RANK[run.raw.status]) {
        const unmatched = result.status === 'UNDEFINED' && stepTexts.has(m.testStepFinished.testStepId) ? `no step definition matches "${stepTexts.get(m.testStepFinished.testStepId)}"` : undefined
        run.raw = { ...run.raw, status: result.status, errorType: result.exception?.type, message: clip(result.exception?.message ?? result.message ?? unmatched) }
      }
    } else if (m.attachment) {
      const run = started.get(m.attachment.testCaseStartedId ?? '')
      if (run && m.attachment.mediaType === NOT_APPLICABLE_MEDIA_TYPE) run.raw = { ...run.raw, notApplicable: m.attachment.body }
      if (run && m.attachment.mediaType === EXCHANGES_MEDIA_TYPE) run.exchanges = JSON.parse(m.attachment.body) as Exchange[]
    } else if (m.testCaseFinished) {
      const run = started.get(m.testCaseFinished.testCaseStartedId)
      if (run) Object.assign(run, { endMs: ms(m.testCaseFinished.timestamp), retried: m.testCaseFinished.willBeRetried })
    }
  }
  const scenarios: ExecutedScenario[] = []
  for (const run of started.values()) {
    if (run.retried) continue
    const pickle = pickles.get(run.pickleId)
    if (!pickle) continue
    const tags = pickle.tags.map((t) => t.name)
    const idTag = tags.find((t) => t.startsWith('@id:'))
    const row = rowNumber.get(pickle.astNodeIds[1] ?? '')
    const baseId = idTag ? idTag.slice(4) : `${pickle.uri}:${pickle.location?.line ?? 0}`
    const rowId = row === undefined ? baseId : `${baseId}:${row}`
    scenarios.push({
      id: variant ? `${rowId}[${variant}]` : rowId,
      ...dimension,
      title: pickle.name,
      feature: features.get(pickle.uri) ?? pickle.uri,
      uri: pickle.uri,
      line: pickle.location?.line ?? 0,
      tags,
      durationMs: (run.endMs ?? run.startMs) - run.startMs,
      raw: run.raw,
      exchanges: run.exchanges,
    })
  }
  return scenarios.sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line)
}

function indexDocument(doc: GherkinDocument, features: Map<string, string>, rowNumber: Map<string, number>): void {
  if (!doc.feature || doc.uri === undefined) return
  features.set(doc.uri, doc.feature.name)
  const visit = (children: ReadonlyArray<FeatureChild | RuleChild>) => {
    for (const child of children) {
      if ('rule' in child && child.rule) visit(child.rule.children)
      const scenario = child.scenario
      for (const examples of scenario?.examples ?? []) {
        for (const row of examples.tableBody) rowNumber.set(row.id, countRows(scenario!, row.id))
      }
    }
  }
  visit(doc.feature.children)
}

/** The 1-based position of an Examples row across all Examples blocks of its outline. */
function countRows(scenario: Scenario, rowId: string): number {
  const ids = scenario.examples.flatMap((e) => e.tableBody.map((r) => r.id))
  return ids.indexOf(rowId) + 1
}

function ms(timestamp: Timestamp): number {
  return timestamp.seconds * 1000 + Math.round(timestamp.nanos / 1e6)
}

function clip(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const trimmed = text.trim()
  return trimmed.length > 4000 ? `${trimmed.slice(0, 4000)}…` : trimmed
}
