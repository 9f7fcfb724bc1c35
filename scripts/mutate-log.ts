/**
 * A mutant's verdict by the project's rule, and the run log (reports/mutation/<area>/runs.ndjson)
 * both Stryker runners write: killed only by a FAILED scenario; a run with errors and no failure
 * survives, logged as `survived-with-errors` so that it is counted apart and never as a kill.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'

export type Verdict = 'killed' | 'survived' | 'survived-with-errors' | 'timeout' | 'no-results'

export interface MutantRun {
  mutant: string
  verdict: Verdict
  /** Ids of the scenarios that failed (the runner stops at the first, unless bail is off). */
  failed: string[]
  /** Ids of the scenarios that ended in an error, or one line for an error outside a scenario. */
  errors: string[]
  /** Why the first error happened, in one line (the in-process runner only). */
  firstError?: string
  /** Scenarios run for this mutant and how long its run took (the in-process runner only). */
  scenarios?: number
  ms?: number
}

export function verdictOf(failed: readonly string[], errors: readonly string[]): Verdict {
  if (failed.length > 0) return 'killed'
  return errors.length > 0 ? 'survived-with-errors' : 'survived'
}

export function logRun(log: string | undefined, run: MutantRun): void {
  if (log) appendFileSync(log, JSON.stringify(run) + '\n')
}

/** How many mutants of this run's log ended with each verdict. */
export function countVerdicts(log: string): Record<string, number> {
  const counts: Record<string, number> = {}
  if (!existsSync(log)) return counts
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const { verdict } = JSON.parse(line) as MutantRun
    counts[verdict] = (counts[verdict] ?? 0) + 1
  }
  return counts
}
