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
