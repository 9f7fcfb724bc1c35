// The session expiry API (catalogue F, 089-099): the arithmetic as pure functions, the session
// object's set_expiry, and what a visitor sees through the middleware. Time is a number; the
// test server's clock stands still and only moves when told.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { createMemoryEngine } from '../reference/sessions/engines/memory.js'
import { expiresAtBrowserClose, expiryAge, expiryDate, formatIsoDateTime, secondsUntil, storedExpiry } from '../reference/sessions/expiry.js'
import { Session } from '../reference/sessions/session.js'
import { parseIsoDuration } from '../reference/pipeline/iso-time.js'
import { cookieOf, keyOf, NOW, startTestServer, type TestServer } from './session-http.js'

const AGE = 1209600
const options = { now: NOW, cookieAge: AGE, expireAtBrowserClose: false }
const newSession = () => new Session(createMemoryEngine(), undefined, options)

describe('expiry arithmetic', () => {
  test('089: no custom expiry, or 0, gives the cookie age', () => {
    assert.deepEqual([expiryAge(undefined, NOW, AGE), expiryAge(null, NOW, AGE), expiryAge(0, NOW, AGE)], [AGE, AGE, AGE])
  })
  test('090: stored seconds are the age as they are, negative ones too (098)', () => {
    assert.deepEqual([expiryAge(300, NOW, AGE), expiryAge(-10, NOW, AGE)], [300, -10])
  })
  test('091: a date gives whole seconds until it, microseconds dropped (days * 86400 + seconds)', () => {
    assert.equal(expiryAge(formatIsoDateTime(NOW + 3600), NOW, AGE), 3600)
    assert.equal(expiryAge(formatIsoDateTime(NOW + 3599.999999), NOW, AGE), 3599)
    assert.equal(expiryAge(formatIsoDateTime(NOW + 2 * 86400 + 0.5), NOW, AGE), 172800)
    // timedelta(seconds=-0.5) is days=-1, seconds=86399: the age rounds down, to -1.
    assert.deepEqual([secondsUntil(NOW - 0.5, NOW), secondsUntil(NOW - 86400.25, NOW)], [-1, -86401])
  })
  test('092, 093: a duration is stored as the ISO date of now + duration', () => {
    assert.equal(storedExpiry({ after: 100 }, NOW), '2023-11-14T22:15:00+00:00')
    assert.equal(storedExpiry({ after: 0.25 }, NOW), '2023-11-14T22:13:20.250000+00:00')
    assert.equal(storedExpiry({ after: -10 }, NOW), '2023-11-14T22:13:10+00:00')
  })
  test('a duration text is read as django.utils.dateparse.parse_duration reads it (values from Django 5.2.17)', () => {
    // [text, timedelta.total_seconds() in Django 5.2.17; undefined where the Django adapter refuses it:
    // parse_duration answers None, or the text does not start with P (parse_duration reads "" as 0)]
    const cases: Array<[string, number | undefined]> = [
      ['PT3600S', 3600], ['PT0,5S', 0.5], ['+PT1S', 1], ['-PT1S', -1], ['P1,25D', 108000], ['P1.5D', 129600],
      ['PT1H30M', 5400], ['P1DT', 86400], ['P', 0], ['PT', 0], ['-P', 0],
      ['PT1.0000005S', 1.000001], ['PT0.0000005S', 0], ['PT0.0000015S', 0.000002], ['PT2.5000005S', 2.500001],
      ['P122DT445M67.4507495S', 10567567.45075], ['-PT55.97H54.5352145S', -201546.535214], ['+PT71.599266175M350S', 4645.95597],
      ['P1W', undefined], ['P1M', undefined], ['PT1S1', undefined], ['T1S', undefined], ['', undefined], ['P1Y', undefined], ['PT1.S', undefined],
    ]
    assert.deepEqual(cases.map(([text]) => [text, parseIsoDuration(text)]), cases)
  })
  test('093: a date is stored as isoformat() of an aware UTC datetime; seconds stay a number', () => {
    assert.equal(storedExpiry({ at: NOW }, 0), '2023-11-14T22:13:20+00:00')
    assert.equal(storedExpiry({ at: NOW + 0.646157 }, 0), '2023-11-14T22:13:20.646157+00:00')
    assert.deepEqual([storedExpiry({ seconds: 300 }, NOW), storedExpiry({ seconds: 0 }, NOW), storedExpiry({ none: true }, NOW)], [300, 0, undefined])
  })
  test('093: a stored date is read back with its offset and microseconds', () => {
    assert.equal(expiryDate('2023-11-14T23:15:00.250000+01:00', NOW, AGE), NOW + 100.25)
    assert.equal(expiryAge('2023-11-14T23:15:00.250000+01:00', NOW, AGE), 100)
  })
  test('096: browser close is the setting without a custom expiry, else exactly a stored 0', () => {
    assert.deepEqual([expiresAtBrowserClose(undefined, true), expiresAtBrowserClose(undefined, false)], [true, false])
    assert.deepEqual([expiresAtBrowserClose(300, true), expiresAtBrowserClose(0, false), expiresAtBrowserClose(formatIsoDateTime(NOW), true)], [false, true, false])
  })
  test('097: the date is a stored date as is, else now + the stored seconds or the cookie age', () => {
    assert.equal(expiryDate(formatIsoDateTime(NOW + 99.5), NOW, AGE), NOW + 99.5)
    assert.deepEqual([expiryDate(300, NOW, AGE), expiryDate(-10, NOW, AGE)], [NOW + 300, NOW - 10])
    assert.deepEqual([expiryDate(undefined, NOW, AGE), expiryDate(0, NOW, AGE)], [NOW + AGE, NOW + AGE])
  })
})

