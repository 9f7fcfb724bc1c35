// What a Node user would pick instead of the reference server, for bench/load.ts: Express with
// express-session on its MemoryStore, connect-redis (ioredis) or session-file-store, or with
// cookie-session. One route does what the reference's session.set fixture does: set one key of
// the session from a JSON body (plus a counter, so that every request changes and saves it).
//   node --import tsx bench/alternatives/express-session-server.ts --port N --store memory|redis|file|cookie [--file-path DIR]
import { parseArgs } from 'node:util'
import cookieSession from 'cookie-session'
import RedisStore from 'connect-redis'
import express from 'express'
import session from 'express-session'
import { Redis } from 'ioredis'
import fileStore from 'session-file-store'

const SECRET = 'django-insecure-conformance-key'
/** The same age as the reference server runs with in the benchmark: stored sessions go within the hour. */
const AGE_MS = 3600 * 1000

const { values } = parseArgs({ options: { port: { type: 'string' }, store: { type: 'string' }, 'file-path': { type: 'string' } } })

function sessionMiddleware(): express.RequestHandler {
  if (values.store === 'cookie') return cookieSession({ name: 'session', keys: [SECRET], maxAge: AGE_MS })
  const options = { secret: SECRET, resave: false, saveUninitialized: false, cookie: { maxAge: AGE_MS } }
  if (values.store === 'memory') return session(options)
  if (values.store === 'redis') {
    const client = new Redis(process.env.SESSIONSPEC_REDIS_URL ?? 'redis://127.0.0.1:6379')
    return session({ ...options, store: new RedisStore({ client, prefix: `${process.env.SESSIONSPEC_BENCH_REDIS_PREFIX ?? `sessionspec-bench-${process.pid}`}:` }) })
  }
  if (values.store === 'file' && values['file-path']) {
    const FileStore = fileStore(session)
    return session({ ...options, store: new FileStore({ path: values['file-path'], logFn: () => {}, retries: 0 }) })
  }
  process.stderr.write('bench/alternatives: --store must be memory, redis, file (with --file-path) or cookie\n')
  process.exit(2)
}

const app = express()
app.disable('x-powered-by')
app.use(express.json({ type: () => true }))
app.use(sessionMiddleware())
app.post('/set', (req, res) => {
  const state = req.session as unknown as Record<string, unknown>
  const { key, value } = req.body as { key: string; value: unknown }
  state[key] = value
  state.writes = Number(state.writes ?? 0) + 1
  res.json({ ok: true })
})
const server = app.listen(Number(values.port ?? 0), '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`express-session (${values.store}) listening on ${typeof address === 'object' && address ? address.port : ''}\n`)
})
