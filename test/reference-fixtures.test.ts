import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { ControllableClock } from '../reference/clock.js'
import { startServer, type RunningServer } from '../reference/server.js'

const NOW = 1700000000 // Tue, 14 Nov 2023 22:13:20 GMT
const SECRET = 'django-insecure-conformance-key'
const W6 = 'blue:1r31eq:db57IL4kPg9KyPTVx4AtfAKG43Uo0RurOvsUCtmbz2o' // legacy salt (Django <= 5.2.16), still read
// What Django 5.2.17's set_signed_cookie writes for the same key and time (the v2 salt), captured from it.
const W6_V2 = 'blue:1r31eq:vHQGOovRt4HMT6fazRTom4CluyE0mu1qa5Qh7bD__bY'
const W7_V2 = 'blue:1r31eq:n88288G2dUkcTWbXCI-XgdRL-507tr7V1bZuDn1ciCA'

interface Answer { status: number; body: Record<string, unknown>; setCookie: string[] }

async function post(server: RunningServer, path: string, params: unknown = {}, cookie?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (cookie !== undefined) headers.cookie = cookie
  const res = await fetch(`${server.url}/__sessionspec/${path}`, { method: 'POST', headers, body: JSON.stringify(params) })
  return { status: res.status, body: await res.json() as Record<string, unknown>, setCookie: res.headers.getSetCookie() }
}

async function startFrozen(enableControl: boolean): Promise<{ server: RunningServer; clock: ControllableClock }> {
  const clock = new ControllableClock()
  clock.set(NOW)
  return { server: await startServer({ secretKey: SECRET, enableControl, clock }, { port: 0 }), clock }
}

