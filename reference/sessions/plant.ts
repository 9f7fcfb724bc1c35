// Sessions put straight into an engine's store, to give a purge something to do (control
// `sessions.plant`, the clearsessions test and the purge benchmark).
import type { ServerSideEngine } from './engine.js'
import { newSessionKey } from './session-keys.js'

export interface PlantOptions {
  count: number
  /** Unix seconds at which every planted session expires. */
  expiresAt: number
  /** SESSION_COOKIE_AGE of the engine. */
  cookieAge: number
  /** Number of the first session; session i holds {"planted": first + i}. Default 0. */
  first?: number
}

/**
 * Stores `count` sessions {"planted": i} that expire at expiresAt. Each is saved as if its last
 * save had been SESSION_COOKIE_AGE before expiresAt: the db and cache engines keep expiresAt
 * itself, and the file engine, which dates a session without a custom expiry by its mtime
 * (081), gets that save time as mtime, so mtime + cookie age = expiresAt. The data stays
 * exactly {"planted": i}: no `_session_expiry` is added.
 */
export async function plantSessions(engine: ServerSideEngine, options: PlantOptions): Promise<number> {
  const savedAt = options.expiresAt - options.cookieAge
  const first = options.first ?? 0
  let planted = 0
  while (planted < options.count) {
    const record = { data: new Map<string, unknown>([['planted', first + planted]]), expiresAt: options.expiresAt }
    // 061: a key already taken is drawn again.
    if (await engine.create(newSessionKey(), record, savedAt)) planted++
  }
  return planted
}
