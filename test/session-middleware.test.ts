// The session middleware over HTTP (catalogue C, 036-058), on the memory engine and a frozen clock.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { StoreUnavailable, type ServerSideEngine } from '../reference/sessions/engine.js'
import { cookieOf, keyOf, startTestServer, type TestServer } from './session-http.js'
import { causeId } from '../reference/server-log.js'

const KEY = /^[a-z0-9]{32}$/
const EPOCH = 'expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0'
const DELETION = `sessionid=""; ${EPOCH}; Path=/; SameSite=Lax`
const UNKNOWN = 'sessionid=abcdefgh12345678abcdefgh12345678'

let server: TestServer
before(async () => { server = await startTestServer() })
after(() => server.close())
beforeEach(() => server.reset())

/** A visitor holding a saved session {k: "v"}; returns the cookie they send back. */
async function visitor(): Promise<string> {
  return cookieOf((await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie[0])
}

const settings = (change: object) => server.control('settings.set', change)

describe('the session cookie (037, 038, 057, 058, 061)', () => {
  test('a first write sets a new 32-character key with Django\'s attributes, and Vary: Cookie', async () => {
    const answer = await server.fixture('session.set', { key: 'k', value: 'v' })
    assert.equal(answer.setCookie.length, 1)
    assert.match(keyOf(answer.setCookie[0]), KEY)
    assert.equal(answer.setCookie[0], `sessionid=${keyOf(answer.setCookie[0])}; expires=Tue, 28 Nov 2023 22:13:20 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax`)
    assert.equal(answer.vary, 'Cookie')
  })
  test('attributes map 1:1 from the settings', async () => {
    await settings({ sessionCookieName: 'mysess', sessionCookieDomain: '.example.com', sessionCookieAge: 3600, sessionCookiePath: '/app/', sessionCookieSameSite: 'Strict', sessionCookieSecure: true, sessionCookieHttpOnly: false })
    const [line] = (await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie
    assert.equal(line, `mysess=${keyOf(line)}; Domain=.example.com; expires=Tue, 14 Nov 2023 23:13:20 GMT; Max-Age=3600; Path=/app/; SameSite=Strict; Secure`)
  })
  test('SameSite false leaves the attribute out', async () => {
    await settings({ sessionCookieSameSite: false })
    const [line] = (await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie
    assert.doesNotMatch(line, /SameSite/)
  })
  test('SESSION_EXPIRE_AT_BROWSER_CLOSE: no expires, no Max-Age (057)', async () => {
    await settings({ sessionExpireAtBrowserClose: true })
    const [line] = (await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie
    assert.equal(line, `sessionid=${keyOf(line)}; HttpOnly; Path=/; SameSite=Lax`)
  })
  test('a custom age beats the browser-close setting; a custom 0 means browser close (058)', async () => {
    await settings({ sessionExpireAtBrowserClose: true })
    const [persistent] = (await server.fixture('session.set', { key: '_session_expiry', value: 300 })).setCookie
    assert.match(persistent, /; expires=Tue, 14 Nov 2023 22:18:20 GMT; HttpOnly; Max-Age=300; /)
    await settings({ sessionExpireAtBrowserClose: false })
    const [browser] = (await server.fixture('session.set', { key: '_session_expiry', value: 0 })).setCookie
    assert.equal(browser, `sessionid=${keyOf(browser)}; HttpOnly; Path=/; SameSite=Lax`)
  })
})

describe('reads, writes and untouched sessions (040-043, 052)', () => {
  test('reading sends Vary: Cookie and no Set-Cookie (041)', async () => {
    const cookie = await visitor()
    const answer = await server.fixture('session.get', { key: 'k' }, cookie)
    assert.deepEqual([answer.body, answer.setCookie, answer.vary], [{ found: true, value: 'v' }, [], 'Cookie'])
  })
  test('writing the same value re-issues the cookie with a fresh expiry (042)', async () => {
    const cookie = await visitor()
    server.clock.advance(100)
    const answer = await server.fixture('session.set', { key: 'k', value: 'v' }, cookie)
    assert.equal(answer.setCookie[0], `${cookie}; expires=Tue, 28 Nov 2023 22:15:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax`)
  })
  test('an untouched session sends no session header at all (043)', async () => {
    const cookie = await visitor()
    for (const sent of [cookie, UNKNOWN, undefined]) {
      const answer = await server.fixture('session.ignore', {}, sent)
      assert.deepEqual([answer.setCookie, answer.vary], [[], null], String(sent))
    }
  })
  test('pop of a missing key and setdefault of a present one modify nothing (052)', async () => {
    const cookie = await visitor()
    for (const [operation, params] of [['session.pop', { key: 'x' }], ['session.setdefault', { key: 'k', value: 'w' }]] as const) {
      const answer = await server.fixture(operation, params, cookie)
      assert.deepEqual([answer.setCookie, answer.vary], [[], 'Cookie'], operation)
    }
  })
  test('update always modifies (166); a delete of a missing key does not', async () => {
    const cookie = await visitor()
    assert.equal((await server.fixture('session.update', { values: {} }, cookie)).setCookie.length, 1)
    assert.deepEqual((await server.fixture('session.delete', { key: 'x' }, cookie)).setCookie, [])
  })
})

describe('deleting the cookie (044-047)', () => {
  test('flush with a cookie: the deletion format, Vary, and a dead key (044, 047)', async () => {
    const cookie = await visitor()
    const answer = await server.fixture('session.flush', {}, cookie)
    assert.deepEqual([answer.setCookie, answer.vary], [[DELETION], 'Cookie'])
    assert.deepEqual((await server.control('sessions.exists', { sessionKey: keyOf(cookie) })).body, { exists: false })
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).setCookie, [DELETION])
  })
  test('flush without a cookie: only Vary (047)', async () => {
    const answer = await server.fixture('session.flush', {})
    assert.deepEqual([answer.setCookie, answer.vary], [[], 'Cookie'])
  })
  test('the deletion uses path, domain and SameSite, never HttpOnly, Secure only for SameSite=None (044)', async () => {
    const cookie = await visitor()
    await settings({ sessionCookieDomain: '.example.com', sessionCookiePath: '/', sessionCookieSecure: true })
    assert.deepEqual((await server.fixture('session.flush', {}, cookie)).setCookie,
      [`sessionid=""; Domain=.example.com; ${EPOCH}; Path=/; SameSite=Lax`])
    await settings({ sessionCookieSameSite: 'None' })
    assert.deepEqual((await server.fixture('session.flush', {}, cookie)).setCookie,
      [`sessionid=""; Domain=.example.com; ${EPOCH}; Path=/; SameSite=None; Secure`])
  })
  test('a key shorter than 8 characters, or empty, is deleted on every response (045)', async () => {
    for (const cookie of ['sessionid=abc1234', 'sessionid=']) {
      const answer = await server.fixture('session.ignore', {}, cookie)
      assert.deepEqual([answer.setCookie, answer.vary], [[DELETION], 'Cookie'], cookie)
    }
  })
  test('an unknown key: read → deletion; written → a new key, never the presented one (046, 062)', async () => {
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, UNKNOWN)).setCookie, [DELETION])
    assert.deepEqual((await server.control('sessions.count')).body, { count: 0 })
    const [line] = (await server.fixture('session.set', { key: 'k', value: 'v' }, UNKNOWN)).setCookie
    assert.match(keyOf(line), KEY)
    assert.notEqual(cookieOf(line), UNKNOWN)
    assert.deepEqual((await server.control('sessions.exists', { sessionKey: keyOf(UNKNOWN) })).body, { exists: false })
  })
})

