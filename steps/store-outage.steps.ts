// A session store that goes down and comes back (features/sessions/store-outage.feature,
// features/sessions/memcached-outage.feature; docs/security-catalogue.md RL-04, RL-05): the
// harness's own Redis or memcached (harness/launch/outage-redis.ts, outage-memcached.ts), which
// the target is told to use through settings.set's redisUrl or memcachedServers (capability store-outage).
import assert from 'node:assert/strict'
import { After, Given, Then, When } from '@cucumber/cucumber'
import { OutageMemcached } from '../harness/launch/outage-memcached.js'
import { OutageRedis } from '../harness/launch/outage-redis.js'
import { postgresRefusal } from '../harness/launch/postgres-probe.js'
import type { OutageStore } from '../harness/launch/outage-store.js'
import { passSettings } from '../harness/runtime/applicability.js'
import { heldSessionKey } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

/** A request the store cannot serve may legitimately end in any server error; the Then steps judge it. */
const isServerError = (status: number) => status >= 500 && status <= 599

function outageStore(world: SpecWorld): OutageStore {
  if (world.outageStore === undefined) throw new Error('the scenario has not put the server on a store of the harness\'s own')
  return world.outageStore
}

/**
 * The harness's store has just answered its own probe, so a server that reports it unreachable
 * fails the scenario (a client that never connects, say), rather than finding a part missing.
 */
function refuseUnavailable(answer: object, store: string): void {
  if ('unavailable' in answer) assert.fail(`the server reports ${store} unreachable, though it answers: ${String(answer.unavailable)}`)
}

Given('the server keeps its sessions on the harness\'s Redis', async function (this: SpecWorld) {
  const redis = await OutageRedis.start()
  this.outageStore = redis
  // The pass's engine, its store Redis at the harness's address. The engine is named again: the
  // pass's own store may have been out of reach (harness/runtime/applicability.ts).
  const { engine } = passSettings(this.parameters.engine, undefined)
  const answer = await this.driver.control('settings.set', { ...(engine ? { engine } : {}), store: 'redis', redisUrl: redis.url })
  refuseUnavailable(answer, `the harness's Redis at ${redis.url}`)
})

Given('the server keeps its sessions in the cache engine on the harness\'s memcached', async function (this: SpecWorld) {
  const memcached = await OutageMemcached.start()
  this.outageStore = memcached
  const answer = await this.driver.control('settings.set', { engine: 'cache', store: 'memcached', memcachedServers: memcached.servers })
  refuseUnavailable(answer, `the harness's memcached at ${memcached.servers}`)
})

/** cached_db with its cache on the harness's memcached: the database part stays the server's own. */
Given('the server keeps its sessions in the cached_db engine with its cache on the harness\'s memcached', async function (this: SpecWorld) {
  const memcached = await OutageMemcached.start()
  this.outageStore = memcached
  const answer = await this.driver.control('settings.set', { engine: 'cached-db', store: 'memcached', memcachedServers: memcached.servers })
  refuseUnavailable(answer, `the harness's memcached at ${memcached.servers}`)
})

/**
 * The file engine's directory is the server's own (Django's SESSION_FILE_PATH, the temporary
 * directory by default; the reference makes one in its work directory): no part outside the
 * server can be missing, so a server that reports it unusable fails the scenario.
 */
Given('the server keeps its sessions in files of its own', async function (this: SpecWorld) {
  if (!this.driver.target.engines.includes('file')) return this.notApplicable('the target does not run the file session engine')
  const answer = await this.driver.control('settings.set', { engine: 'file' })
  if ('unavailable' in answer) assert.fail(`the server reports its own session directory unusable: ${String(answer.unavailable)}`)
  return undefined
})

/**
 * The db engine's SQLite database is a file of the server's own (Django's default database, the
 * reference's work directory): only its driver package can be missing, which settings.set's 503
 * line says (docs/fixture-api.md); any other 503 is the server refusing a store that is there.
 */
Given('the server keeps its sessions in a SQLite database of its own', async function (this: SpecWorld) {
  if (!this.driver.target.engines.includes('db')) return this.notApplicable('the target does not run the db session engine on SQLite')
  const answer = await this.driver.control('settings.set', { engine: 'db', store: 'sqlite' })
  if ('unavailable' in answer && /\bnot installed\b/i.test(String(answer.unavailable))) return this.notApplicable(String(answer.unavailable))
  if ('unavailable' in answer) assert.fail(`the server reports its own SQLite database unusable: ${String(answer.unavailable)}`)
  return undefined
})

/** PostgreSQL is another process: the harness asks it first, and only one that answers the harness makes a 503 a failure. */
Given('the server keeps its sessions in the db engine on a PostgreSQL that answers', async function (this: SpecWorld) {
  if (!this.driver.target.engines.includes('db/postgres')) return this.notApplicable('the target does not run the db session engine on PostgreSQL')
  const refusal = await postgresRefusal()
  if (refusal !== undefined) return this.notApplicable(`the harness cannot reach the servers' PostgreSQL: ${refusal}`)
  const answer = await this.driver.control('settings.set', { engine: 'db', store: 'postgres' })
  if ('unavailable' in answer && /\bnot installed\b/i.test(String(answer.unavailable))) return this.notApplicable(String(answer.unavailable))
  if ('unavailable' in answer) assert.fail(`the server reports PostgreSQL unusable, though it answers the harness: ${String(answer.unavailable)}`)
  return undefined
})

