// What Django's clearsessions does (100-105), shared by the control operation sessions.purge
// and the command reference/cli/clearsessions.ts: call the engine's clearExpired, or fail with
// Django's words when the engine has none.
import type { SessionEngine } from './engine.js'

export type PurgeOutcome = { purged: number; exitStatus: 0 } | { exitStatus: 1; error: string }

/** 100: the CommandError text; `engine` is the SESSION_ENGINE as configured (an id or a module path). */
export function unsupportedPurgeMessage(engine: string): string {
  return `Session engine '${engine}' doesn't support clearing expired sessions.`
}

/**
 * 101-104: removes the sessions expired at `now` (the caller's clock: virtual for the control
 * API, real for the command). Engines that expire entries themselves or store nothing answer 0
 * (102, 103); nothing purges on its own (105).
 */
export async function purgeExpired(engine: SessionEngine, engineName: string, now: number): Promise<PurgeOutcome> {
  if (engine.clearExpired === undefined) return { exitStatus: 1, error: unsupportedPurgeMessage(engineName) }
  return { purged: await engine.clearExpired(now), exitStatus: 0 }
}
