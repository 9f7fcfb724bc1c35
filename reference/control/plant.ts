// Sessions put straight into an engine's store, to give a purge something to do (control
// `sessions.plant`, the clearsessions test and the purge benchmark). A fixture, not session
// behaviour: Django has no such operation, and adapters/django plants through its own store_ops.
import type { NewRecord, ServerSideEngine } from '../sessions/engine.js'
import { newSessionKey } from '../sessions/session-keys.js'

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
  const store = engine.createMany === undefined ? createConcurrently(engine) : engine.createMany.bind(engine)
  // Numbers still to plant; one whose key turns out taken is planted again under a new key (061).
  let pending = Array.from({ length: options.count }, (_, i) => first + i)
  while (pending.length > 0) {
    const batch = pending.slice(0, BATCH)
    const entries = new Map<string, NewRecord>()
    for (const number of batch) {
      let key = newSessionKey()
      while (entries.has(key)) key = newSessionKey()
      entries.set(key, { key, record: { data: new Map<string, unknown>([['planted', number]]), expiresAt: options.expiresAt } })
    }
    const taken = await store([...entries.values()], savedAt)
    const retry = [...entries.values()].filter(({ key }) => taken.has(key)).map(({ record }) => record.data.get('planted') as number)
    pending = [...retry, ...pending.slice(BATCH)]
  }
  return options.count
}

/** Rows per createMany call: one statement or transaction each, bounded in memory. */
const BATCH = 1000
/** Without createMany: creates at once, enough to keep a store busy (Redis pipelines them on
 * its one connection), few enough to stay far from the open-file limit of the file engine. */
const CONCURRENT_CREATES = 64

function createConcurrently(engine: ServerSideEngine): (entries: NewRecord[], now: number) => Promise<Set<string>> {
  return async (entries, now) => {
    const taken = new Set<string>()
    for (let start = 0; start < entries.length; start += CONCURRENT_CREATES) {
      await Promise.all(entries.slice(start, start + CONCURRENT_CREATES).map(async ({ key, record }) => {
        if (!(await engine.create(key, record, now))) taken.add(key)
      }))
    }
    return taken
  }
}
