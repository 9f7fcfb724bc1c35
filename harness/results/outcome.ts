/** The outcomes a scenario can end with (DESIGN.md, "The target contract"). */
export type Outcome = 'passed' | 'failed' | 'not-applicable' | 'expected-failure' | 'unexpected-pass' | 'error'

export const OUTCOMES: readonly Outcome[] = ['passed', 'failed', 'not-applicable', 'expected-failure', 'unexpected-pass', 'error']

/** Media type of the attachment in which a hook records why a scenario does not apply. */
export const NOT_APPLICABLE_MEDIA_TYPE = 'text/x.sessionspec.not-applicable'

/** Media type of the attachment holding a failed scenario's HTTP exchanges (a JSON list of Exchange). */
export const EXCHANGES_MEDIA_TYPE = 'application/x.sessionspec.exchanges+json'

/** Error classes that mean the harness or the target broke, not the behaviour (cucumber records the class name). */
const TARGET_ERROR_TYPES = new Set(['TargetError', 'UnreachableError', 'AnswerLimitError', 'BrowserUnavailable', 'MissingPart', 'TamperImpossible', 'HarnessTrouble'])

/** Cucumber's own words when a step outlives its timeout: the target answered too slowly, not wrongly. */
const STEP_TIMEOUT = /^function timed out, ensure the promise resolves within (\d+) milliseconds/

export interface RawResult {
  /** Cucumber's worst step status for the test case. */
  status: 'PASSED' | 'FAILED' | 'SKIPPED' | 'PENDING' | 'UNDEFINED' | 'AMBIGUOUS' | 'UNKNOWN'
  /** Name of the error class that ended the scenario, if any. */
  errorType?: string
  message?: string
  notApplicable?: string
}

export interface Expectation { id: string; reason: string }

export interface Classified { outcome: Outcome; reason?: string }

/**
 * The classification rules, in order: a scenario that does not apply is not applicable; one
 * the harness or target broke is an error; an expected failure that fails is expected, one
 * that passes is an unexpected pass; anything else is passed or failed.
 */
export function classify(raw: RawResult, expectation?: Expectation): Classified {
  if (raw.notApplicable !== undefined) return { outcome: 'not-applicable', reason: raw.notApplicable }
  if (raw.status === 'FAILED' && raw.errorType === 'OperationNotOffered') return { outcome: 'not-applicable', reason: raw.message }
  if (raw.status === 'SKIPPED') return { outcome: 'error', reason: 'skipped without a reason (a step was skipped by the harness)' }
  if (raw.status === 'UNDEFINED' || raw.status === 'AMBIGUOUS' || raw.status === 'PENDING') {
    return { outcome: 'error', reason: `a step is ${raw.status.toLowerCase()}${raw.message ? `: ${raw.message}` : ''}` }
  }
  // A listed scenario may end on its target breaking the contract where current Django
  // succeeds: that is the expected failure. An unreachable target or a broken bound never is.
  // (A 500 answer is a ServerFailure, which is no target error: it fails like any wrong answer.)
  if (raw.status === 'FAILED' && raw.errorType === 'TargetError' && expectation) return { outcome: 'expected-failure', reason: expectation.reason }
  if (raw.status === 'FAILED' && TARGET_ERROR_TYPES.has(raw.errorType ?? '')) return { outcome: 'error', reason: raw.message }
  const timedOut = raw.status === 'FAILED' ? STEP_TIMEOUT.exec(raw.message ?? '') : null
  if (timedOut) return { outcome: 'error', reason: `a step did not finish within ${Number(timedOut[1]) / 1000} s: the target answered too slowly` }
  if (expectation) {
    return raw.status === 'PASSED'
      ? { outcome: 'unexpected-pass', reason: `expected to fail: ${expectation.reason}` }
      : { outcome: 'expected-failure', reason: expectation.reason }
  }
  if (raw.status === 'PASSED') return { outcome: 'passed' }
  return { outcome: raw.status === 'FAILED' ? 'failed' : 'error', reason: raw.message }
}

/** Outcomes that make a run non-conformant. */
export function isBad(outcome: Outcome): boolean {
  return outcome === 'failed' || outcome === 'unexpected-pass' || outcome === 'error'
}
