import type { ExecutedScenario } from '../results/read-cucumber-envelopes.js'

/** A share of one pass: scenarios ("file:line") to run with the pass's engine or message storage. */
export interface WorkUnit {
  pass: string
  engine?: string
  storage?: string
  paths: string[]
}

/** What the run command tells a pool worker. */
export type ToWorker = { type: 'run'; unit: WorkUnit } | { type: 'stop' }

/** What a pool worker answers: ready for work, a unit's scenarios, or why it cannot go on. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; scenarios: ExecutedScenario[] }
  | { type: 'broken'; message: string }

/** Where the run command puts the user's own step files (--import, absolute globs) for its workers. */
const USER_STEPS_VARIABLE = 'SESSIONSPEC_IMPORT'

export function handUserStepFiles(globs: string[]): void {
  if (globs.length === 0) delete process.env[USER_STEPS_VARIABLE]
  else process.env[USER_STEPS_VARIABLE] = JSON.stringify(globs)
}

/** The user's step files the run command handed over; loaded beside the bundled steps. */
export function userStepFiles(): string[] {
  const given = process.env[USER_STEPS_VARIABLE]
  return given ? (JSON.parse(given) as string[]) : []
}
