import express, { type Router } from 'express'
import type { ControllableClock } from '../clock.js'
import type { OperationHandler, OperationTable } from '../pipeline/operation.js'
import { createOperationRouter } from '../pipeline/operation-router.js'
import type { ParamReader } from '../pipeline/params.js'

export interface ControlOptions {
  clock: ControllableClock
  /** Run by `reset` to bring settings back to their start-up values. */
  resetHooks?: ReadonlyArray<() => void | Promise<void>>
}

/** The end of year 9999, the last instant a Django datetime holds (schemas/operation-params.schema.json). */
const LAST_INSTANT = 253402300799

function readSeconds(params: ParamReader, name: string, least?: number): number {
  const seconds = params.number(name)
  if (!Number.isFinite(seconds) || (least !== undefined && seconds < least)) {
    params.reject(name, least === undefined ? 'a finite number' : `a finite number >= ${least}`)
  }
  params.done()
  return seconds
}

/** Out-of-band operations: the server clock and a reset (docs/fixture-api.md, "Control operations"). */
export function controlOperations({ clock, resetHooks = [] }: ControlOptions): OperationTable {
  const operations: Array<[string, OperationHandler]> = [
    ['clock.get', ({ params }) => {
      params.done()
      return { now: clock.now() }
    }],
    ['clock.set', ({ params }) => {
      clock.set(readSeconds(params, 'now'))
      return { now: clock.now() }
    }],
    ['clock.advance', ({ params }) => {
      const seconds = readSeconds(params, 'seconds', 0)
      // The schema bounds each value; the sum must stay a date too (see LAST_INSTANT).
      if (clock.now() + seconds > LAST_INSTANT) params.reject('seconds', `small enough to keep the clock at or before ${LAST_INSTANT} (the end of year 9999)`)
      clock.advance(seconds)
      return { now: clock.now() }
    }],
    ['reset', async ({ params }) => {
      params.done()
      clock.reset()
      for (const hook of resetHooks) await hook()
      return { reset: true }
    }],
  ]
  return new Map(operations)
}

export function createControlRouter(options: ControlOptions): Router {
  return createOperationRouter(controlOperations(options), options.clock)
}

/** Mounted instead when the server runs without control: every operation is 404. */
export function createDisabledControlRouter(): Router {
  const router = express.Router()
  router.use((_req, res) => {
    res.status(404).json({ error: 'the control API is not enabled on this server' })
  })
  return router
}
