// The session engine ids, declared once: the type comes from the control API's schema
// (schemas/operation-params.schema.json, settings.set's engine enum, through the generated
// lib/schema-types/operation-params.ts), and the list below must name exactly those ids, or the
// type-check fails. The reference server (sessions/engine.ts, sessions/settings.ts) and the
// harness (runtime/passes.ts, @engine:<id> tags) both use these.
import type { SessionspecControlOperationParameters as ControlParams } from './schema-types/operation-params.js'

/** An engine id: it names the engine's file under reference/sessions/engines/, its @engine: tag and its value in a target file. */
export type EngineId = NonNullable<ControlParams['settings.set']['engine']>

export const ENGINE_IDS = ['memory', 'file', 'db', 'cache', 'cached-db', 'signed-cookies'] as const satisfies readonly EngineId[]

// Every id of the schema is in the list (the `satisfies` above checks the other direction).
const everyIdListed: EngineId extends (typeof ENGINE_IDS)[number] ? true : never = true
void everyIdListed