describe('fixture API over HTTP', () => {
  let server: RunningServer
  before(async () => { ({ server } = await startFrozen(false)) })
  after(() => server.close())
  const fixture = (operation: string, params?: unknown, cookie?: string) => post(server, `fixture/${operation}`, params, cookie)

  test('identity answer lists the fixture operations only', async () => {
    const body = await (await fetch(`${server.url}/__sessionspec/`)).json() as { sessionspec: number; server: string; operations: string[] }
    assert.deepEqual([body.sessionspec, body.server], [1, 'sessionspec-reference'])
    assert.deepEqual(body.operations.slice(0, 6), ['cookie.set', 'cookie.delete', 'cookie.setSigned', 'cookie.getSigned', 'cookie.sequence', 'cookie.received'])
    assert.ok(body.operations.includes('session.set'))
    assert.ok(!body.operations.some((op) => op.startsWith('clock.') || op === 'reset' || op.startsWith('settings.')), 'no control operation without control')
  })
  test('the home page says what the server is', async () => {
    const res = await fetch(`${server.url}/`)
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/)
    assert.match(await res.text(), /sessionspec reference server/)
  })
  test('cookie.set emits the attributes in Django order (001)', async () => {
    const answer = await fixture('cookie.set', {
      name: 'a', value: 'b', maxAge: 10, domain: 'example.com', httponly: true, path: '/p/', samesite: 'Strict', secure: true,
    })
    assert.deepEqual(answer, { status: 200, body: { set: 'a' }, setCookie: [
      'a=b; Domain=example.com; expires=Tue, 14 Nov 2023 22:13:30 GMT; HttpOnly; Max-Age=10; Path=/p/; SameSite=Strict; Secure',
    ] })
  })
  test('cookie.set takes an ISO duration (006) and a datetime (008)', async () => {
    assert.deepEqual((await fixture('cookie.set', { name: 'a', value: 'b', maxAgeDuration: 'PT1H' })).setCookie,
      ['a=b; expires=Tue, 14 Nov 2023 23:13:20 GMT; Max-Age=3600; Path=/'])
    assert.deepEqual((await fixture('cookie.set', { name: 'a', value: 'b', expiresAt: '2023-11-14T22:14:20Z', path: null })).setCookie,
      ['a=b; expires=Tue, 14 Nov 2023 22:14:21 GMT; Max-Age=61'])
  })
  test('cookie.delete emits the deletion format (017, 018)', async () => {
    assert.deepEqual(await fixture('cookie.delete', { name: 'a', samesite: 'none' }), {
      status: 200, body: { deleted: 'a' },
      setCookie: ['a=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=none; Secure'],
    })
  })
  test('cookie.setSigned writes what Django 5.2.17 writes (v2 salt)', async () => {
    assert.deepEqual((await fixture('cookie.setSigned', { name: 'color', value: 'blue' })).setCookie, [`color=${W6_V2}; Path=/`])
    assert.deepEqual((await fixture('cookie.setSigned', { name: 'color', value: 'blue', salt: 'extra' })).setCookie,
      [`color=${W7_V2}; Path=/`])
  })
  test('cookie.getSigned: found, missing, bad signature, expired (029-031)', async () => {
    const get = async (params: object, cookie?: string) => (await fixture('cookie.getSigned', params, cookie)).body
    assert.deepEqual(await get({ name: 'color' }, `color=${W6}`), { found: true, value: 'blue' })
    assert.deepEqual(await get({ name: 'color' }), { found: false, reason: 'missing' })
    assert.deepEqual(await get({ name: 'color' }, `color=${W6.replace('blue', 'red')}`), { found: false, reason: 'bad-signature' })
    assert.deepEqual(await get({ name: 'color', salt: 'extra' }, `color=${W6}`), { found: false, reason: 'bad-signature' })
    assert.deepEqual(await get({ name: 'color', maxAge: 0 }, `color=${W6}`), { found: true, value: 'blue' })
    assert.deepEqual(await get({ name: 'color', maxAge: -1 }, `color=${W6}`), { found: false, reason: 'expired' })
  })
  test('cookie.sequence acts on one response (016)', async () => {
    const steps = [{ action: 'delete', name: 'c' }, { action: 'set', name: 'c', value: 'new' }, { action: 'setSigned', name: 'color', value: 'blue' }]
    assert.deepEqual(await fixture('cookie.sequence', { steps }), {
      status: 200, body: { applied: 3 }, setCookie: ['c=new; Max-Age=0; Path=/', `color=${W6_V2}; Path=/`],
    })
  })
  test('cookie.received returns the server parse, first position and last value', async () => {
    const answer = await fixture('cookie.received', {}, 'a=1; __proto__=x; a="x\\073y"; novalue')
    assert.deepEqual(answer.body, { cookies: [{ name: 'a', value: 'x;y' }, { name: '__proto__', value: 'x' }, { name: '', value: 'novalue' }] })
  })
  test('rejections answer 422 and set no cookie', async () => {
    const cases: Array<[unknown, string | RegExp]> = [
      [{ name: 'a=b; Max-Age=999; x', value: 'v' }, /^Illegal key/],
      [{ name: 'a', value: 'v', path: '/; Domain=evil.test' }, /contains ";"/],
      [{ name: 'a', value: 'v', domain: 'example.com\r\nX: y' }, /control character/],
      [{ name: 'a', value: 'v', samesite: 'Relaxed' }, 'samesite must be "lax", "none", or "strict".'],
      [{ name: 'a', value: 'v', expiresAt: '2030-01-01T00:00:00Z', maxAge: 5 }, "'expires' and 'max_age' can't be used together."],
      [{ name: 'a', value: 'v', maxAge: '10' }, 'maxAge must be a number, not a string'],
      [{ name: 'a' }, 'value is required (a string)'],
      [{ name: 'a', value: 'v', maxage: 1 }, 'unknown parameter "maxage"'],
      [{ name: 'a', value: 'v', maxAgeDuration: 'P1M' }, /^maxAgeDuration must be an ISO 8601 duration/],
      [{ name: 'a', value: 'v', maxAge: 1, maxAgeDuration: 'PT1S' }, 'give maxAge or maxAgeDuration, not both'],
      [{ name: 'a', value: '清風' }, /above U\+00FF/],
      [[1], 'the request body must be a JSON object, not a list'],
    ]
    for (const [params, reason] of cases) {
      const answer = await fixture('cookie.set', params)
      assert.equal(answer.status, 422, JSON.stringify(params))
      assert.deepEqual(answer.setCookie, [])
      if (typeof reason === 'string') assert.equal(answer.body.rejected, reason)
      else assert.match(String(answer.body.rejected), reason)
    }
  })
  test('a rejected step rejects the whole sequence', async () => {
    const steps = [{ action: 'set', name: 'ok', value: '1' }, { action: 'set', name: 'bad name', value: '2' }]
    assert.deepEqual(await fixture('cookie.sequence', { steps }), {
      status: 422, body: { rejected: 'Illegal key "bad name"' }, setCookie: [],
    })
    const answer = await fixture('cookie.sequence', { steps: [{ action: 'jump' }] })
    assert.equal(answer.body.rejected, 'steps[0].action must be "set", "delete" or "setSigned"')
  })
  test('an unknown operation answers 404', async () => {
    assert.deepEqual(await fixture('cookie.eat'), { status: 404, body: { error: 'unknown operation "cookie.eat"' }, setCookie: [] })
  })
  test('the control API is 404 when control is disabled', async () => {
    assert.equal((await post(server, 'control/clock.get')).status, 404)
  })
})