function harnessRedis(world: SpecWorld): OutageRedis {
  const redis = outageStore(world)
  if (!(redis instanceof OutageRedis)) throw new Error('the scenario has not put the server on the harness\'s Redis')
  return redis
}

/** What anyone who can write to the cache's Redis may leave under a session's key: a value that is not a string. */
Given('another program has put a list in place of the visitor\'s session in Redis', async function (this: SpecWorld) {
  const redis = harnessRedis(this)
  const key = await heldSessionKey(this)
  assert.ok(key, 'the visitor holds no session cookie')
  assert.equal(await redis.replaceWithList(key), true, `the harness's Redis holds no value (or several) under a key ending with the visitor's session key ${key}`)
})

/** memcached reads an expiry above 30 days as a Unix time, not as seconds from now. */
const MEMCACHED_RELATIVE_LIMIT = 30 * 24 * 3600

/** What the server told the store to keep the session for, read back a moment later: the store
 * lets the entry go on its own clock, which the scenario's clock does not move. */
async function assertKeptFor(world: SpecWorld, store: OutageRedis | OutageMemcached, seconds: number): Promise<void> {
  const key = await heldSessionKey(world)
  assert.ok(key, 'the visitor holds no session cookie')
  const ttl = await store.secondsToLive(key)
  assert.ok(ttl !== undefined, `the harness's store holds no value (or several) under a key ending with the visitor's session key ${key}`)
  // The request and this check take a moment of the store's time: a minute less is still the same
  // lifetime. A lifetime past 30 days reaches memcached as the Unix second it ends at, and
  // memcached's own clock moves once a second, so it may count one second more.
  const late = seconds > MEMCACHED_RELATIVE_LIMIT ? 1 : 0
  assert.ok(ttl <= seconds + late && ttl >= seconds - 60, `expected the store to keep the visitor's session for ${seconds} s; its time to live is ${ttl} s (-1: for ever)`)
}

Then('the harness\'s Redis keeps the visitor\'s session for {duration}', async function (this: SpecWorld, seconds: number) {
  await assertKeptFor(this, harnessRedis(this), seconds)
})

Then('the harness\'s memcached keeps the visitor\'s session for {duration}', async function (this: SpecWorld, seconds: number) {
  const memcached = outageStore(this)
  if (!(memcached instanceof OutageMemcached)) throw new Error('the scenario has not put the server on the harness\'s memcached')
  await assertKeptFor(this, memcached, seconds)
})

Given('the session store has gone down', async function (this: SpecWorld) {
  await outageStore(this).goDown()
})
Given('the session store has stopped answering', async function (this: SpecWorld) {
  await outageStore(this).stopAnswering()
})
/** A store that went down and came back frozen: it accepts the client's new connection and never answers. */
Given('the session store has come back without answering', async function (this: SpecWorld) {
  await harnessRedis(this).comeBackFrozen()
})
Given('the session store has come back', async function (this: SpecWorld) {
  await outageStore(this).comeBack()
})

async function tryToStore(this: SpecWorld, key: string, value: string) {
  await this.visit('session.set', { key, value }, { acceptStatus: isServerError })
}
When('the server tries to store {string} = {string} in the visitor\'s session', tryToStore)
Given('the server has tried to store {string} = {string} in the visitor\'s session', tryToStore)

async function tryToRead(this: SpecWorld, key: string) {
  this.readKey = key
  await this.visit('session.get', { key }, { acceptStatus: isServerError })
}
When('the server tries to read {string} from the visitor\'s session', tryToRead)
Given('the server has tried to read {string} from the visitor\'s session', tryToRead)

async function tryToLogOut(this: SpecWorld) {
  await this.visit('session.flush', {}, { acceptStatus: isServerError })
}
When('the visitor tries to log out', tryToLogOut)
Given('the visitor has tried to log out', tryToLogOut)

Then('the server answers with a server error', function (this: SpecWorld) {
  const { status } = this.lastExchange.response
  assert.ok(isServerError(status), `expected a server error (5xx) while the store is down; the server answered ${status}: ${this.lastExchange.response.body.slice(0, 200)}`)
})

/** What a failure's answer must not show a visitor: where the store is, and how the server is built. */
function internals(world: SpecWorld): Array<[RegExp, string]> {
  const { port } = outageStore(world)
  return [
    [new RegExp(`\\b${port}\\b`), `the store's port (${port})`],
    [/\b127\.0\.0\.1\b|\blocalhost\b|rediss?:\/\/|memcached:\/\//i, "the store's address"],
    [/Traceback \(most recent call last\)|^\s+at \S+|\bFile "[^"]+", line \d+/m, 'a stack trace'],
    [/(^|[\s"'(=])\/(tmp|usr|home|opt|var|work|srv)\/\S+|\b\S+\.(py|ts|js|mjs):\d+/m, 'a file path'],
    [/ECONNREFUSED|ECONNRESET|ConnectionError|ConnectionRefused|StoreUnavailable|ioredis|redis\.exceptions|memjs|pymemcache|MemcacheError/i, "the store client's error"],
  ]
}

Then('the answer names nothing internal', function (this: SpecWorld) {
  const { body, headers } = this.lastExchange.response
  const text = [body, ...headers.map(([name, value]) => `${name}: ${value}`)].join('\n')
  for (const [pattern, what] of internals(this)) {
    const shown = pattern.exec(text)
    assert.equal(shown, null, `the answer shows ${what}: "${shown?.[0]}" in ${JSON.stringify(body.slice(0, 300))}`)
  }
})

After(async function (this: SpecWorld) {
  await this.outageStore?.remove()
})
