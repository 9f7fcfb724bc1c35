// The engine registry: an engine id (and store) from the settings becomes an engine instance.
// Ids name the files beside this one (STYLE.md: an engine's id names its file and its tag).
import type { EngineId, SessionEngine, StoreId } from '../engine.js'
import type { SecurityLog, SessionKeySource } from '../serialization.js'
import { createCacheEngine } from './cache.js'
import { createCachedDbEngine } from './cached-db.js'
import { createDbEngine } from './db.js'
import { createFileEngine } from './file.js'
import { createMemoryEngine } from './memory.js'
import { createSignedCookiesEngine } from './signed-cookies.js'

export { dropLocalStore } from './cache-backends/local.js'

/** Where the stores are; one set per server process. */
export interface StoreAddresses {
  /** SESSIONSPEC_REDIS_URL, default redis://127.0.0.1:6379/0 */
  redisUrl: string
  /** SESSIONSPEC_MEMCACHED, default 127.0.0.1:11211 */
  memcachedServers: string
  /** SESSIONSPEC_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres */
  postgresUrl: string
  /** SESSIONSPEC_POSTGRES_SCHEMA: a schema that outlives the process; default a fresh one per engine, dropped on close. */
  postgresSchema?: string
  /**
   * SESSIONSPEC_CACHE_KEY_PREFIX: the KEY_PREFIX of the Redis and memcached caches (cache and
   * cached-db), for server processes that share one; default a fresh one per engine instance.
   */
  cacheKeyPrefix?: string
  /** SESSIONSPEC_SQLITE_PATH: the SQLite file of db and cached-db; default one in a temporary directory per process. */
  sqlitePath?: string
  /** SESSIONSPEC_FILE_PATH (SESSION_FILE_PATH), an existing directory; default one in a temporary directory per process. */
  fileDirectory?: string
  /**
   * The LOCATION of the local-memory cache (cache and cached-db on store local); default "".
   * Django's is one per process: a reference server sharing its process with others (the
   * harness, the mutation runner) names its own, so that their sessions never fill its cull.
   */
  localCacheLocation?: string
}

export const DEFAULT_STORE_ADDRESSES: Readonly<StoreAddresses> = {
  redisUrl: 'redis://127.0.0.1:6379/0',
  memcachedServers: '127.0.0.1:11211',
  postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
}

export interface EngineOptions extends StoreAddresses {
  secretKey: string
  /** SECRET_KEY and SECRET_KEY_FALLBACKS of the moment, read at each save and load, when the
   * server can switch them (they then take the place of secretKey): an engine instance outlives a
   * change of key, as Django's store does. */
  keys?: SessionKeySource
  /** The SQLite file of db and cached-db; one per process, so that both engines share django_session (176). */
  sqlitePath: string
  /** The file engine's directory (SESSION_FILE_PATH). */
  fileDirectory: string
  /** SESSION_COOKIE_NAME and SESSION_COOKIE_AGE, which the file engine needs (079, 081). */
  cookieName: string
  cookieAge: number
  log?: SecurityLog
}

type CacheStore = 'local' | 'redis' | 'memcached'

function cacheOptions(store: StoreId | null, options: EngineOptions) {
  // Without a given prefix each instance gets a fresh one (cache.ts), so parallel processes sharing
  // one Redis or memcached never meet: `<prefix>:1:django.contrib.sessions.cache<key>` (073).
  // Processes of one deployment are given the same prefix, and so share their sessions.
  return {
    store: (store ?? 'local') as CacheStore, redisUrl: options.redisUrl, memcachedServers: options.memcachedServers,
    localLocation: options.localCacheLocation,
    ...(options.cacheKeyPrefix ? { keyPrefix: options.cacheKeyPrefix } : {}),
  }
}

function dbOptions(store: 'sqlite' | 'postgres', options: EngineOptions) {
  // PostgreSQL: each instance makes a schema of its own (db-postgres.ts) and drops it on close.
  return {
    store, sqlitePath: options.sqlitePath, postgresUrl: options.postgresUrl, schema: options.postgresSchema,
    secretKey: options.secretKey, keys: options.keys, log: options.log,
  }
}

/** What a custom engine module exports (088: SESSION_ENGINE may name any module), for clearsessions' --engine-module. */
export type EngineFactory = (options: EngineOptions) => SessionEngine | Promise<SessionEngine>

/** An engine instance; db and cached-db connect first, so this may throw StoreUnavailable. */
export async function createEngine(engine: EngineId, store: StoreId | null, options: EngineOptions): Promise<SessionEngine> {
  switch (engine) {
    case 'memory':
      return createMemoryEngine()
    case 'file':
      return createFileEngine({
        directory: options.fileDirectory, cookieName: options.cookieName, cookieAge: options.cookieAge,
        secretKey: options.secretKey, keys: options.keys, log: options.log,
      })
    case 'signed-cookies':
      return createSignedCookiesEngine({ secretKey: options.secretKey, keys: options.keys })
    case 'db':
      return createDbEngine(dbOptions(store === 'postgres' ? 'postgres' : 'sqlite', options))
    case 'cache':
      return createCacheEngine(cacheOptions(store, options))
    case 'cached-db':
      // The database part is SQLite, shared with the db engine; `store` names the cache (077).
      return createCachedDbEngine({ db: dbOptions('sqlite', options), cache: cacheOptions(store, options) })
  }
}
