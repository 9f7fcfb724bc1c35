// Stores that answer wrongly: a value of the wrong type, garbage, truncated data, a row of the
// wrong types. Each is corrupted data for that one session (no session, or an empty one), never
// a 500, and other visitors go on. Real Redis, memcached, SQLite and PostgreSQL.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Redis } from 'ioredis'
import memjs from 'memjs'
import pg from 'pg'
import { after, before, describe, it } from 'node:test'
import { cacheKey, CACHE_NAMESPACE, createCacheEngine } from '../reference/sessions/engines/cache.js'
import { createDbEngine } from '../reference/sessions/engines/db.js'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { NOW, SECRET } from './session-http.js'

const KEY = 'h'.repeat(32)
const record = { data: new Map<string, unknown>([['cart', 3]]), expiresAt: NOW + 3600 }

let directory: string
before(async () => { directory = await mkdtemp(join(tmpdir(), 'sessionspec-hostile-stores-')) })
after(() => rm(directory, { recursive: true, force: true }))

/** The planted key reads as no session; a visitor can still create one, and another key works. */
async function assertCorruptedOnly(engine: ServerSideEngine, key: string): Promise<void> {
  assert.equal(await engine.load(key, NOW), undefined)
  assert.equal(await engine.exists!(key, NOW), false)
  const other = `o${Math.random().toString(36).slice(2).padEnd(31, '0')}`.slice(0, 32)
  assert.equal(await engine.create(other, record, NOW), true)
  assert.deepEqual(await engine.load(other, NOW), record.data)
}

describe('the cache engine on Redis', () => {
  const prefix = `hostile-${process.pid}`
  const redis = new Redis('redis://127.0.0.1:6379/0', { lazyConnect: true })
  const engine = createCacheEngine({ store: 'redis', keyPrefix: prefix })
  const key = (sessionKey: string) => cacheKey(prefix, CACHE_NAMESPACE, sessionKey)
  after(async () => {
    await engine.clear!()
    await redis.del(key(KEY))
    await engine.close()
    redis.disconnect()
  })

  const plants: Array<[string, () => Promise<unknown>]> = [
    ['a list where a string was expected', async () => { await redis.del(key(KEY)); return redis.rpush(key(KEY), 'a', 'b') }],
    ['a hash', async () => { await redis.del(key(KEY)); return redis.hset(key(KEY), 'a', 'b') }],
    ['garbage', () => redis.set(key(KEY), '\x00\xff not json')],
    ['truncated JSON', () => redis.set(key(KEY), '{"expiresAt":1700003600,"data":[["cart",')],
    ['JSON of another shape', () => redis.set(key(KEY), '{"expiresAt":"soon","data":{"cart":3}}')],
    ['entries that are not pairs', () => redis.set(key(KEY), '{"expiresAt":1700003600,"data":[[1,2,3]]}')],
    ['a value of 9 MB', () => redis.set(key(KEY), 'x'.repeat(9 * 1024 * 1024))],
  ]
  for (const [what, plant] of plants) {
    it(`reads ${what} as no session`, async () => {
      await plant()
      await assertCorruptedOnly(engine, KEY)
    })
  }

  it('lets a save replace the planted value', async () => {
    await redis.del(key(KEY))
    await redis.rpush(key(KEY), 'a')
    await engine.update(KEY, record, NOW).catch(() => {})
    assert.equal(await engine.create(KEY, record, NOW), false, 'the key is taken: the session layer draws another')
  })
})

describe('count and clear on Redis read no planted value whole', () => {
  const prefix = `hostile-listing-${process.pid}`
  const redis = new Redis('redis://127.0.0.1:6379/0', { lazyConnect: true })
  const engine = createCacheEngine({ store: 'redis', keyPrefix: prefix })
  const key = (sessionKey: string) => cacheKey(prefix, CACHE_NAMESPACE, sessionKey)
  const HUGE = 128 * 1024 * 1024
  const keys = { huge: 'u'.repeat(32), list: 'l'.repeat(32), garbage: 'g'.repeat(32), big: ['b', 'c', 'd'].map((c) => c.repeat(32)) }
  const sessions = ['1', '2', '3', 'e'].map((c) => c.repeat(32))
  const everyKey = () => [keys.huge, keys.list, keys.garbage, ...keys.big, ...sessions].map(key)
  after(async () => {
    await redis.del(...everyKey())
    await engine.close()
    redis.disconnect()
  })

  /** SETRANGE pads with zero bytes inside Redis: the test itself never holds the value. */
  async function plant(): Promise<void> {
    await redis.del(...everyKey())
    await redis.setrange(key(keys.huge), HUGE - 1, 'x')
    await redis.rpush(key(keys.list), 'a', 'b')
    await redis.set(key(keys.garbage), '\x00\xff not json')
    // Three values under the 8 MiB read bound that together exceed one round of reads.
    for (const big of keys.big) await redis.setrange(key(big), 5 * 1024 * 1024 - 1, 'x')
    for (const live of sessions.slice(0, 3)) assert.equal(await engine.create(live, record, NOW), true)
    assert.equal(await engine.create(sessions[3]!, { ...record, expiresAt: NOW - 1 }, NOW), true)
  }

  /** Growth of the resident set while `action` runs: reading the 128 MB value whole costs more
   * than twice its size (ioredis's reply buffer, then the string), a bounded read nothing near it. */
  async function growth(action: () => Promise<unknown>): Promise<number> {
    const before = process.memoryUsage().rss
    await action()
    return process.memoryUsage().rss - before
  }

  it('counts the live records, the planted values as none, without reading the 128 MB value', async () => {
    await plant()
    let count = -1
    const grew = await growth(async () => { count = await engine.count!(NOW) })
    assert.equal(count, 3)
    assert.ok(grew < 64 * 1024 * 1024, `count grew the process by ${Math.round(grew / 2 ** 20)} MiB`)
  })

  it('clears every key of the prefix, planted ones included, reading no value', async () => {
    await plant()
    const grew = await growth(() => engine.clear!())
    assert.equal(await redis.exists(...everyKey()), 0)
    assert.equal(await engine.count!(NOW), 0)
    assert.ok(grew < 64 * 1024 * 1024, `clear grew the process by ${Math.round(grew / 2 ** 20)} MiB`)
  })
})

