// The one behavioural suite every server-side session engine passes: this project's
// SessionTestsMixin (docs/catalogue.md sections C-E, G). Time is a number passed in; nothing sleeps.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { SessionInterrupted, type ServerSideEngine, type SessionData, type SessionRecord } from '../reference/sessions/engine.js'
import { EXPIRY_KEY } from '../reference/sessions/expiry.js'
import { newSessionKey } from '../reference/sessions/session-keys.js'

export interface EngineContractOptions {
  /** Seconds from a save to expiry for every record here; a file engine must be made with this cookie age. */
  lifetime: number
  /** What clearExpired() removes: expiresAt < now (db, 101), whatever load finds expired (file, 104), or nothing (cache, 102). */
  purge: 'strict' | 'expired' | 'none'
  /** 070: the longest key the store holds (db: 40); longer keys read as absent. */
  maxKeyLength?: number
  /** Set when the store cannot be reached: the suite is skipped with this reason, or fails when CI=true. */
  unavailable?: string
}

const T = 1_700_000_000

/** Unicode (escaped by Python's JSON), an astral character, a lone surrogate, nesting, an integer-like key, insertion order. */
export function sampleData(): SessionData {
  return new Map<string, unknown>([
    ['zeta', 1],
    ['text', 'café 😀 <&>/ \ud800 "quoted" \\ \n'],
    ['nested', { list: [1, 2.5, null, true, 'x', { deep: [] }], b: 1, a: 2 }],
    ['10', 'an integer-like key keeps its place'],
    ['alpha', ''],
  ])
}

/** Pairs, so that a reordering fails too (deepEqual on Maps ignores order). */
const entriesOf = (data: SessionData | undefined) => (data === undefined ? undefined : [...data])

/** A key no store rejects for its characters (061). */
const newKey = newSessionKey

const ODD_KEYS = [
  "' OR '1'='1' --", 'space and \r\n newline', 'null\0byte12345', 'ключ-сессии-12345', '../../../etc/passwd',
  'a\\b\\c\\d\\e\\f', '*?[glob]*', 'lone\ud800surrogate', '%27%20OR%201%3D1', 'k'.repeat(300), '😀'.repeat(30),
]

function failingStore(name: string, reason: string): void {
  test(name, () => {
    const error = new Error(reason)
    error.stack = `StoreUnreachable: ${reason}`
    throw error
  })
}