describe('set_expiry on the session object', () => {
  test('094, 095: removing an absent expiry modifies nothing; removing a present one does', async () => {
    const session = newSession()
    await session.setExpiry({ none: true })
    assert.deepEqual([session.accessed, session.modified], [true, false])
    await session.setExpiry({ seconds: 300 })
    assert.equal(session.modified, true)
    session.modified = false
    await session.setExpiry({ none: true })
    assert.deepEqual([await session.has('_session_expiry'), session.modified], [false, true])
  })
  test('095: every other call modifies, even with the value already there', async () => {
    for (const change of [{ seconds: 0 }, { seconds: -10 }, { at: NOW + 60 }, { after: 60 }]) {
      const session = newSession()
      await session.setExpiry(change)
      assert.equal(session.modified, true, JSON.stringify(change))
    }
  })
  test('096, 097: an expiry of 0 ends with the browser, and the server keeps the session the cookie age', async () => {
    const engine = createMemoryEngine()
    const session = new Session(engine, undefined, options)
    await session.set('k', 'v')
    await session.setExpiry({ seconds: 0 })
    await session.save()
    assert.deepEqual([await session.getExpireAtBrowserClose(), await session.getExpiryAge()], [true, AGE])
    assert.equal(await engine.exists?.(session.sessionKey as string, NOW + AGE - 1), true)
    assert.equal(await engine.exists?.(session.sessionKey as string, NOW + AGE), false)
  })
  test('090: every save counts the seconds again from that save', async () => {
    const engine = createMemoryEngine()
    const first = new Session(engine, undefined, options)
    await first.setExpiry({ seconds: 300 })
    await first.save()
    const key = first.sessionKey as string
    const later = new Session(engine, key, { ...options, now: NOW + 200 })
    await later.set('k', 'v')
    await later.save()
    assert.equal(await engine.exists?.(key, NOW + 499), true)
    assert.equal(await engine.exists?.(key, NOW + 500), false)
  })
})