describe('clear, cycle_key, save, markModified (048-051)', () => {
  test('clear keeps the key and stores {} (048)', async () => {
    const cookie = await visitor()
    const answer = await server.fixture('session.clear', {}, cookie)
    assert.equal(cookieOf(answer.setCookie[0]), cookie)
    const read = await server.fixture('session.read', {}, cookie)
    assert.deepEqual([read.body, read.setCookie], [{ data: {} }, []])
  })
  test('cycleKey moves the data to a new key and kills the old one (049)', async () => {
    const cookie = await visitor()
    const [line] = (await server.fixture('session.cycleKey', {}, cookie)).setCookie
    assert.notEqual(cookieOf(line), cookie)
    assert.deepEqual((await server.fixture('session.read', {}, cookieOf(line))).body, { data: { k: 'v' } })
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookie)).setCookie, [DELETION])
    assert.deepEqual((await server.control('sessions.count')).body, { count: 1 })
  })
  test('cycleKey for a new visitor creates an empty session with a cookie (049)', async () => {
    const [line] = (await server.fixture('session.cycleKey', {})).setCookie
    assert.deepEqual((await server.fixture('session.info', {}, cookieOf(line))).body, { sessionKey: keyOf(line), exists: true, empty: true })
  })
  test('an explicit save of an empty keyless session creates it (050)', async () => {
    const answer = await server.fixture('session.save', {})
    assert.match(keyOf(answer.setCookie[0]), KEY)
    assert.deepEqual((await server.control('sessions.count')).body, { count: 1 })
  })
  test('markModified alone on a keyless session sets nothing (051)', async () => {
    const answer = await server.fixture('session.markModified', {})
    assert.deepEqual([answer.setCookie, answer.vary], [[], null])
  })
})

