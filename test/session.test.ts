// The storage-independent parts: the session object's flags and keys, expiry arithmetic,
// and Vary merging (catalogue C, D, F).
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { createMemoryEngine } from '../reference/sessions/engines/memory.js'
import { expiresAtBrowserClose, expiryAge, expiryDate, formatIsoDateTime, storedExpiry } from '../reference/sessions/expiry.js'
import { Session } from '../reference/sessions/session.js'
import { patchVary } from '../reference/sessions/vary.js'

const NOW = 1700000000
const AGE = 1209600
const options = { now: NOW, cookieAge: AGE, expireAtBrowserClose: false }

async function savedSession(engine: ServerSideEngine): Promise<string> {
  const session = new Session(engine, undefined, options)
  await session.set('k', 'v')
  await session.save()
  return session.sessionKey as string
}

describe('the session object', () => {
  test('reading the key is not an access (164); reads access without modifying (165)', async () => {
    const engine = createMemoryEngine()
    const session = new Session(engine, await savedSession(engine), options)
    assert.equal(session.sessionKey?.length, 32)
    assert.equal(session.accessed, false)
    assert.deepEqual(await session.items(), [['k', 'v']])
    assert.deepEqual([session.accessed, session.modified], [true, false])
  })
  test('an unknown key is forgotten on load and no record is created (062)', async () => {
    const engine = createMemoryEngine()
    const session = new Session(engine, 'abcdefgh12345678', options)
    assert.equal(session.isEmpty(), false, 'not loaded yet: the key counts')
    assert.equal(await session.get('k'), undefined)
    assert.deepEqual([session.sessionKey, session.isEmpty(), await engine.count?.(NOW)], [null, true, 0])
  })
  test('a key drawn twice is drawn again (061)', async () => {
    const engine = createMemoryEngine()
    const create = engine.create
    let refused = 0
    engine.create = async (key, record, now) => (refused++ < 3 ? false : create(key, record, now))
    const session = new Session(engine, undefined, options)
    await session.save()
    assert.deepEqual([refused, await engine.count?.(NOW)], [4, 1])
  })
  test('save keeps the data in memory (170); flush forgets key and data (047)', async () => {
    const engine = createMemoryEngine()
    const session = new Session(engine, await savedSession(engine), options)
    await session.set('x', 1)
    await session.save()
    assert.deepEqual(await session.items(), [['k', 'v'], ['x', 1]])
    await session.flush()
    assert.deepEqual([session.sessionKey, session.isEmpty(), await engine.count?.(NOW)], [null, true, 0])
  })
  test('setExpiry stores seconds, dates and durations; none removes it, modifying only if present (093-095)', async () => {
    const session = new Session(createMemoryEngine(), undefined, options)
    await session.setExpiry({ none: true })
    assert.equal(session.modified, false)
    await session.setExpiry({ after: 100 })
    assert.deepEqual([await session.get('_session_expiry'), await session.getExpiryAge()], ['2023-11-14T22:15:00+00:00', 100])
    await session.setExpiry({ seconds: 0 })
    assert.deepEqual([await session.getExpireAtBrowserClose(), await session.getExpiryAge()], [true, AGE])
    await session.setExpiry({ none: true })
    assert.deepEqual([await session.has('_session_expiry'), session.modified], [false, true])
  })
})

describe('expiry arithmetic (089-097)', () => {
  test('the age: the cookie age without a custom value or with 0, else the seconds, else whole seconds to the date', () => {
    assert.equal(expiryAge(undefined, NOW, AGE), AGE)
    assert.equal(expiryAge(0, NOW, AGE), AGE)
    assert.equal(expiryAge(-10, NOW, AGE), -10)
    assert.equal(expiryAge(formatIsoDateTime(NOW + 99.5), NOW, AGE), 99)
    assert.equal(expiryAge(formatIsoDateTime(NOW - 0.5), NOW, AGE), -1)
  })
  test('the date: a stored date as is, else now + seconds or the cookie age', () => {
    assert.equal(expiryDate('2023-11-14T22:15:00.250000+00:00', NOW, AGE), NOW + 100.25)
    assert.equal(expiryDate(300, NOW, AGE), NOW + 300)
    assert.equal(expiryDate(undefined, NOW, AGE), NOW + AGE)
  })
  test('browser close: the setting without a custom value, else exactly when it is 0 (096)', () => {
    assert.deepEqual([expiresAtBrowserClose(undefined, true), expiresAtBrowserClose(300, true), expiresAtBrowserClose(0, false)], [true, false, true])
  })
  test('dates are stored as Python\'s isoformat of an aware UTC datetime (093)', () => {
    assert.equal(formatIsoDateTime(NOW), '2023-11-14T22:13:20+00:00')
    assert.equal(formatIsoDateTime(NOW + 0.646157), '2023-11-14T22:13:20.646157+00:00')
    assert.equal(storedExpiry({ at: NOW }, 0), '2023-11-14T22:13:20+00:00')
  })
})

describe('Vary merging (040, patch_vary_headers)', () => {
  test('adds Cookie once, keeps what is there, collapses to *', () => {
    assert.equal(patchVary(undefined, ['Cookie']), 'Cookie')
    assert.equal(patchVary('Accept-Encoding', ['Cookie']), 'Accept-Encoding, Cookie')
    assert.equal(patchVary('Accept-Encoding,cookie', ['Cookie']), 'Accept-Encoding, cookie')
    assert.equal(patchVary('Accept-Language, *', ['Cookie']), '*')
  })
})
