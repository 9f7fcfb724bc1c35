// The storage-independent parts: the session object's flags and keys, and Vary merging
// (catalogue C, D); expiry is in session-expiry.test.ts.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { createMemoryEngine } from '../reference/sessions/engines/memory.js'
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
})

describe('Vary merging (040, patch_vary_headers)', () => {
  test('adds Cookie once, keeps what is there, collapses to *', () => {
    assert.equal(patchVary(undefined, ['Cookie']), 'Cookie')
    assert.equal(patchVary('Accept-Encoding', ['Cookie']), 'Accept-Encoding, Cookie')
    assert.equal(patchVary('Accept-Encoding,cookie', ['Cookie']), 'Accept-Encoding, cookie')
    assert.equal(patchVary('Accept-Language, *', ['Cookie']), '*')
  })
})