describe('the cache engine on memcached', () => {
  const prefix = `hostile-${process.pid}`
  const client = memjs.Client.create('127.0.0.1:11211', { logger: { log: () => {} } })
  const engine = createCacheEngine({ store: 'memcached', keyPrefix: prefix })
  after(async () => {
    await engine.close()
    client.close()
  })
  for (const [what, value] of [['garbage', '\x00\xff not json'], ['truncated JSON', '{"expiresAt":17000']] as const) {
    it(`reads ${what} as no session`, async () => {
      await client.set(cacheKey(prefix, CACHE_NAMESPACE, KEY), value, { expires: 60 })
      await assertCorruptedOnly(engine, KEY)
    })
  }
})

describe('the db engine on SQLite', () => {
  it('reads a row of the wrong types as corrupted data, logged', async () => {
    const sqlitePath = join(directory, 'db.sqlite3')
    const logged: string[] = []
    const engine = await createDbEngine({ store: 'sqlite', sqlitePath, secretKey: SECRET, log: (line) => logged.push(line) })
    const db = new Database(sqlitePath)
    const plant = db.prepare('INSERT OR REPLACE INTO django_session (session_key, session_data, expire_date) VALUES (?, ?, ?)')
    plant.run('a'.repeat(32), Buffer.from([0, 1, 2]), '2099-01-01 00:00:00')
    plant.run('b'.repeat(32), 'garbage-not-signed', '2099-01-01 00:00:00')
    plant.run('c'.repeat(32), 'garbage-not-signed', 'zzzz not a date')
    plant.run('d'.repeat(32), 'garbage-not-signed', 12345)
    plant.run('e'.repeat(32), 'x'.repeat(6 * 1024 * 1024), '2099-01-01 00:00:00')
    db.close()
    assert.deepEqual(await engine.load('a'.repeat(32), NOW), new Map())
    assert.deepEqual(await engine.load('b'.repeat(32), NOW), new Map())
    assert.equal(await engine.load('c'.repeat(32), NOW), undefined)
    assert.equal(await engine.load('d'.repeat(32), NOW), undefined)
    // Read only up to the record bound, never decoded.
    assert.deepEqual(await engine.load('e'.repeat(32), NOW), new Map())
    // A number sorts before any text in SQLite, so the row of 'd' is never selected as live: no log.
    assert.deepEqual(logged, Array(4).fill('Session data corrupted'))
    await engine.close()
  })
})

describe('the db engine on PostgreSQL', () => {
  it('reads garbage, an infinite date and an oversized row as corrupted data', async () => {
    const schema = `hostile_${process.pid}`
    const url = 'postgres://postgres@127.0.0.1:5432/postgres'
    const logged: string[] = []
    const engine = await createDbEngine({ store: 'postgres', postgresUrl: url, schema, secretKey: SECRET, log: (line) => logged.push(line) })
    const client = new pg.Client(url)
    await client.connect()
    try {
      await client.query(`INSERT INTO "${schema}".django_session VALUES ($1, 'garbage', 'infinity'), ($2, 'garbage', now() + interval '1 day'), ($3, repeat('x', 6000000), now() + interval '1 day')`, ['i'.repeat(32), 'g'.repeat(32), 'l'.repeat(32)])
      assert.equal(await engine.load('i'.repeat(32), NOW), undefined)
      assert.deepEqual(await engine.load('g'.repeat(32), NOW), new Map())
      assert.deepEqual(await engine.load('l'.repeat(32), NOW), new Map())
      assert.deepEqual(logged, Array(3).fill('Session data corrupted'))
    } finally {
      await client.end()
      await engine.close() // drops the schema
    }
  })
})
