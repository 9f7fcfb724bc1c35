// The cached_db engine (077, 078): write-through. The django_session row is the truth; a cache
// entry under "<prefix>:1:django.contrib.sessions.cached_db<key>" spares the database reads.
// Built from the db engine and cache.ts's SessionCache; it adds only the order of the calls.
import type { ServerSideEngine, SessionRecord } from '../engine.js'
import { CACHED_DB_NAMESPACE, createSessionCache, forgetOwnEntries, openCacheBackend, type CacheEngineOptions } from './cache.js'
import { serverLog } from '../../server-log.js'
import { createDbEngine, type DbEngineOptions } from './db.js'

export interface CachedDbEngineOptions {
  db: DbEngineOptions
  cache: CacheEngineOptions
  /** Where cache failures are reported, one line each; default stderr (Django's logger django.contrib.sessions). */
  log?: (line: string) => void
}


/** Async, because the db engine is. `store` names the cache; the database is in options.db. */
export async function createCachedDbEngine(options: CachedDbEngineOptions): Promise<ServerSideEngine> {
  // Through the server log: a cache outage is one cause, written once and then with its count,
  // not a line per request.
  const log = options.log ?? ((line: string) => void serverLog.report(`django.contrib.sessions: ${line}`))
  const db = await createDbEngine(options.db)
  const backend = openCacheBackend(options.cache)
  const cache = createSessionCache(backend, options.cache.keyPrefix, CACHED_DB_NAMESPACE)
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

  /** 078 (Django 5.1+): "Error saving to cache" is logged and the request goes on. */
  async function writeCache(key: string, record: SessionRecord, now: number): Promise<void> {
    try {
      await cache.set(key, record, now)
    } catch (error) {
      log(`Error saving to cache (${backend.store} at ${backend.address}): ${describe(error)}`)
    }
  }

  /** A cache that cannot answer is a miss: Django's load() treats cache errors as no entry (#17810). */
  async function readCache(key: string, now: number): Promise<SessionRecord | undefined> {
    try {
      return await cache.get(key, now)
    } catch (error) {
      log(`Error reading from cache (${backend.store} at ${backend.address}): ${describe(error)}`)
      return undefined
    }
  }

  async function loadRecord(key: string, now: number): Promise<SessionRecord | undefined> {
    const cached = await readCache(key, now)
    if (cached !== undefined) return cached
    const record = await db.loadRecord(key, now)
    // 077: re-populated with the row's own expiry, not a fresh one.
    if (record !== undefined) await writeCache(key, record, now)
    return record
  }

  return {
    kind: 'server',
    id: 'cached-db',
    store: backend.store,
    load: async (key, now) => (await loadRecord(key, now))?.data,
    async create(key, record, now) {
      const created = await db.create(key, record, now)
      if (created) await writeCache(key, record, now)
      return created
    },
    async createMany(entries, now) {
      const taken = await db.createMany(entries, now)
      await Promise.all(entries.filter(({ key }) => !taken.has(key)).map(({ key, record }) => writeCache(key, record, now)))
      return taken
    },
    async update(key, record, now) {
      await db.update(key, record, now)
      await writeCache(key, record, now)
    },
    // ST-06: both go. A cache that cannot delete fails the request rather than keep serving the session.
    async delete(key) {
      await db.delete(key)
      await cache.delete(key)
    },
    async exists(key, now) {
      return (await readCache(key, now)) !== undefined || db.exists(key, now)
    },
    // 101: only the rows; cache entries expire on their own.
    clearExpired: (now) => db.clearExpired(now),
    count: (now) => db.count(now),
    // The database row is the record; the cache holds a copy of its data, not its text.
    storedText: (key, now) => db.storedText(key, now),
    // The row changes and its cache copy goes, so the next read is the row's, as after an eviction.
    async replaceStoredText(key, text, now) {
      const replaced = await db.replaceStoredText(key, text, now)
      if (replaced) await cache.delete(key)
      return replaced
    },
    // Only when the cache can list its keys: a stale cache entry would bring a cleared session back.
    ...(backend.listing === undefined ? {} : {
      async clear() {
        await db.clear()
        await cache.clear()
      },
    }),
    async close() {
      await forgetOwnEntries(cache, backend, options.cache)
      await Promise.all([db.close(), backend.close()])
    },
  }
}
