// sessionspec reference server: node --import tsx reference/cli/start.ts [--port N] [--host H] [--control]
//   [--secret-key K] [--engine ID] [--store ID] [--redis-url URL] [--memcached HOST:PORT] [--postgres-url URL]
// Store addresses also come from SESSIONSPEC_REDIS_URL, SESSIONSPEC_MEMCACHED and SESSIONSPEC_POSTGRES_URL.
import { parseArgs } from 'node:util'
import type { ReferenceSettings } from '../app.js'
import { startServer, type RunningServer } from '../server.js'
import { ENGINE_IDS, isEngineId, storeFor, storesOf, type SessionSettings } from '../sessions/settings.js'

const DEFAULT_SECRET_KEY = 'django-insecure-conformance-key'

function fail(message: string): never {
  process.stderr.write(`sessionspec: ${message}\n`)
  process.exit(2)
}

interface StartOptions {
  host: string
  port: number
  settings: ReferenceSettings
}

/** --engine and --store: the start-up engine, which `reset` returns to (default db on SQLite). */
function readEngine(engine: string | undefined, store: string | undefined): Partial<SessionSettings> {
  if (engine === undefined && store === undefined) return {}
  const id = engine ?? 'db'
  if (!isEngineId(id)) fail(`--engine must be one of ${ENGINE_IDS.join(', ')}, not ${JSON.stringify(id)}`)
  const chosen = storeFor(id, store)
  if (chosen === undefined) {
    const stores = storesOf(id)
    fail(stores.length === 0 ? `--store does not apply to the ${id} engine` : `--store must be one of ${stores.join(', ')} for the ${id} engine`)
  }
  return { engine: id, store: chosen }
}

function readOptions(): StartOptions {
  let values
  try {
    values = parseArgs({
      options: {
        port: { type: 'string', default: '8000' },
        host: { type: 'string', default: '127.0.0.1' },
        control: { type: 'boolean', default: false },
        'secret-key': { type: 'string' },
        engine: { type: 'string' },
        store: { type: 'string' },
        'redis-url': { type: 'string' },
        memcached: { type: 'string' },
        'postgres-url': { type: 'string' },
      },
    }).values
  } catch (error) {
    fail((error as Error).message.split('\n')[0])
  }
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}`)
  const secretKey = values['secret-key'] ?? process.env.SESSIONSPEC_SECRET_KEY ?? DEFAULT_SECRET_KEY
  if (secretKey === '') fail('the secret key must not be empty')
  const env = process.env
  const settings: ReferenceSettings = {
    secretKey,
    enableControl: values.control,
    session: readEngine(values.engine, values.store),
    stores: {
      redisUrl: values['redis-url'] ?? env.SESSIONSPEC_REDIS_URL,
      memcachedServers: values.memcached ?? env.SESSIONSPEC_MEMCACHED,
      postgresUrl: values['postgres-url'] ?? env.SESSIONSPEC_POSTGRES_URL,
    },
  }
  return { host: values.host, port, settings }
}

function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `cannot listen on ${host}:${port}: the port is already in use`
  if (error.code === 'EACCES') return `cannot listen on ${host}:${port}: permission denied`
  return `cannot listen on ${host}:${port}: ${error.message}`
}

const options = readOptions()
let server: RunningServer | undefined
// Registered before listening, so a signal that follows the ready line is never missed.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void (server?.close() ?? Promise.resolve()).then(() => process.exit(0))
  })
}
try {
  server = await startServer(options.settings, { host: options.host, port: options.port })
} catch (error) {
  fail(listenFailure(error as NodeJS.ErrnoException, options.host, options.port))
}
process.stdout.write(`sessionspec reference server listening on ${server.url}\n`)
