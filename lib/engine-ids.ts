// The session engine ids, declared once: the type comes from the control API's schema
// (schemas/operation-params.schema.json, settings.set's engine enum, through the generated
// lib/schema-types/operation-params.ts), and the list below must name exactly those ids, or the
// type-check fails. The reference server (sessions/engine.ts, its command line in cli/options.ts,
// settings.set in control/settings.ts) and the harness (runtime/passes.ts, @engine:<id> tags) both
// use these, and the stores each engine runs on: the names of a target file's engine variants
// (db/postgres, cache/redis), which the command line and settings.set accept.
import type { SessionspecControlOperationParameters as ControlParams } from './schema-types/operation-params.js'

/** An engine id: it names the engine's file under reference/sessions/engines/, its @engine: tag and its value in a target file. */
export type EngineId = NonNullable<ControlParams['settings.set']['engine']>

export const ENGINE_IDS = ['memory', 'file', 'db', 'cache', 'cached-db', 'signed-cookies'] as const satisfies readonly EngineId[]

// Every id of the schema is in the list (the `satisfies` above checks the other direction).
const everyIdListed: EngineId extends (typeof ENGINE_IDS)[number] ? true : never = true
void everyIdListed

/** The backing store of an engine that has a choice: db on SQLite or PostgreSQL, cache in-process, on Redis or memcached. */
export type StoreId = 'sqlite' | 'postgres' | 'local' | 'redis' | 'memcached'

/** The stores an engine runs on, its default first; empty when it has no choice. */
export function storesOf(engine: EngineId): readonly StoreId[] {
  if (engine === 'db') return ['sqlite', 'postgres']
  if (engine === 'cache' || engine === 'cached-db') return ['local', 'redis', 'memcached']
  return []
}

export function isEngineId(value: string): value is EngineId {
  return (ENGINE_IDS as readonly string[]).includes(value)
}

/** A store that fits the engine: the one asked for if allowed, else the engine's default (null when it has none). */
export function storeFor(engine: EngineId, asked: string | null | undefined): StoreId | null | undefined {
  const stores = storesOf(engine)
  if (asked === undefined || asked === null) return stores[0] ?? null
  return (stores as readonly string[]).includes(asked) ? (asked as StoreId) : undefined
}
