// The cache engine (073-076): the session lives only in a cache, in-process, on Redis or on
// memcached. SessionCache, the part that knows Django's cache keys and the stored value, is
// shared with cached-db (077), which differs only in its namespace and in when it writes.
//
// VIRTUAL TIME. The server runs on a clock that tests move (days ahead in a second, or frozen),
// while Redis and memcached expire keys on their own real clock. So the expiry is decided here,
// never by the store: every value carries `expiresAt` (Unix seconds on the server's clock) and
// a value with expiresAt <= now reads as absent, the same comparison the db engine makes (071).
// The store's own TTL is kept only to clean up, in real seconds: the expiry age, but at least
// REAL_TTL_FLOOR, so that a record stays while a frozen clock keeps it alive (a 5-second session
// under a frozen clock must not vanish after 5 real seconds) and a negative age (074: "expires
// at once") still leaves a value that reads as expired. Real Django pickles the value and lets
// the store's TTL decide; reading a real Django's cache entries is a later issue (the value
// format below is ours).
import { randomBytes } from 'node:crypto'
import { checkPayloadText, MAX_NESTING_DEPTH, PayloadRefused, valueDepth } from '../../../lib/signing/index.js'
import type { ServerSideEngine, SessionRecord } from '../engine.js'
import type { CacheBackend, CacheListing } from './cache-backends/cache-backend.js'
import { lazyBackend } from './cache-backends/lazy.js'
import { openLocalBackend } from './cache-backends/local.js'
import { redactUrl, sessionInterrupted } from './store-errors.js'

export interface CacheBackendOptions {
  store: 'local' | 'redis' | 'memcached'
  /** Default redis://127.0.0.1:6379/0. */
  redisUrl?: string
  /** Default 127.0.0.1:11211 (memjs syntax: "host:port,host:port"). */
  memcachedServers?: string
  /** local only: the cache's LOCATION (one store per name and process, as Django's locmem); default "". */
  localLocation?: string
}

export interface CacheEngineOptions extends CacheBackendOptions {
  /**
   * The cache's KEY_PREFIX. Default: a fresh "sessionspec-<pid>-<random>" per engine instance,
   * so that server processes sharing one Redis or memcached never see each other's sessions, and
   * an engine created anew starts empty (control `reset` makes one for an engine without clear(),
   * memcached's: SessionRuntime.reset in ../runtime.ts).
   */
  keyPrefix?: string
}

/** 073 and 077: the part of the cache key before the session key. */
export const CACHE_NAMESPACE = 'django.contrib.sessions.cache'
export const CACHED_DB_NAMESPACE = 'django.contrib.sessions.cached_db'
const NAMESPACES = [CACHE_NAMESPACE, CACHED_DB_NAMESPACE]
/** Django's default cache VERSION. */
const VERSION = 1
export const REAL_TTL_FLOOR = 24 * 3600

export function defaultKeyPrefix(): string {
  return `sessionspec-${process.pid}-${randomBytes(4).toString('hex')}`
}

/** 073: Django's default key function, `<KEY_PREFIX>:<VERSION>:<key>` (":1:…" with an empty prefix). */
export function cacheKey(keyPrefix: string, namespace: string, sessionKey: string): string {
  return `${keyPrefix}:${VERSION}:${namespace}${sessionKey}`
}

/** A value that could not be read back (lib/signing/bounds.ts) is refused (422), not stored. */
function encodeEntry(record: SessionRecord): string {
  if (valueDepth(record.data) > MAX_NESTING_DEPTH) throw new PayloadRefused(`the session is nested deeper than ${MAX_NESTING_DEPTH} levels`)
  // Entries, not an object: JSON.parse would list integer-like keys first.
  return checkPayloadText(JSON.stringify({ expiresAt: record.expiresAt, data: [...record.data] }))
}

function isEntryList(data: unknown): data is Array<[string, unknown]> {
  return Array.isArray(data) && data.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string')
}

/** The record of a cache value, or undefined when the value is not one: garbage, truncated,
 * another shape, beyond the decoding bounds. The session is then absent, as Django's cache
 * engine reads a value it cannot unpickle. */
function decodeEntry(value: string): SessionRecord | undefined {
  try {
    const parsed = JSON.parse(checkPayloadText(value)) as { expiresAt?: unknown; data?: unknown }
    if (parsed === null || typeof parsed !== 'object') return undefined
    if (typeof parsed.expiresAt !== 'number' || !Number.isFinite(parsed.expiresAt) || !isEntryList(parsed.data)) return undefined
    return { expiresAt: parsed.expiresAt, data: new Map(parsed.data) }
  } catch {
    return undefined
  }
}

