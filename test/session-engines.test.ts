// The engine contract (session-engine-contract.ts) run once per engine and store, plus the few
// facts only one engine has. A store that does not answer is skipped with the reason, or fails
// when CI=true (CI starts every store with scripts/services.sh).
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import Database from 'better-sqlite3'
import { createCacheEngine, createSessionCache, forgetOwnEntries, openCacheBackend, type CacheEngineOptions } from '../reference/sessions/engines/cache.js'
import { OutageRedis } from '../harness/launch/outage-redis.js'
import { createCachedDbEngine } from '../reference/sessions/engines/cached-db.js'
import { createDbEngine, type DbEngineOptions } from '../reference/sessions/engines/db.js'
import { toSqliteDatetime } from '../reference/sessions/engines/db-sqlite.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import type { SessionEngine } from '../reference/sessions/engine.js'
import { createEngine, DEFAULT_STORE_ADDRESSES } from '../reference/sessions/engines/index.js'
import { createMemoryEngine } from '../reference/sessions/engines/memory.js'
import { defineEngineContract } from './session-engine-contract.js'

const SECRET = 'django-insecure-conformance-key'
const LIFETIME = 100
const REDIS_PORT = Number(process.env.REDIS_PORT ?? 6379)
const MEMCACHED_PORT = Number(process.env.MEMCACHED_PORT ?? 11211)
const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const POSTGRES_PORT = Number(new URL(POSTGRES_URL).port || 5432)

const scratch = mkdtempSync(join(tmpdir(), 'sessionspec-engines-'))
after(() => rmSync(scratch, { recursive: true, force: true }))
let made = 0
const fresh = (name: string) => join(scratch, `${name}-${++made}`)

/** undefined when something accepts connections on the port, else a one-line reason with the fix. */
function unreachable(store: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1000 })
    const fail = (why: string) => {
      socket.destroy()
      resolve(`${store} not reachable at 127.0.0.1:${port} (${why}); run scripts/services.sh start`)
    }
    socket.once('connect', () => { socket.destroy(); resolve(undefined) })
    socket.once('timeout', () => fail('timeout'))
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ECONNREFUSED' ? 'connection refused' : error.message))
  })
}

const [redisDown, memcachedDown, postgresDown] = await Promise.all([
  unreachable('Redis', REDIS_PORT), unreachable('memcached', MEMCACHED_PORT), unreachable('PostgreSQL', POSTGRES_PORT),
])

const sqlite = (): DbEngineOptions => ({ store: 'sqlite', sqlitePath: `${fresh('db')}.sqlite3`, secretKey: SECRET })
const postgres = (): DbEngineOptions => ({ store: 'postgres', postgresUrl: POSTGRES_URL, secretKey: SECRET })
/** A prefix and a LocMem location of its own per engine, so no test sees another's records. */
const cache = (store: CacheEngineOptions['store']): CacheEngineOptions => {
  const name = `contract-${process.pid}-${++made}`
  return { store, keyPrefix: name, localLocation: name, redisUrl: `redis://127.0.0.1:${REDIS_PORT}/0`, memcachedServers: `127.0.0.1:${MEMCACHED_PORT}` }
}
const dbContract = { lifetime: LIFETIME, purge: 'strict', maxKeyLength: 40 } as const
const cacheContract = { lifetime: LIFETIME, purge: 'none' } as const