describe('expiry seen by a visitor', () => {
  let server: TestServer
  before(async () => { server = await startTestServer() })
  after(() => server.close())
  beforeEach(() => server.reset())

  const setExpiry = (params: object, cookie?: string) => server.fixture('session.setExpiry', params, cookie)

  test('session.setExpiry answers the three getters after the change', async () => {
    assert.deepEqual((await setExpiry({ seconds: 300 })).body, { expiryAge: 300, expiryDate: NOW + 300, expireAtBrowserClose: false })
    assert.deepEqual((await setExpiry({ seconds: 0 })).body, { expiryAge: AGE, expiryDate: NOW + AGE, expireAtBrowserClose: true })
    assert.deepEqual((await setExpiry({ at: '2023-11-14T23:13:20.500Z' })).body, { expiryAge: 3600, expiryDate: NOW + 3600.5, expireAtBrowserClose: false })
    assert.deepEqual((await setExpiry({ duration: 'PT3600S' })).body, { expiryAge: 3600, expiryDate: NOW + 3600, expireAtBrowserClose: false })
    assert.deepEqual((await setExpiry({ none: true })).body, { expiryAge: AGE, expiryDate: NOW + AGE, expireAtBrowserClose: false })
  })
  test('the parameters are exactly one of seconds, at, duration, none', async () => {
    const cases: Array<[object, string]> = [
      [{}, 'give exactly one of seconds, at, duration, none'],
      [{ seconds: 1, duration: 'PT1S' }, 'give exactly one of seconds, at, duration, none'],
      [{ seconds: 1.5 }, 'seconds must be an integer from -253402300799 to 253402300799 (0: until the browser closes)'],
      [{ at: 'tomorrow' }, 'at must be an ISO 8601 date-time in UTC such as 2030-01-01T00:00:00Z'],
      [{ duration: 'P1M' }, 'duration must be an ISO 8601 duration such as PT3600S'],
      [{ none: false }, 'none must be true (set_expiry(None))'],
      [{ seconds: 1, later: true }, 'unknown parameter "later"'],
    ]
    for (const [params, rejected] of cases) {
      const answer = await setExpiry(params)
      assert.deepEqual([answer.status, answer.body, answer.setCookie], [422, { rejected }, []], JSON.stringify(params))
    }
  })
  test('090, 095: the session cookie carries the custom age', async () => {
    const [line] = (await setExpiry({ seconds: 300 })).setCookie
    assert.match(line, /; Max-Age=300; /)
  })
  test('098: a negative age is emitted literally, and the session is already gone on the server', async () => {
    const [line] = (await setExpiry({ seconds: -10 })).setCookie
    assert.match(line, /expires=Tue, 14 Nov 2023 22:13:10 GMT; .*Max-Age=-10; /)
    assert.deepEqual((await server.control('sessions.exists', { sessionKey: keyOf(line) })).body, { exists: false })
  })
  test('096: an expiry of 0 gives a cookie without Max-Age or expires', async () => {
    const [line] = (await setExpiry({ seconds: 0 })).setCookie
    assert.doesNotMatch(line, /Max-Age|expires/)
  })
  test('094: removing an absent expiry changes nothing, so nothing is saved or sent', async () => {
    const answer = await setExpiry({ none: true })
    assert.deepEqual([answer.setCookie, answer.vary], [[], 'Cookie'])
  })
  test('055, 099: reading does not extend a session; past its age it reads as empty and the cookie is deleted', async () => {
    const cookie = cookieOf((await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie[0])
    server.clock.advance(AGE - 1)
    assert.deepEqual((await server.fixture('session.expiry', {}, cookie)).setCookie, [])
    server.clock.advance(1)
    const answer = await server.fixture('session.get', { key: 'k' }, cookie)
    assert.deepEqual(answer.body, { found: false })
    assert.match(answer.setCookie[0], /^sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; /)
  })
  test('081, 099: an expired file session is replaced by a new key at once', async () => {
    await server.control('settings.set', { engine: 'file' })
    const line = (await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie[0]
    server.clock.advance(AGE)
    const answer = await server.fixture('session.get', { key: 'k' }, cookieOf(line))
    assert.deepEqual(answer.body, { found: false })
    assert.notEqual(keyOf(answer.setCookie[0]), keyOf(line))
    assert.match(answer.setCookie[0], /^sessionid=[a-z0-9]{32}; /)
  })
  test('085: signed cookies keep a session past its custom expiry until the cookie age', async () => {
    await server.control('settings.set', { engine: 'signed-cookies' })
    const stored = cookieOf((await server.fixture('session.set', { key: 'k', value: 'v' })).setCookie[0])
    const line = (await setExpiry({ seconds: 300 }, stored)).setCookie[0]
    assert.match(line, /; Max-Age=300; /)
    server.clock.advance(3600)
    assert.deepEqual((await server.fixture('session.get', { key: 'k' }, cookieOf(line))).body, { found: true, value: 'v' })
  })
})