function isAlive(record: SessionRecord | undefined, now: number): record is SessionRecord {
  return record !== undefined && record.expiresAt > now
}

/** Whole seconds, counted down as Django hands the store int(get_expiry_age()), and at least the floor. */
function realTtl(record: SessionRecord, now: number): number {
  return Math.max(Math.floor(record.expiresAt - now), REAL_TTL_FLOOR)
}

/** Session records under one namespace of one cache. */
export interface SessionCache {
  readonly backend: CacheBackend
  /** The live record, or undefined (absent, expired at now, unreadable). */
  get(key: string, now: number): Promise<SessionRecord | undefined>
  add(key: string, record: SessionRecord, now: number): Promise<boolean>
  set(key: string, record: SessionRecord, now: number): Promise<void>
  /** Stores only over a record that is live at now; false otherwise. */
  replace(key: string, record: SessionRecord, now: number): Promise<boolean>
  /** Stores `text` as the value over a record that is live at now (record writing); false otherwise. */
  replaceText(key: string, text: string, now: number): Promise<boolean>
  delete(key: string): Promise<void>
  /** Live records of this prefix and namespace; needs backend.listing. */
  count(now: number): Promise<number>
  /** Removes every record of this prefix and namespace, live or not; needs backend.listing. */
  clear(): Promise<void>
}

/** How many keys a cache under a prefix it named itself remembers for clear(); past this it scans. */
const TRACKED_KEYS_MAX = 10_000

/**
 * `keyPrefix` undefined: the cache names a prefix of its own (defaultKeyPrefix), which no other
 * process writes under, so every key under it is one this cache wrote: clear() deletes those it
 * remembers (at most TRACKED_KEYS_MAX, else it scans) instead of walking the whole keyspace with
 * SCAN, whose cost grows with every key other programs keep in the same Redis (a reset of the
 * cache/redis pass took 100-200 ms beside 140,000 foreign keys). A prefix given from outside is
 * shared with other processes: clear() scans for it.
 */
export function createSessionCache(backend: CacheBackend, givenPrefix: string | undefined, namespace: string): SessionCache {
  const keyPrefix = givenPrefix ?? defaultKeyPrefix()
  let written: Set<string> | undefined = givenPrefix === undefined && backend.listing !== undefined ? new Set() : undefined
  const keyOf = (sessionKey: string) => cacheKey(keyPrefix, namespace, sessionKey)
  const writing = (sessionKey: string) => {
    const key = keyOf(sessionKey)
    written?.add(key)
    if (written !== undefined && written.size > TRACKED_KEYS_MAX) written = undefined
    return key
  }
  const base = keyOf('')
  // "…sessions.cache" is a prefix of "…sessions.cached_db": a scan for one must skip the other.
  const others = NAMESPACES.filter((other) => other !== namespace && other.startsWith(namespace)).map((other) => cacheKey(keyPrefix, other, ''))
  function listing(): CacheListing {
    if (backend.listing === undefined) throw new TypeError(`the ${backend.store} cache cannot list its keys`)
    return backend.listing
  }
  async function* keyBatches(): AsyncIterable<string[]> {
    for await (const batch of listing().keys(base)) yield batch.filter((key) => !others.some((other) => key.startsWith(other)))
  }
  const get = async (key: string, now: number) => {
    const value = await backend.get(keyOf(key))
    const record = value === undefined ? undefined : decodeEntry(value)
    return isAlive(record, now) ? record : undefined
  }
  return {
    backend,
    get,
    async add(key, record, now) {
      if (await backend.add(writing(key), encodeEntry(record), realTtl(record, now))) return true
      // 061: a record expired at now is gone from Django's cache (locmem's add() takes an expired
      // key's place; Redis and memcached have dropped it), so its key is free for a new session.
      // The store keeps it past its expiry (REAL_TTL_FLOOR): take its place, unless it is live or
      // is not a record at all (then the key stays taken, as Django's cache holds the value).
      const value = await backend.get(keyOf(key))
      const existing = value === undefined ? undefined : decodeEntry(value)
      if (existing === undefined || isAlive(existing, now)) return false
      await backend.set(writing(key), encodeEntry(record), realTtl(record, now))
      return true
    },
    set: (key, record, now) => backend.set(writing(key), encodeEntry(record), realTtl(record, now)),
    async replace(key, record, now) {
      // 076: the entry must still be there. The check reads through the virtual clock; replace
      // (SET XX) then fails if a concurrent delete came in between, so nothing is resurrected.
      if ((await get(key, now)) === undefined) return false
      return backend.replace(writing(key), encodeEntry(record), realTtl(record, now))
    },
    async replaceText(key, text, now) {
      if ((await get(key, now)) === undefined) return false
      return backend.replace(writing(key), text, REAL_TTL_FLOOR)
    },
    delete: (key) => backend.delete(keyOf(key)),
    async count(now) {
      let live = 0
      for await (const keys of keyBatches()) {
        const values = await listing().values(keys)
        live += values.filter((value) => value !== undefined && isAlive(decodeEntry(value), now)).length
      }
      return live
    },
    // Keys only: what a key holds does not matter to its removal.
    async clear() {
      if (written !== undefined) {
        const keys = [...written]
        await Promise.all(keys.map((key) => backend.delete(key)))
        // Forgotten once gone: a store that failed part way keeps them on the list for the next clear.
        for (const key of keys) written?.delete(key)
        return
      }
      for await (const keys of keyBatches()) await Promise.all(keys.map((key) => backend.delete(key)))
      // Scanned clean: from here on, what this cache writes is all there is under its own prefix.
      if (givenPrefix === undefined) written = new Set()
    },
  }
}