export function defineEngineContract(name: string, makeEngine: () => Promise<ServerSideEngine>, options: EngineContractOptions): void {
  if (options.unavailable !== undefined) {
    if (process.env.CI === 'true') failingStore(`${name}: store reachable`, options.unavailable)
    else describe(name, { skip: options.unavailable }, () => {})
    return
  }
  const life = options.lifetime
  /** A record saved at `at` that lives `life` seconds, as the session layer would make it. */
  const record = (data: SessionData, at: number): SessionRecord => ({ data, expiresAt: at + life })

  describe(name, () => {
    let engine: ServerSideEngine
    beforeEach(async () => { engine = await makeEngine() })
    afterEach(async () => { await engine.close() })

    test('loading an unknown key finds nothing and creates nothing', async () => {
      const key = newKey()
      assert.equal(await engine.load(key, T), undefined)
      assert.equal(await engine.exists?.(key, T), engine.exists && false)
      if (engine.count) assert.equal(await engine.count(T), 0)
      assert.equal(await engine.create(key, record(new Map(), T), T), true, 'the key is still free after the load')
    })

    test('a created record loads back with its data in order', async () => {
      const key = newKey()
      assert.equal(await engine.create(key, record(sampleData(), T), T), true)
      assert.deepEqual(entriesOf(await engine.load(key, T + 1)), entriesOf(sampleData()))
    })

    test('creating on a taken key answers false and keeps the record', async () => {
      const key = newKey()
      await engine.create(key, record(new Map([['owner', 'first']]), T), T)
      assert.equal(await engine.create(key, record(new Map([['owner', 'second']]), T), T), false)
      assert.deepEqual(entriesOf(await engine.load(key, T)), [['owner', 'first']])
    })

    test('an update replaces the whole record and its expiry', async () => {
      const key = newKey()
      await engine.create(key, record(new Map<string, unknown>([['a', 1], ['b', 2]]), T), T)
      await engine.update(key, record(new Map([['c', 3]]), T + life - 1), T + life - 1)
      assert.deepEqual(entriesOf(await engine.load(key, T + life + 5)), [['c', 3]])
    })

    test('updating a deleted record is SessionInterrupted and resurrects nothing', async () => {
      const key = newKey()
      await engine.create(key, record(new Map([['a', 1]]), T), T)
      await engine.delete(key)
      await assert.rejects(engine.update(key, record(new Map([['a', 2]]), T), T), SessionInterrupted)
      await assert.rejects(engine.update(newKey(), record(new Map(), T), T), SessionInterrupted)
      assert.equal(await engine.load(key, T), undefined)
    })

    test('delete removes one record and leaves the others', async () => {
      const [gone, kept] = [newKey(), newKey()]
      await engine.create(gone, record(new Map([['k', 'gone']]), T), T)
      await engine.create(kept, record(new Map([['k', 'kept']]), T), T)
      await engine.delete(gone)
      await engine.delete(gone)
      assert.equal(await engine.load(gone, T), undefined)
      assert.deepEqual(entriesOf(await engine.load(kept, T)), [['k', 'kept']])
    })

    test('exists answers for live records only', async (t) => {
      if (!engine.exists) return t.skip('no exists()')
      const key = newKey()
      await engine.create(key, record(new Map([['k', 1]]), T), T)
      assert.equal(await engine.exists(key, T + life - 1), true)
      assert.equal(await engine.exists(key, T + life), false)
      assert.equal(await engine.exists(newKey(), T), false)
    })

    test('a record is alive one second before its expiry and dead at it (071: expire_date > now)', async () => {
      const key = newKey()
      await engine.create(key, record(new Map([['k', 1]]), T), T)
      assert.deepEqual(entriesOf(await engine.load(key, T + life - 1)), [['k', 1]])
      assert.equal(await engine.load(key, T + life), undefined)
      assert.equal(await engine.load(key, T + life + 1), undefined)
    })

    test('a record saved with a negative age is expired at once (098)', async () => {
      const key = newKey()
      const data = new Map<string, unknown>([[EXPIRY_KEY, -10], ['k', 1]])
      assert.equal(await engine.create(key, { data, expiresAt: T - 10 }, T), true)
      assert.equal(await engine.load(key, T), undefined)
    })

    test('clearExpired removes expired records only, and a second run nothing', async () => {
      const purgeAt = T + life + 50
      const [old, boundary, live] = [newKey(), newKey(), newKey()]
      await engine.create(old, record(new Map([['k', 'old']]), T), T)
      await engine.create(boundary, record(new Map([['k', 'boundary']]), T + 50), T + 50)
      await engine.create(live, record(new Map([['k', 'live']]), T + life + 10), T + life + 10)
      const removed = await engine.clearExpired?.(purgeAt)
      // The record expiring exactly at purgeAt: dead for load, but not "expire_date < now" (101).
      const expected = { strict: 1, expired: 2, none: 0 }[options.purge]
      assert.equal(removed, engine.clearExpired && expected)
      assert.equal(await engine.clearExpired?.(purgeAt), engine.clearExpired && 0)
      assert.deepEqual(entriesOf(await engine.load(live, purgeAt)), [['k', 'live']])
      if (options.purge === 'strict') assert.equal(await engine.clearExpired?.(purgeAt + 1), 1)
    })

    test('count sees the live records of this engine', async (t) => {
      if (!engine.count) return t.skip('this engine cannot count (memcached cannot list keys)')
      await engine.create(newKey(), record(new Map(), T), T)
      await engine.create(newKey(), record(new Map(), T + 20), T + 20)
      await engine.create(newKey(), record(new Map(), T + 30), T + 30)
      assert.equal(await engine.count(T + 25), 3)
      assert.equal(await engine.count(T + life + 25), 1)
    })

    test('concurrent updates of one session: the last write wins whole', async () => {
      const key = newKey()
      await engine.create(key, record(new Map([['writer', -1]]), T), T)
      const writes = Array.from({ length: 16 }, (_, i) =>
        new Map<string, unknown>([['writer', i], ...Array.from({ length: 20 }, (_, j): [string, unknown] => [`field${j}`, `${i}:${j}`])]))
      await Promise.all(writes.map((data) => engine.update(key, record(data, T + 1), T + 1)))
      const final = entriesOf(await engine.load(key, T + 2))
      assert.ok(writes.some((data) => JSON.stringify([...data]) === JSON.stringify(final)), `a mix: ${JSON.stringify(final)}`)
    })

    test('keys with odd characters are looked up without error (063, ST-02, ST-05)', async () => {
      await engine.create(newKey(), record(new Map([['k', 1]]), T), T)
      for (const key of ODD_KEYS) {
        assert.equal(await engine.load(key, T), undefined, JSON.stringify(key))
        assert.equal(await engine.exists?.(key, T), engine.exists && false)
        await engine.delete(key)
      }
    })

    test('a key longer than the store holds reads as absent', { skip: options.maxKeyLength === undefined && 'no key length limit' }, async () => {
      const limit = options.maxKeyLength ?? 0
      const longest = newKey().padEnd(limit, 'x').slice(0, limit)
      assert.equal(await engine.create(longest, record(new Map([['k', 1]]), T), T), true)
      assert.deepEqual(entriesOf(await engine.load(longest, T)), [['k', 1]])
      assert.equal(await engine.load(`${longest}y`, T), undefined)
    })

    test('a live record whose text was replaced reads as empty or as no session (067)', async (t) => {
      if (!engine.replaceStoredText) return t.skip('no replaceStoredText(): the engine keeps no record text')
      const key = newKey()
      await engine.create(key, record(new Map([['k', 1]]), T), T)
      assert.equal(await engine.replaceStoredText(key, 'not a session at all', T), true)
      const loaded = await engine.load(key, T)
      assert.ok(loaded === undefined || loaded.size === 0, `read back as ${JSON.stringify(entriesOf(loaded))}`)
      assert.equal(await engine.replaceStoredText(newKey(), 'x', T), false, 'no record to write over')
    })

    test('clear removes every record of the engine', async (t) => {
      if (!engine.clear) return t.skip('no clear(): the server makes a fresh engine instead')
      const [live, expired] = [newKey(), newKey()]
      await engine.create(live, record(new Map(), T), T)
      await engine.create(expired, record(new Map(), T - life - 1), T - life - 1)
      await engine.clear()
      assert.equal(await engine.load(live, T), undefined)
      assert.equal(await engine.load(expired, T - life - 1), undefined)
      if (engine.count) assert.equal(await engine.count(T - life - 1), 0)
    })
  })
}