describe('error responses (053, 054) and unreachable stores', () => {
  test('no save and no Set-Cookie for 5xx; Vary still; 4xx save (053)', async () => {
    for (const status of [500, 503, 599]) {
      const answer = await server.fixture('session.fail', { status, key: 'k', value: 'v' })
      assert.deepEqual([answer.status, answer.body, answer.setCookie, answer.vary], [status, { failed: status }, [], 'Cookie'])
    }
    assert.deepEqual((await server.control('sessions.count')).body, { count: 0 })
    const answer = await server.fixture('session.fail', { status: 404, key: 'k', value: 'v' })
    assert.deepEqual([answer.status, answer.setCookie.length], [404, 1])
  })
  test('the deletion of a short key still happens on a 5xx (044 comes before 053)', async () => {
    assert.deepEqual((await server.fixture('session.fail', { status: 500 }, 'sessionid=abc')).setCookie, [DELETION])
  })
  test('a session deleted meanwhile answers 400 with Django\'s message, kind SessionInterrupted, no cookie (054)', async () => {
    const cookie = await visitor()
    const engine = await server.reference.sessions.engine() as ServerSideEngine
    const load = engine.load
    // A concurrent logout between this request's load and its save.
    engine.load = async (key, now) => {
      const data = await load(key, now)
      await engine.delete(key)
      return data
    }
    try {
      const answer = await server.fixture('session.set', { key: 'k', value: 'w' }, cookie)
      assert.deepEqual([answer.status, answer.setCookie], [400, []])
      assert.deepEqual(answer.body, {
        error: "The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.",
        kind: 'SessionInterrupted',
      })
    } finally {
      engine.load = load
    }
  })
  test('a store that cannot be reached answers 503 in general words and an id, and sets no cookie', async () => {
    const engine = await server.reference.sessions.engine() as ServerSideEngine
    const create = engine.create
    engine.create = async () => { throw new StoreUnavailable('Redis is not reachable at redis://127.0.0.1:6379/0 (connection refused)') }
    const written: string[] = []
    const write = process.stderr.write
    process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write
    try {
      const answer = await server.fixture('session.set', { key: 'k', value: 'v' })
      const id = causeId('503 Redis is not reachable at redis://127.0.0.1:6379/0 (connection refused)')
      assert.deepEqual([answer.status, answer.body, answer.setCookie], [503, { error: 'the session store is not reachable', id }, []])
      // The address is for the operator: in the server log, once per cause, not in the answer.
      assert.deepEqual(written.filter((line) => line.includes(id)).slice(0, 1), [`sessionspec-reference: [${id}] 503 Redis is not reachable at redis://127.0.0.1:6379/0 (connection refused)\n`])
    } finally {
      process.stderr.write = write
      engine.create = create
    }
  })
})

describe('SESSION_SAVE_EVERY_REQUEST (055, 056, 190)', () => {
  test('an untouched session is re-saved with a fresh cookie, which varies on Cookie (055, 190)', async () => {
    const cookie = await visitor()
    await settings({ sessionSaveEveryRequest: true })
    server.clock.advance(60)
    const answer = await server.fixture('session.ignore', {}, cookie)
    assert.deepEqual([answer.setCookie, answer.vary], [[`${cookie}; expires=Tue, 28 Nov 2023 22:14:20 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax`], 'Cookie'])
    assert.deepEqual((await server.fixture('session.ignore', {})).setCookie, [], 'keyless visitors get nothing')
  })
  test('an unknown key gets a new empty session and no deletion; the new cookie varies on Cookie (056, 190)', async () => {
    await settings({ sessionSaveEveryRequest: true })
    const answer = await server.fixture('session.ignore', {}, UNKNOWN)
    assert.match(keyOf(answer.setCookie[0]), KEY)
    assert.equal(answer.vary, 'Cookie')
  })
})
