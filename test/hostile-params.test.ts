// Control and fixture parameters out of range are refused up front with 422 and one line naming
// the parameter, and leave the server as it was: before, clock.set {"now": 1e308} made every
// signed cookie answer 500 and a sessionCookiePath of "/☃" broke every session write until reset.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { NOW, startTestServer, type TestServer } from './session-http.js'

let server: TestServer
before(async () => { server = await startTestServer({ session: { engine: 'db' } }) })
after(() => server.close())

async function rawPost(path: string, body: string) {
  const res = await fetch(`${server.base}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  return { status: res.status, body: await res.json() as Record<string, unknown> }
}

describe('control parameters', () => {
  const refused: Array<[string, Record<string, unknown>, string]> = [
    ['clock.set', { now: 1e308 }, 'now must be Unix seconds from 0 to 253402300799 (the end of year 9999)'],
    ['clock.set', { now: -1 }, 'now must be Unix seconds from 0 to 253402300799 (the end of year 9999)'],
    ['clock.set', {}, 'now is required (a number)'],
    ['clock.advance', { seconds: 253402300799 }, 'seconds must be small enough to keep the clock at or before 253402300799 (the end of year 9999)'],
    ['settings.set', { sessionCookiePath: '/☃' }, 'sessionCookiePath must be a path that starts with "/", in printable ASCII without ";" or spaces (at most 1024 characters), or "" (no Path attribute)'],
    ['settings.set', { sessionCookiePath: 'shop' }, 'sessionCookiePath must be a path that starts with "/", in printable ASCII without ";" or spaces (at most 1024 characters), or "" (no Path attribute)'],
    ['settings.set', { sessionCookieAge: 0.5 }, 'sessionCookieAge must be a whole number of seconds from 0 to 3153600000 (a century), as SESSION_COOKIE_AGE is an int'],
    ['settings.set', { sessionCookieAge: -5 }, 'sessionCookieAge must be a whole number of seconds from 0 to 3153600000 (a century), as SESSION_COOKIE_AGE is an int'],
    ['settings.set', { sessionCookieDomain: 'a b' }, 'sessionCookieDomain must be printable ASCII without ";" or spaces (at most 253 characters), or null'],
    ['settings.set', { colour: 'blue' }, 'unknown parameter "colour"'],
    ['sessions.plant', { count: 1, expiresIn: 1e300 }, 'expiresIn must be seconds from -3153600000 to 3153600000 (a century either way)'],
    ['reset', { now: 1 }, 'unknown parameter "now"'],
  ]
  for (const [operation, params, reason] of refused) {
    it(`${operation} ${JSON.stringify(params)} is 422: ${reason}`, async () => {
      await server.reset()
      const answer = await server.control(operation, params)
      assert.deepEqual([answer.status, answer.body], [422, { rejected: reason }])
    })
  }

  it('leaves the server as it was after a refusal', async () => {
    await server.reset()
    await server.control('settings.set', { sessionCookiePath: '/☃' })
    await server.control('clock.set', { now: 1e308 })
    assert.deepEqual((await server.control('clock.get', {})).body, { now: NOW })
    const answer = await server.fixture('session.set', { key: 'cart', value: 1 })
    assert.equal(answer.status, 200)
    assert.match(answer.setCookie[0] ?? '', /; Path=\/; /)
  })

  it('takes the values the specification uses', async () => {
    await server.reset()
    assert.equal((await server.control('settings.set', { sessionCookieAge: 1209600, sessionCookiePath: '/shop', sessionCookieDomain: null })).status, 200)
    assert.equal((await server.control('clock.advance', { seconds: 15 * 86400 })).status, 200)
    assert.equal((await server.control('sessions.plant', { count: 2, expiresIn: -3600 })).status, 200)
  })
})

describe('fixture parameters', () => {
  const ends = 'seconds from -253402300799 to 253402300799 (the end of year 9999)'
  const refused: Array<[string, unknown, string]> = [
    ['cookie.set', { name: 'a', value: 'v', maxAge: 1e308 }, `maxAge must be ${ends}`],
    ['cookie.set', { name: 'a', value: 'v', path: `/${'p'.repeat(1024)}` }, 'path must be a path of at most 1024 characters without control characters, or null'],
    ['cookie.set', { name: 'a', value: 'v', domain: 'd'.repeat(254) }, 'domain must be a domain of at most 253 characters without control characters'],
    ['cookie.set', { name: 'n'.repeat(4097), value: 'v' }, 'name must be a string of at most 4096 characters'],
    ['cookie.set', { name: 'a', value: 'v', secure: 'yes' }, 'secure must be a boolean, not a string'],
    ['cookie.delete', { name: 'a', maxAge: 1 }, 'unknown parameter "maxAge"'],
    ['cookie.getSigned', { name: 'a', maxAge: -1e300 }, `maxAge must be ${ends}`],
    ['cookie.sequence', { steps: [{ action: 'set', name: 'a', value: '1' }, { action: 'delete', name: 'a', colour: 'x' }] }, 'unknown parameter "steps[1].colour"'],
    ['cookie.sequence', { steps: [{ action: 'setSigned', name: 'a' }] }, 'steps[0].value is required (a string)'],
    ['cookie.sequence', { steps: [{ name: 'a', value: '1' }] }, 'steps[0].action is required ("set", "delete" or "setSigned")'],
    ['cookie.sequence', { steps: 'all' }, 'steps must be a list, not a string'],
    ['cookie.received', { name: 'a' }, 'unknown parameter "name"'],
    ['session.set', { key: 'k'.repeat(4097), value: 1 }, 'key must be a string of at most 4096 characters'],
    ['session.set', { key: 'a' }, 'value is required (any JSON value)'],
    ['session.update', { values: [1] }, 'values must be a JSON object, not a list'],
    ['session.read', { key: 'a' }, 'unknown parameter "key"'],
    ['session.fail', { status: 700 }, 'status must be an integer from 400 to 599'],
    ['session.fail', { status: 404.5 }, 'status must be an integer from 400 to 599'],
    ['session.setExpiry', { seconds: 0.5 }, 'seconds must be an integer from -253402300799 to 253402300799 (0: until the browser closes)'],
    ['session.setExpiry', { at: '2030-01-01T00:00:00Z'.repeat(4) }, 'at must be ISO 8601 text of at most 64 characters'],
    ['messages.add', { level: 1e10, text: 'hi' }, 'level must be an integer or one of debug, info, success, warning, error'],
    ['messages.add', { level: 20, text: 'hi', colour: 'red' }, 'unknown parameter "colour"'],
    ['messages.addMany', { messages: [{ level: 20, text: 'a' }, { text: 'b' }] }, 'messages[1].level is required (an integer or one of debug, info, success, warning, error)'],
    ['messages.addAndRedirect', { level: 20 }, 'text is required (a string)'],
    ['messages.list', { thenList: true }, 'unknown parameter "thenList"'],
  ]
  for (const [operation, params, reason] of refused) {
    it(`${operation} ${JSON.stringify(params).slice(0, 80)} is 422: ${reason}`, async () => {
      await server.reset()
      const answer = await server.fixture(operation, params)
      assert.deepEqual([answer.status, answer.body, answer.setCookie], [422, { rejected: reason }, []])
    })
  }

  it('null still counts as not given, as Python\'s None', async () => {
    await server.reset()
    const answer = await server.fixture('cookie.set', { name: 'a', value: 'v', maxAge: null, domain: null, secure: null, samesite: null })
    assert.deepEqual([answer.status, answer.setCookie], [200, ['a=v; Path=/']])
  })
})

describe('__proto__ in any operation', () => {
  for (const path of ['fixture/session.set', 'fixture/cookie.set', 'control/settings.set', 'control/clock.set']) {
    it(`${path} refuses it as an unknown parameter`, async () => {
      const answer = await rawPost(path, '{"key":"a","value":1,"name":"n","now":1700000000,"__proto__":{"polluted":true}}')
      assert.deepEqual([answer.status, answer.body], [422, { rejected: 'unknown parameter "__proto__"' }])
      assert.equal(({} as Record<string, unknown>).polluted, undefined)
    })
  }
})

describe('fixture times', () => {
  it('session.setExpiry refuses seconds past the end of year 9999 with 422, not 500', async () => {
    await server.reset()
    const first = await server.fixture('session.set', { key: 'a', value: 1 })
    const cookie = first.setCookie[0]!.split(';')[0]!
    const answer = await server.fixture('session.setExpiry', { seconds: Number.MAX_SAFE_INTEGER }, cookie)
    assert.deepEqual([answer.status, answer.body], [422, { rejected: 'seconds must be an integer from -253402300799 to 253402300799 (0: until the browser closes)' }])
  })
})