defineEngineContract('memory', async () => createMemoryEngine(), { lifetime: LIFETIME, purge: 'strict' })
defineEngineContract('file', async () => {
  const directory = fresh('files')
  mkdirSync(directory)
  return createFileEngine({ directory, cookieName: 'sessionid', cookieAge: LIFETIME, secretKey: SECRET })
}, { lifetime: LIFETIME, purge: 'expired' })
defineEngineContract('db/sqlite', () => createDbEngine(sqlite()), dbContract)
defineEngineContract('db/postgres', () => createDbEngine(postgres()), { ...dbContract, unavailable: postgresDown })
defineEngineContract('cache/local', async () => createCacheEngine(cache('local')), cacheContract)
defineEngineContract('cache/redis', async () => createCacheEngine(cache('redis')), { ...cacheContract, unavailable: redisDown })
defineEngineContract('cache/memcached', async () => createCacheEngine(cache('memcached')), { ...cacheContract, unavailable: memcachedDown })
defineEngineContract('cached-db/sqlite+local', () => createCachedDbEngine({ db: sqlite(), cache: cache('local') }), dbContract)
defineEngineContract('cached-db/sqlite+redis', () => createCachedDbEngine({ db: sqlite(), cache: cache('redis') }),
  { ...dbContract, unavailable: redisDown })

describe('db engine specifics', () => {
  const NOW = 1_700_000_000
  test('session_data is the signed string of 066 and expire_date Django\'s SQLite datetime (070, W10)', async () => {
    const options = sqlite()
    const engine = await createDbEngine(options)
    await engine.create('abcdefgh12345678', { data: new Map([['k', 'v']]), expiresAt: NOW + 0.5 }, NOW)
    await engine.close()
    const db = new Database(options.sqlitePath ?? '')
    const row = db.prepare('SELECT * FROM django_session').get()
    db.close()
    assert.deepEqual(row, {
      session_key: 'abcdefgh12345678',
      session_data: 'eyJrIjoidiJ9:1r31eq:sDLQKoThVyvakrFkyDXBaO1DPRR-1KQVGf0PNNJ8ED0',
      expire_date: '2023-11-14 22:13:20.500000',
    })
  })

  test('a row whose signature fails reads as an empty session and is logged (067)', async () => {
    const options = sqlite()
    const lines: string[] = []
    const engine = await createDbEngine({ ...options, log: (line) => lines.push(line) })
    await engine.create('abcdefgh12345678', { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }, NOW)
    const db = new Database(options.sqlitePath ?? '')
    db.prepare("UPDATE django_session SET session_data = 'garbage:1r31eq:nope'").run()
    db.close()
    assert.deepEqual(await engine.load('abcdefgh12345678', NOW), new Map())
    assert.deepEqual(lines, ['Session data corrupted'])
    await engine.close()
  })

  test('clearExpired works through more rows than one batch (RL-12)', async () => {
    const options = sqlite()
    const engine = await createDbEngine(options)
    const db = new Database(options.sqlitePath ?? '')
    const insert = db.prepare('INSERT INTO django_session VALUES (?, ?, ?)')
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`expired${String(i).padStart(9, '0')}`, 'x', toSqliteDatetime(NOW - 1 - (i % 7)))
    })()
    db.close()
    for (let i = 0; i < 3; i++) await engine.create(`liverecord${i}abcdef`, { data: new Map(), expiresAt: NOW + 10 }, NOW)
    assert.equal(await engine.clearExpired(NOW), 5000)
    assert.equal(await engine.count(NOW - 100), 3)
    await engine.close()
  })

  test('the PostgreSQL schema of an engine is gone after close()', { skip: postgresDown }, async () => {
    const engine = await createDbEngine({ ...postgres(), schema: undefined })
    const probe = await createDbEngine({ ...postgres(), schema: 'sessionspec_probe_schema' })
    await engine.close()
    await probe.close()
    // The probe's schema was named by the caller and stays; ours was dropped (checked through pg itself).
    const { default: pg } = await import('pg')
    const client = new pg.Client(POSTGRES_URL)
    await client.connect()
    const { rows } = await client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sessionspec\\_%'")
    await client.query('DROP SCHEMA IF EXISTS sessionspec_probe_schema CASCADE')
    await client.end()
    assert.deepEqual(rows.map((row: { nspname: string }) => row.nspname).filter((name: string) => name.startsWith(`sessionspec_${process.pid}_`)), [])
    assert.ok(rows.some((row: { nspname: string }) => row.nspname === 'sessionspec_probe_schema'))
  })
})