describe('control API over HTTP', () => {
  let server: RunningServer
  let clock: ControllableClock
  before(async () => { ({ server, clock } = await startFrozen(true)) })
  after(() => server.close())
  const control = (operation: string, params?: unknown) => post(server, `control/${operation}`, params)

  test('clock.get, clock.set and clock.advance', async () => {
    assert.deepEqual((await control('clock.get')).body, { now: NOW })
    assert.deepEqual((await control('clock.advance', { seconds: 10.5 })).body, { now: NOW + 10.5 })
    assert.deepEqual((await control('clock.set', { now: NOW + 100 })).body, { now: NOW + 100 })
  })
  test('the moved clock dates cookies and signatures', async () => {
    const answer = await post(server, 'fixture/cookie.setSigned', { name: 'color', value: 'blue', maxAge: 1 })
    assert.match(answer.setCookie[0], /^color=blue:1r31gS:[\w-]{43}; expires=Tue, 14 Nov 2023 22:15:01 GMT; Max-Age=1; Path=\/$/)
  })
  test('invalid clock parameters answer 422', async () => {
    assert.deepEqual(await control('clock.advance', { seconds: -1 }), {
      status: 422, body: { rejected: 'seconds must be a number from 0 to 253402300799' }, setCookie: [],
    })
    assert.equal((await control('clock.set', {})).status, 422)
    assert.deepEqual((await control('clock.get')).body, { now: NOW + 100 })
  })
  test('reset makes the clock follow real time again', async () => {
    assert.deepEqual((await control('reset')).body, { reset: true })
    assert.equal(clock.isFrozen(), false)
  })
  test('identity lists the control operations', async () => {
    const body = await (await fetch(`${server.url}/__sessionspec`)).json() as { operations: string[] }
    assert.deepEqual(body.operations.slice(-4), ['clock.get', 'clock.set', 'clock.advance', 'reset'])
  })
  test('an unknown control operation answers 404', async () => {
    assert.equal((await control('clock.stop')).status, 404)
  })
})

describe('ControllableClock', () => {
  test('advance freezes a following clock at now + seconds', () => {
    const clock = new ControllableClock()
    assert.equal(clock.isFrozen(), false)
    clock.advance(60)
    assert.equal(clock.isFrozen(), true)
    const frozen = clock.now()
    clock.advance(1)
    assert.equal(clock.now(), frozen + 1)
    clock.reset()
    assert.equal(clock.isFrozen(), false)
  })
})
