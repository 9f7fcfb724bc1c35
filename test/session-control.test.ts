// settings.set, sessions.count, sessions.exists and reset over HTTP, and each local engine
// behind the middleware (081, 084-086, 176).
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { cookieOf, keyOf, startTestServer, type TestServer } from './session-http.js'

const DEFAULTS = {
  engine: 'db', store: 'sqlite', sessionCookieName: 'sessionid', sessionCookieAge: 1209600, sessionCookieDomain: null,
  sessionCookiePath: '/', sessionCookieSecure: false, sessionCookieHttpOnly: true, sessionCookieSameSite: 'Lax',
  sessionSaveEveryRequest: false, sessionExpireAtBrowserClose: false,
  messageStorage: 'fallback', messageLevel: 20, messageTags: {},
  signedCookieLegacySaltFallback: true,
}

let server: TestServer
// Django's default engine (db on SQLite), and a Redis address where nothing listens.
before(async () => { server = await startTestServer({ session: {}, stores: { redisUrl: 'redis://127.0.0.1:1/0' } }) })
after(() => server.close())
beforeEach(() => server.reset())

const settings = (change: object) => server.control('settings.set', change)
const write = async (cookie?: string) => (await server.fixture('session.set', { key: 'k', value: 'v' }, cookie)).setCookie[0]

describe('settings.set', () => {
  test('answers every current value; Django\'s defaults at start-up', async () => {
    assert.deepEqual(await settings({}), { status: 200, body: { settings: DEFAULTS }, setCookie: [], vary: null })
  })
  test('an engine without a store gets its default store; a storeless engine has null', async () => {
    const storeAfter = async (change: object) => ((await settings(change)).body.settings as { store: unknown }).store
    assert.equal(await storeAfter({ engine: 'cache' }), 'local')
    assert.equal(await storeAfter({ engine: 'file' }), null)
    assert.equal(await storeAfter({ engine: 'cached-db', store: 'local' }), 'local')
    assert.equal(await storeAfter({ engine: 'db' }), 'sqlite')
  })
  test('refuses what it cannot apply, with 422 and one line', async () => {
    const cases: Array<[object, string]> = [
      [{ engine: 'redis' }, 'engine must be one of memory, file, db, cache, cached-db, signed-cookies'],
      [{ engine: 'db', store: 'redis' }, 'store must be one of sqlite, postgres for the db engine'],
      [{ engine: 'memory', store: 'sqlite' }, 'store must be null: the memory engine has no store'],
      [{ sessionCookieSameSite: 'Relaxed' }, 'sessionCookieSameSite must be "Strict", "Lax", "None" or false'],
      [{ sessionCookieName: 'bad name' }, 'sessionCookieName must be a legal cookie name'],
      [{ sessionCookiePath: '/; Domain=evil' }, 'sessionCookiePath must be a path that starts with "/", in printable ASCII without ";" or spaces (at most 1024 characters), or "" (no Path attribute)'],
      [{ sessionCookieAge: '60' }, 'sessionCookieAge must be a whole number of seconds from 0 to 3153600000 (a century), as SESSION_COOKIE_AGE is an int'],
      [{ sessionCookieAgeSeconds: 60 }, 'unknown parameter "sessionCookieAgeSeconds"'],
    ]
    for (const [change, rejected] of cases) assert.deepEqual((await settings(change)).body, { rejected }, JSON.stringify(change))
    assert.deepEqual((await settings({})).body, { settings: DEFAULTS })
  })
  test('a store that cannot be reached answers 503 and changes nothing', async () => {
    const answer = await settings({ engine: 'cache', store: 'redis', sessionCookieAge: 60 })
    assert.deepEqual(answer, { status: 503, setCookie: [], vary: null, body: {
      unavailable: 'Redis is not reachable at redis://127.0.0.1:1/0 (connection refused); start it with scripts/services.sh start or set SESSIONSPEC_REDIS_URL',
    } })
    assert.deepEqual((await settings({})).body, { settings: DEFAULTS })
  })
})

