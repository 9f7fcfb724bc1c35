// The flags and environment that the reference commands share (start.ts, clearsessions.ts):
// the secret key, the session engine and its store, where the stores are, and the two
// settings the file engine depends on (079, 081). A mistake ends in one line and exit code 2.
import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { isInstalled } from '../../lib/optional-package.js'
import { isLegalToken, isReservedName } from '../cookies/quote.js'
import type { StoreAddresses } from '../sessions/engines/index.js'
import { ENGINE_IDS, isEngineId, storeFor, storesOf } from '../../lib/engine-ids.js'
import type { SessionSettings } from '../sessions/settings.js'

export const DEFAULT_SECRET_KEY = 'django-insecure-conformance-key'

/** parseArgs option specs of the shared flags. */
export const STORE_FLAGS = {
  'secret-key': { type: 'string' },
  engine: { type: 'string' },
  store: { type: 'string' },
  'session-cookie-name': { type: 'string' },
  'session-cookie-age': { type: 'string' },
  'redis-url': { type: 'string' },
  memcached: { type: 'string' },
  'postgres-url': { type: 'string' },
  'postgres-schema': { type: 'string' },
  'cache-key-prefix': { type: 'string' },
  'sqlite-path': { type: 'string' },
  'file-path': { type: 'string' },
} as const

export const STORE_USAGE = `[--secret-key K] [--engine ID] [--store ID] [--session-cookie-name N] [--session-cookie-age SECONDS]
  [--redis-url URL] [--memcached HOST:PORT] [--postgres-url URL] [--postgres-schema NAME] [--cache-key-prefix P]
  [--sqlite-path FILE] [--file-path DIR]
Environment: SESSIONSPEC_SECRET_KEY, SESSIONSPEC_REDIS_URL, SESSIONSPEC_MEMCACHED, SESSIONSPEC_POSTGRES_URL,
  SESSIONSPEC_POSTGRES_SCHEMA, SESSIONSPEC_CACHE_KEY_PREFIX, SESSIONSPEC_SQLITE_PATH, SESSIONSPEC_FILE_PATH
  (a flag wins over its variable).`

export type FlagValues = Record<string, string | boolean | undefined>

export interface StoreConfig {
  secretKey: string
  /** Start-up settings: engine and store when given (default db on SQLite), cookie name and age. */
  session: Partial<SessionSettings>
  stores: Partial<StoreAddresses>
}

export function fail(message: string): never {
  process.stderr.write(`sessionspec: ${message}\n`)
  process.exit(2)
}

/** parseArgs over the shared flags and a command's own; an unknown flag is one line, exit 2. */
export function parseFlags(own: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>): FlagValues {
  try {
    return parseArgs({ options: { ...STORE_FLAGS, ...own } }).values as FlagValues
  } catch (error) {
    fail((error as Error).message.split('\n')[0])
  }
}

const text = (values: FlagValues, name: string): string | undefined => {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * --engine and --store: an engine given without a store gets its default store. With neither,
 * Django's default (db on SQLite) stays, unless better-sqlite3 is not installed (a project that
 * installed the package without its optional peers): then the server starts on the memory engine
 * and says so, so that what does not depend on the engine (cookies, message storages) still runs;
 * the db engine's own passes report the missing package as their reason.
 */
function readEngine(values: FlagValues): Partial<SessionSettings> {
  const engine = text(values, 'engine')
  const store = text(values, 'store')
  if (engine === undefined && store === undefined) {
    if (isInstalled('better-sqlite3')) return {}
    process.stderr.write('sessionspec-reference: better-sqlite3 is not installed, so the default engine is memory instead of db on SQLite (npm install --save-dev better-sqlite3)\n')
    return { engine: 'memory', store: storeFor('memory', undefined) }
  }
  const id = engine ?? 'db'
  if (!isEngineId(id)) fail(`--engine must be one of ${ENGINE_IDS.join(', ')}, not ${JSON.stringify(id)}`)
  const chosen = storeFor(id, store)
  if (chosen === undefined) {
    const stores = storesOf(id)
    fail(stores.length === 0 ? `--store does not apply to the ${id} engine` : `--store must be one of ${stores.join(', ')} for the ${id} engine`)
  }
  return { engine: id, store: chosen }
}

function readCookieSettings(values: FlagValues): Partial<SessionSettings> {
  const name = text(values, 'session-cookie-name')
  if (name !== undefined && (!isLegalToken(name) || isReservedName(name))) fail(`--session-cookie-name ${JSON.stringify(name)} is not a legal cookie name`)
  const age = text(values, 'session-cookie-age')
  if (age !== undefined && !/^-?\d+$/.test(age)) fail(`--session-cookie-age must be a whole number of seconds, not ${JSON.stringify(age)}`)
  return {
    ...(name === undefined ? {} : { sessionCookieName: name }),
    ...(age === undefined ? {} : { sessionCookieAge: Number(age) }),
  }
}

export function readStoreConfig(values: FlagValues, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const secretKey = text(values, 'secret-key') ?? env.SESSIONSPEC_SECRET_KEY ?? DEFAULT_SECRET_KEY
  if (secretKey === '') fail('the secret key must not be empty')
  return {
    secretKey,
    session: { ...readEngine(values), ...readCookieSettings(values) },
    stores: {
      redisUrl: text(values, 'redis-url') ?? env.SESSIONSPEC_REDIS_URL,
      memcachedServers: text(values, 'memcached') ?? env.SESSIONSPEC_MEMCACHED,
      postgresUrl: text(values, 'postgres-url') ?? env.SESSIONSPEC_POSTGRES_URL,
      postgresSchema: text(values, 'postgres-schema') ?? env.SESSIONSPEC_POSTGRES_SCHEMA,
      cacheKeyPrefix: text(values, 'cache-key-prefix') ?? env.SESSIONSPEC_CACHE_KEY_PREFIX,
      sqlitePath: text(values, 'sqlite-path') ?? env.SESSIONSPEC_SQLITE_PATH,
      fileDirectory: text(values, 'file-path') ?? env.SESSIONSPEC_FILE_PATH,
    },
  }
}

/** 079: SESSION_FILE_PATH must be an existing directory; said now rather than on the first request. */
export async function checkFileDirectory(stores: Partial<StoreAddresses>): Promise<void> {
  const directory = stores.fileDirectory
  if (directory === undefined || directory === '') return
  const isDirectory = await stat(directory).then((s) => s.isDirectory(), () => false)
  if (!isDirectory) fail(`--file-path ${JSON.stringify(directory)} (SESSION_FILE_PATH) must be an existing directory`)
}