describe('cache engine specifics', () => {
  const NOW = 1_700_000_000
  test('the key is <KEY_PREFIX>:1:django.contrib.sessions.cache<key> (073)', { skip: redisDown }, async () => {
    const { Redis } = await import('ioredis')
    const options = cache('redis')
    const engine = createCacheEngine(options)
    const cachedDb = await createCachedDbEngine({ db: sqlite(), cache: options })
    await engine.create('abcdefgh12345678', { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }, NOW)
    await cachedDb.create('abcdefgh87654321', { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }, NOW)
    const client = new Redis(`redis://127.0.0.1:${REDIS_PORT}/0`)
    const keys = (await client.keys(`${options.keyPrefix}:*`)).sort()
    await client.quit()
    await engine.close()
    await cachedDb.close()
    assert.deepEqual(keys, [
      `${options.keyPrefix}:1:django.contrib.sessions.cacheabcdefgh12345678`,
      `${options.keyPrefix}:1:django.contrib.sessions.cached_dbabcdefgh87654321`,
    ])
  })

  test('the Redis entries under a key prefix an engine named itself are gone after close(); a given prefix keeps them', { skip: redisDown }, async () => {
    const { Redis } = await import('ioredis')
    const client = new Redis(`redis://127.0.0.1:${REDIS_PORT}/0`)
    const redisUrl = `redis://127.0.0.1:${REDIS_PORT}/0`
    const record = { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }
    const own = createCacheEngine({ store: 'redis', redisUrl })
    const ownCachedDb = await createCachedDbEngine({ db: sqlite(), cache: { store: 'redis', redisUrl } })
    const given = cache('redis')
    const shared = createCacheEngine(given)
    const mark = `own${process.pid}x`
    await own.create(`${mark}1`.padEnd(16, 'a'), record, NOW)
    await ownCachedDb.create(`${mark}2`.padEnd(16, 'a'), record, NOW)
    await shared.create('givensessionkey01', record, NOW)
    const before = await client.keys(`*${mark}[12]*`)
    await Promise.all([own.close(), ownCachedDb.close(), shared.close()])
    const after = await client.keys(`*${mark}[12]*`)
    const kept = await client.keys(`${given.keyPrefix}:*`)
    await client.del(...kept)
    await client.quit()
    assert.equal(before.length, 2)
    assert.deepEqual(after, [])
    assert.deepEqual(kept, [`${given.keyPrefix}:1:django.contrib.sessions.cachegivensessionkey01`])
  })

  test('a cache under a prefix it named itself clears what it wrote without walking the keyspace; under a given prefix it walks', { skip: redisDown }, async () => {
    const backend = openCacheBackend({ store: 'redis', redisUrl: `redis://127.0.0.1:${REDIS_PORT}/0` })
    let walks = 0
    const counting = { ...backend, listing: { keys: (prefix: string) => { walks++; return backend.listing!.keys(prefix) }, values: backend.listing!.values } }
    const own = createSessionCache(counting, undefined, 'django.contrib.sessions.cache')
    const given = createSessionCache(counting, `given${process.pid}`, 'django.contrib.sessions.cache')
    const record = { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }
    await own.add('ownsessionkey001', record, NOW)
    await own.set('ownsessionkey002', record, NOW)
    await given.add('givensessionkey1', record, NOW)
    await own.clear()
    const walksOwn = walks
    const ownLeft = [await own.get('ownsessionkey001', NOW), await own.get('ownsessionkey002', NOW)]
    await given.clear()
    const givenLeft = await given.get('givensessionkey1', NOW)
    await backend.close()
    assert.deepEqual([walksOwn, ownLeft, walks > walksOwn, givenLeft], [0, [undefined, undefined], true, undefined])
  })

  // A reset after a store-outage scenario closes the engine of a Redis that is gone: waiting for
  // the client's next reconnection attempt there cost each such scenario up to 200 ms.
  test('a Redis backend says at once whether it holds a connection, and close() skips the clean-up of a store that is down', { skip: redisDown }, async () => {
    const redis = await OutageRedis.start()
    try {
      const backend = openCacheBackend({ store: 'redis', redisUrl: redis.url })
      const cache = createSessionCache(backend, `gone${process.pid}`, 'django.contrib.sessions.cache')
      let cleared = 0
      const counted = { ...cache, clear: async () => { cleared++ } }
      const never = backend.connectedNow?.()
      await backend.set('k', 'v', 60)
      const live = backend.connectedNow?.()
      await redis.goDown()
      // A command may fail on the closing socket before the client has handled its close event:
      // each try gives the event loop a turn (setImmediate, not a timer) to deliver it.
      for (let tries = 0; tries < 100 && backend.connectedNow?.() !== false; tries++) {
        await assert.rejects(backend.get('k'))
        await new Promise((resolve) => setImmediate(resolve))
      }
      const down = backend.connectedNow?.()
      await forgetOwnEntries(counted, backend, {})
      await redis.comeBack()
      await backend.get('k')
      await forgetOwnEntries(counted, backend, {})
      await backend.close()
      // Skipped while down, done once the store answers again.
      assert.deepEqual([never, live, down, cleared], [false, true, false, 1])
    } finally {
      await redis.remove()
    }
  })

  test('engines given one cacheKeyPrefix (processes of one deployment) share their sessions; others do not', { skip: redisDown }, async () => {
    const options = (cacheKeyPrefix?: string) => ({
      ...DEFAULT_STORE_ADDRESSES, redisUrl: `redis://127.0.0.1:${REDIS_PORT}/0`, secretKey: SECRET,
      sqlitePath: `${fresh('db')}.sqlite3`, fileDirectory: scratch, cookieName: 'sessionid', cookieAge: LIFETIME, cacheKeyPrefix,
    })
    const prefix = `shared-${process.pid}-${++made}`
    const serverSide = async (engine: Promise<SessionEngine>) => {
      const made = await engine
      if (made.kind !== 'server') throw new Error(`the cache engine is made as a ${made.kind}-side engine`)
      return made
    }
    const [one, two, stranger] = await Promise.all([options(prefix), options(prefix), options()].map((o) => serverSide(createEngine('cache', 'redis', o))))
    await one.create('abcdefgh12345678', { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }, NOW)
    const seen = [await two.load('abcdefgh12345678', NOW), await stranger.load('abcdefgh12345678', NOW)]
    await one.clear?.()
    await Promise.all([one.close(), two.close(), stranger.close()])
    assert.deepEqual(seen.map((data) => data && Object.fromEntries(data)), [{ k: 'v' }, undefined])
  })

  test('a cached_db failing cache write is logged and the request goes on (078)', async () => {
    const lines: string[] = []
    // Nothing listens on port 1: every cache call fails at once.
    const engine = await createCachedDbEngine({ db: sqlite(), cache: { store: 'redis', redisUrl: 'redis://127.0.0.1:1/0' }, log: (line) => lines.push(line) })
    assert.equal(await engine.create('abcdefgh12345678', { data: new Map([['k', 'v']]), expiresAt: NOW + 10 }, NOW), true)
    assert.deepEqual(await engine.load('abcdefgh12345678', NOW), new Map([['k', 'v']]))
    await engine.close()
    assert.match(lines[0], /^Error saving to cache \(redis at redis:\/\/127\.0\.0\.1:1\/0\): Redis is not reachable at redis:\/\/127\.0\.0\.1:1\/0 \(connection refused\)$/)
    for (const line of lines) assert.match(line, /^Error (saving to|reading from) cache \(redis at redis:\/\/127\.0\.0\.1:1\/0\): Redis is not reachable/)
  })
})
