// clearsessions: npm run clearsessions -- [--engine ID | --engine-module PATH] [store flags] (package.json
// runs this file with a 1 MB young generation: a purge is a long stream of short-lived objects)
// Django's `manage.py clearsessions` (100-105) for the reference server's stores, at the real
// time: prints nothing and exits 0, or prints "CommandError: ..." on stderr and exits 1 when the
// engine cannot clear expired sessions. The engine, store and their locations come from the
// same flags and environment as start.ts (options.ts); a mistake is one line and exit 2.
import { systemClock } from '../clock.js'
import type { SessionEngine } from '../sessions/engine.js'
import { createEngine, DEFAULT_STORE_ADDRESSES, type EngineOptions } from '../sessions/engines/index.js'
import { purgeExpired } from '../sessions/purge.js'
import { DJANGO_SESSION_DEFAULTS } from '../sessions/settings.js'
import { loadEngineModule } from './engine-module.js'
import { checkFileDirectory, fail, parseFlags, readStoreConfig, type StoreConfig } from './options.js'

const given = (value: string | undefined): value is string => value !== undefined && value !== ''

/**
 * The server keeps SQLite, the session files and its PostgreSQL schema in places of its own
 * process unless told otherwise; clearsessions runs in another process, so it must be told.
 */
function requireLocation(config: StoreConfig): void {
  const { engine = 'db', store } = config.session
  const { sqlitePath, fileDirectory, postgresSchema } = config.stores
  if ((engine === 'cached-db' || (engine === 'db' && store !== 'postgres')) && !given(sqlitePath)) {
    fail(`the ${engine} engine needs --sqlite-path (or SESSIONSPEC_SQLITE_PATH): the database file to purge`)
  }
  if (engine === 'db' && store === 'postgres' && !given(postgresSchema)) {
    fail('the db engine on PostgreSQL needs --postgres-schema (or SESSIONSPEC_POSTGRES_SCHEMA): the schema that holds django_session')
  }
  if (engine === 'file' && !given(fileDirectory)) {
    fail('the file engine needs --file-path (or SESSIONSPEC_FILE_PATH): the SESSION_FILE_PATH directory to purge')
  }
}

function engineOptions(config: StoreConfig): EngineOptions {
  const stores = Object.fromEntries(Object.entries(config.stores).filter(([, value]) => given(value)))
  return {
    ...DEFAULT_STORE_ADDRESSES,
    ...stores,
    secretKey: config.secretKey,
    sqlitePath: config.stores.sqlitePath ?? ':memory:',
    fileDirectory: config.stores.fileDirectory ?? '',
    cookieName: config.session.sessionCookieName ?? DJANGO_SESSION_DEFAULTS.sessionCookieName,
    cookieAge: config.session.sessionCookieAge ?? DJANGO_SESSION_DEFAULTS.sessionCookieAge,
  }
}

/** The engine and the name Django's message uses for it (SESSION_ENGINE as configured). */
async function openEngine(config: StoreConfig, modulePath: string | undefined): Promise<{ engine: SessionEngine; name: string }> {
  if (modulePath !== undefined) {
    if (config.session.engine !== undefined) fail('give --engine or --engine-module, not both')
    return { engine: await (await loadEngineModule(modulePath))(engineOptions(config)), name: modulePath }
  }
  requireLocation(config)
  await checkFileDirectory(config.stores)
  const id = config.session.engine ?? DJANGO_SESSION_DEFAULTS.engine
  const store = config.session.engine === undefined ? DJANGO_SESSION_DEFAULTS.store : config.session.store ?? null
  try {
    return { engine: await createEngine(id, store, engineOptions(config)), name: id }
  } catch (error) {
    fail(`cannot open the ${id} engine: ${(error as Error).message.split('\n')[0]}`)
  }
}

const values = parseFlags({ 'engine-module': { type: 'string' } })
const config = readStoreConfig(values)
const { engine, name } = await openEngine(config, typeof values['engine-module'] === 'string' ? values['engine-module'] : undefined)
try {
  const outcome = await purgeExpired(engine, name, systemClock.now())
  if (outcome.exitStatus === 1) {
    process.stderr.write(`CommandError: ${outcome.error}\n`)
    process.exitCode = 1
  }
} catch (error) {
  process.stderr.write(`sessionspec: clearing expired sessions failed: ${(error as Error).message.split('\n')[0]}\n`)
  process.exitCode = 2
} finally {
  await engine.close()
}
