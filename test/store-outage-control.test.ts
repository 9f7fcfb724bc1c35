// The store-outage capability (docs/fixture-api.md, settings.set redisUrl and memcachedServers):
// the harness's own Redis (harness/launch/outage-redis.ts) keeps its data across an outage, fails
// to start with one line, and the reference server uses it until reset, refusing an address it
// cannot reach; the harness's own memcached (outage-memcached.ts) the same, but comes back empty.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { OutageMemcached } from '../harness/launch/outage-memcached.js'
import { OutageRedis, OutageStoreTrouble } from '../harness/launch/outage-redis.js'
import { command, commandLines } from '../harness/launch/outage-store.js'
import { cookieOf, startTestServer, type TestServer } from './session-http.js'

// Never the standard port: the start-up Redis of this server is an address where nothing listens.
const NOWHERE = 'redis://127.0.0.1:1/0'
let server: TestServer
let redis: OutageRedis
let memcached: OutageMemcached
before(async () => {
  server = await startTestServer({ session: {}, stores: { redisUrl: NOWHERE, memcachedServers: '127.0.0.1:1' } })
  redis = await OutageRedis.start()
  memcached = await OutageMemcached.start()
})
after(async () => {
  await server.close()
  await redis.remove()
  await memcached.remove()
})
beforeEach(async () => {
  await redis.comeBack()
  await memcached.comeBack()
  await server.reset()
})

const settings = (change: object) => server.control('settings.set', change)

describe('settings.set redisUrl', () => {
  test('puts the redis store at that address, and the session survives an outage of it', async () => {
    assert.equal((await settings({ engine: 'cache', store: 'redis', redisUrl: redis.url })).status, 200)
    const cookie = cookieOf((await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie[0])
    await redis.goDown()
    const during = await server.fixture('session.get', { key: 'k' }, cookie)
    assert.equal(during.status, 503)
    assert.deepEqual(during.setCookie, [])
    await redis.comeBack()
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: true, value: 'v' })
  })
  test('an address that does not answer is 503 and keeps the Redis of before', async () => {
    await settings({ engine: 'cache', store: 'redis', redisUrl: redis.url })
    const answer = await settings({ redisUrl: 'redis://127.0.0.1:1/1' })
    assert.equal(answer.status, 503)
    assert.match((answer.body as { unavailable: string }).unavailable, /^Redis is not reachable at redis:\/\/127\.0\.0\.1:1\/1 \(connection refused\)/)
    assert.equal((await server.fixture('session.set', { key: 'k', value: 'v' })).status, 200)
  })
  test('refuses what is not a redis:// URL, with 422', async () => {
    for (const redisUrl of ['http://127.0.0.1:6379', 'redis://', 'redis://a b', 42]) {
      assert.deepEqual((await settings({ redisUrl })).body, { rejected: 'redisUrl must be a redis:// URL of at most 256 characters, or null' }, JSON.stringify(redisUrl))
    }
  })
  test('reset and null return to the start-up Redis', async () => {
    await settings({ engine: 'cache', store: 'redis', redisUrl: redis.url })
    await server.reset()
    assert.equal((await settings({ engine: 'cache', store: 'redis' })).status, 503)
    await settings({ engine: 'cache', store: 'redis', redisUrl: redis.url })
    assert.equal((await settings({ redisUrl: null })).status, 503)
  })
})

