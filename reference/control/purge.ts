// Control operations for purging (docs/fixture-api.md, "Expiry and purging"): sessions.purge
// runs clearsessions on the current engine at the server's clock; sessions.plant fills the
// store with sessions that expire when the scenario says.
import type { OperationHandler, OperationTable } from '../pipeline/operation.js'
import type { ParamReader } from '../pipeline/params.js'
import { plantSessions } from './plant.js'
import { purgeExpired } from '../sessions/purge.js'
import type { SessionRuntime } from '../sessions/runtime.js'
import { recordCount } from './store-answers.js'

/** Enough for any scenario; a benchmark plants through plant.ts directly. */
const MAX_PLANTED = 10_000

function readCount(params: ParamReader): number {
  const count = params.number('count')
  if (!Number.isInteger(count) || count < 0 || count > MAX_PLANTED) params.reject('count', `an integer from 0 to ${MAX_PLANTED}`)
  return count
}

function readExpiresIn(params: ParamReader): number {
  const seconds = params.number('expiresIn')
  if (!Number.isFinite(seconds)) params.reject('expiresIn', 'a finite number of seconds')
  return seconds
}

export function purgeOperations(runtime: SessionRuntime): OperationTable {
  const operations: Array<[string, OperationHandler]> = [
    ['sessions.purge', async (context) => {
      context.params.done()
      const engine = await runtime.engine()
      const outcome = await purgeExpired(engine, engine.id, context.now)
      if (outcome.exitStatus === 0) return { ...outcome, purged: recordCount(outcome.purged, `the ${engine.id} engine's purge`) }
      // Anything but a count or clearsessions' refusal is the server failing (500), not an answer.
      if (outcome.exitStatus !== 1 || typeof outcome.error !== 'string') throw new Error(`the ${engine.id} engine's purge ended with neither a count nor a refusal`)
      return outcome
    }],
    ['sessions.plant', async (context) => {
      const { params } = context
      const count = readCount(params)
      const expiresIn = readExpiresIn(params)
      params.done()
      // Read with the engine it selects: the file engine instance is made for one cookie age.
      const cookieAge = runtime.settings.sessionCookieAge
      const engine = await runtime.engine()
      if (engine.kind === 'client') {
        context.status = 422
        return { rejected: `the ${engine.id} engine keeps sessions in the cookie: there is no store to plant in` }
      }
      return { planted: recordCount(await plantSessions(engine, { count, expiresAt: context.now + expiresIn, cookieAge }), `the ${engine.id} engine's planting`) }
    }],
  ]
  return new Map(operations)
}