export function openCacheBackend(options: CacheBackendOptions): CacheBackend {
  switch (options.store) {
    case 'local': return openLocalBackend(options.localLocation ?? '')
    case 'redis': {
      const url = options.redisUrl ?? 'redis://127.0.0.1:6379/0'
      return lazyBackend({
        store: 'redis', address: redactUrl(url), packageName: 'ioredis', canList: true,
        open: async () => (await import('./cache-backends/redis.js')).openRedisBackend(url),
      })
    }
    case 'memcached': {
      const servers = options.memcachedServers ?? '127.0.0.1:11211'
      return lazyBackend({
        store: 'memcached', address: `memcached://${servers}`, packageName: 'memjs', canList: false,
        open: async () => (await import('./cache-backends/memcached.js')).openMemcachedBackend(servers),
      })
    }
  }
}

/** Synchronous: the connection to Redis or memcached is made on first use and remade after an outage. */
export function createCacheEngine(options: CacheEngineOptions): ServerSideEngine {
  const backend = openCacheBackend(options)
  const cache = createSessionCache(backend, options.keyPrefix, CACHE_NAMESPACE)
  const canCount = backend.listing !== undefined
  return {
    kind: 'server',
    id: 'cache',
    store: backend.store,
    load: async (key, now) => (await cache.get(key, now))?.data,
    create: (key, record, now) => cache.add(key, record, now),
    async update(key, record, now) {
      if (!(await cache.replace(key, record, now))) throw sessionInterrupted()
    },
    delete: (key) => cache.delete(key),
    exists: async (key, now) => (await cache.get(key, now)) !== undefined,
    // 102: clearsessions succeeds and does nothing; the cache expires entries itself.
    clearExpired: async () => 0,
    replaceStoredText: (key, text, now) => cache.replaceText(key, text, now),
    // memcached cannot list keys: no count, no clear (a fresh engine gets a fresh prefix instead).
    ...(canCount ? { count: (now: number) => cache.count(now), clear: () => cache.clear() } : {}),
    close: async () => {
      await forgetOwnEntries(cache, backend, options)
      await backend.close()
    },
  }
}

/**
 * On close, the entries under a key prefix the engine named itself go with it, as a PostgreSQL
 * schema the db engine named itself does (db-postgres.ts): no one can read them after this
 * process, and a Redis shared by many runs would otherwise keep every stopped server's sessions
 * for their whole age (a reset's scan then walks all of them). A prefix given from outside
 * (cacheKeyPrefix) is shared with other processes and kept. A store that is down keeps them, and
 * is not waited for: a reset after a store-outage scenario would otherwise wait for the client's
 * next reconnection attempt to fail (up to 200 ms on Redis) on every such scenario.
 */
export async function forgetOwnEntries(cache: SessionCache, backend: CacheBackend, options: Pick<CacheEngineOptions, 'keyPrefix'>): Promise<void> {
  if (options.keyPrefix !== undefined || backend.listing === undefined || backend.connectedNow?.() === false) return
  await cache.clear().catch(() => undefined)
}