describe('settings.set memcachedServers', () => {
  test('puts the memcached store at that address: 503 while it is down, usable again once it is back', async () => {
    assert.equal((await settings({ engine: 'cache', store: 'memcached', memcachedServers: memcached.servers })).status, 200)
    const cookie = cookieOf((await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie[0])
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: true, value: 'v' })
    await memcached.goDown()
    const during = await server.fixture('session.get', { key: 'k' }, cookie)
    assert.equal(during.status, 503)
    assert.deepEqual(during.setCookie, [])
    await memcached.comeBack()
    // memcached keeps nothing across a restart: the session is gone, and a new one is kept.
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: false })
    const again = cookieOf((await server.fixture('session.set', { key: 'k', value: 'again' })).setCookie[0])
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, again)).body, { found: true, value: 'again' })
  })
  test('an address that does not answer is 503 and keeps the memcached of before', async () => {
    await settings({ engine: 'cache', store: 'memcached', memcachedServers: memcached.servers })
    const answer = await settings({ memcachedServers: '127.0.0.1:2' })
    assert.equal(answer.status, 503)
    assert.match((answer.body as { unavailable: string }).unavailable, /^memcached is not reachable at memcached:\/\/127\.0\.0\.1:2 \(connection refused\)/)
    assert.equal((await server.fixture('session.set', { key: 'k', value: 'v' })).status, 200)
  })
  test('refuses what is not host:port, with 422', async () => {
    for (const memcachedServers of ['memcached://127.0.0.1:11211', '127.0.0.1', 'a b:1', '127.0.0.1:123456', 42]) {
      assert.deepEqual((await settings({ memcachedServers })).body, { rejected: 'memcachedServers must be a memcached address (host:port) of at most 256 characters, or null' }, JSON.stringify(memcachedServers))
    }
  })
  test('reset and null return to the start-up memcached; the Redis given stays apart', async () => {
    await settings({ engine: 'cache', store: 'memcached', memcachedServers: memcached.servers })
    await server.reset()
    assert.equal((await settings({ engine: 'cache', store: 'memcached' })).status, 503)
    await settings({ engine: 'cache', store: 'memcached', memcachedServers: memcached.servers })
    assert.equal((await settings({ redisUrl: redis.url })).status, 200)
    assert.equal((await settings({ memcachedServers: null })).status, 503)
  })
})

describe('the harness\'s Redis', () => {
  test('comes back with the data it had when it went down', async () => {
    await settings({ engine: 'cache', store: 'redis', redisUrl: redis.url })
    const cookie = cookieOf((await server.fixture('session.set', { key: 'k', value: 'kept' })).setCookie[0])
    await redis.goDown()
    await redis.goDown() // already down: nothing to do
    await redis.comeBack()
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: true, value: 'kept' })
  })
  test('that cannot start is harness trouble, in one line', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      await assert.rejects(OutageRedis.start(), (error: unknown) => {
        assert.ok(error instanceof OutageStoreTrouble)
        assert.equal(error.name, 'HarnessTrouble')
        assert.match(error.message, /^the harness's Redis on 127\.0\.0\.1:\d+ did not start: redis-server spawn redis-server ENOENT$/)
        return true
      })
    } finally {
      process.env.PATH = path
    }
  })
})

// The memcached-lifetime scenarios read a session's time to live from the harness's memcached; a
// key the dump passed over would be a failed scenario, not harness trouble (CI saw it once).
describe("the harness's memcached", () => {
  test('finds the one key that ends with a suffix and its time to live; a crawler request it cannot read is one line of trouble', async () => {
    const memcached = await OutageMemcached.start()
    try {
      const keys = ['prefix:1:sessionabc123', 'prefix:1:sessionabc1234', 'other:1:sessionxyz']
      for (const [index, key] of keys.entries()) assert.equal(await command(memcached.port, `ms ${key} 1 T${600 * (index + 1)}\r\nv`), 'HD')
      const found = [await memcached.secondsToLive('abc123'), await memcached.secondsToLive('xyz'), await memcached.secondsToLive('nothing')]
      assert.ok(found[0] !== undefined && found[0] <= 600 && found[0] >= 590, `abc123: ${found[0]}`)
      assert.ok(found[1] !== undefined && found[1] <= 1800 && found[1] >= 1790, `xyz: ${found[1]}`)
      assert.equal(found[2], undefined)
      await assert.rejects(commandLines(memcached.port, 'lru_crawler metadump nosuchclass', 'END'), OutageStoreTrouble)
    } finally {
      await memcached.remove()
    }
  })
})