describe('store inspection and reset', () => {
  test('count and exists see live records only', async () => {
    const line = await write()
    assert.deepEqual((await server.control('sessions.count')).body, { count: 1 })
    assert.deepEqual((await server.control('sessions.exists', { sessionKey: keyOf(line) })).body, { exists: true })
    server.clock.advance(1209600)
    assert.deepEqual((await server.control('sessions.count')).body, { count: 0 })
    assert.deepEqual((await server.control('sessions.exists', { sessionKey: keyOf(line) })).body, { exists: false })
  })
  test('reset restores the start-up settings and empties every engine used', async () => {
    await settings({ engine: 'file', sessionCookieName: 'other' })
    await write()
    await server.reset()
    assert.deepEqual((await settings({})).body, { settings: DEFAULTS })
    await settings({ engine: 'file', sessionCookieName: 'other' })
    assert.deepEqual((await server.control('sessions.count')).body, { count: 0 })
  })
  test('the signed_cookies engine cannot count (422) and stores nothing (086)', async () => {
    await settings({ engine: 'signed-cookies' })
    const line = await write()
    assert.deepEqual((await server.control('sessions.count')).body, { rejected: 'the signed-cookies engine cannot count its records' })
    assert.deepEqual((await server.control('sessions.exists', { sessionKey: keyOf(line) })).body, { exists: false })
  })
  test('the identity answer lists the session and settings operations', async () => {
    const { operations } = await (await fetch(server.base)).json() as { operations: string[] }
    assert.ok(['session.set', 'session.info', 'settings.set', 'sessions.count', 'sessions.exists'].every((op) => operations.includes(op)))
    assert.deepEqual(operations.slice(-4), ['clock.get', 'clock.set', 'clock.advance', 'reset'])
  })
})

describe('every local engine behind the middleware', () => {
  for (const engine of ['memory', 'file', 'db', 'cache', 'cached-db', 'signed-cookies']) {
    test(`${engine}: write, read, flush`, async () => {
      await settings({ engine })
      const cookie = cookieOf(await write())
      assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: true, value: 'v' })
      assert.deepEqual((await server.fixture('session.flush', {}, cookie)).setCookie.map(cookieOf), ['sessionid=""'])
    })
  }
  test('db and cached-db share django_session: switching keeps the session (176)', async () => {
    const cookie = cookieOf(await write())
    await settings({ engine: 'cached-db' })
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: true, value: 'v' })
  })
  test('file: an expired file gives a new key at once, not a deletion (081)', async () => {
    await settings({ engine: 'file', sessionCookieAge: 100 })
    const cookie = cookieOf(await write())
    server.clock.advance(100)
    const answer = await server.fixture('session.get', { key: 'k' }, cookie)
    assert.deepEqual(answer.body, { found: false })
    assert.match(answer.setCookie[0], /^sessionid=[a-z0-9]{32}; expires=/)
    assert.notEqual(cookieOf(answer.setCookie[0]), cookie)
  })
})

describe('signed cookies behind the middleware (084-086)', () => {
  const E30 = /^sessionid=e30:[0-9A-Za-z]+:[\w-]{43}; expires=/
  beforeEach(() => settings({ engine: 'signed-cookies', sessionCookieAge: 100 }))

  test('the cookie value is W8 at the catalogue\'s instant', async () => {
    assert.equal(keyOf(await write()), 'eyJrIjoidiJ9:1r31eq:xgjxBd2TUEzku3OSy6dV5r6CxTTzdd8Li37AU-hvZFM')
  })
  test('a tampered or too old value read gives a fresh empty cookie, not a deletion (084)', async () => {
    const cookie = cookieOf(await write())
    assert.match((await server.fixture('session.get', { key: 'k' }, `${cookie}x`)).setCookie[0], E30)
    server.clock.advance(100)
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).body, { found: true, value: 'v' })
    server.clock.advance(1)
    const answer = await server.fixture('session.get', { key: 'k' }, cookie)
    assert.deepEqual(answer.body, { found: false })
    assert.match(answer.setCookie[0], E30)
  })
  test('cycleKey re-signs the same data; clear sets e30; flush deletes (086)', async () => {
    const cookie = cookieOf(await write())
    assert.equal(cookieOf((await server.fixture('session.cycleKey', {}, cookie)).setCookie[0]), cookie)
    assert.match((await server.fixture('session.clear', {}, cookie)).setCookie[0], E30)
    assert.match((await server.fixture('session.flush', {}, cookie)).setCookie[0], /^sessionid=""; expires=Thu, 01 Jan 1970/)
  })
  test('a custom expiry changes only the cookie attributes; the server does not enforce it (085)', async () => {
    const line = (await server.fixture('session.set', { key: '_session_expiry', value: -60 })).setCookie[0]
    assert.match(line, /; Max-Age=-60; /)
    assert.deepEqual((await server.fixture('session.get', { key: '_session_expiry' }, cookieOf(line))).body, { found: true, value: -60 })
  })
})
