// Purging (catalogue G, 100-105): the control operations sessions.plant and sessions.purge at
// the server's clock, and what the file engine's purge looks at in its directory.
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, afterEach, before, beforeEach, describe, test } from 'node:test'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { createMemoryEngine } from '../reference/sessions/engines/memory.js'
import { plantSessions } from '../reference/control/plant.js'
import { purgeExpired } from '../reference/sessions/purge.js'
import { NOW, SECRET, startTestServer, type TestServer } from './session-http.js'

const AGE = 1209600

describe('sessions.plant and sessions.purge', () => {
  let server: TestServer
  before(async () => { server = await startTestServer() })
  after(() => server.close())
  beforeEach(() => server.reset())

  const plant = (count: number, expiresIn: number) => server.control('sessions.plant', { count, expiresIn })
  const purge = async () => (await server.control('sessions.purge')).body
  const count = async () => (await server.control('sessions.count')).body

  for (const engine of ['memory', 'db', 'cached-db'] as const) {
    test(`${engine}: removes what expired strictly before now, keeps the rest (101)`, async () => {
      await server.control('settings.set', { engine })
      assert.deepEqual((await plant(5, -3600)).body, { planted: 5 })
      await plant(2, 0)
      await plant(3, 3600)
      assert.deepEqual(await purge(), { purged: 5, exitStatus: 0 })
      // Expiring exactly now: dead for a visitor (071) but not yet "expire_date < now".
      assert.deepEqual(await count(), { count: 3 })
      server.clock.advance(0.5)
      assert.deepEqual(await purge(), { purged: 2, exitStatus: 0 })
      assert.deepEqual(await purge(), { purged: 0, exitStatus: 0 })
    })
  }
  test('file: removes what load would find expired, now included (104)', async () => {
    await server.control('settings.set', { engine: 'file' })
    await plant(2, -3600)
    await plant(2, 0)
    await plant(3, 3600)
    assert.deepEqual(await purge(), { purged: 4, exitStatus: 0 })
    assert.deepEqual(await count(), { count: 3 })
  })
  for (const engine of ['cache', 'signed-cookies'] as const) {
    test(`${engine}: succeeds and removes nothing (102, 103)`, async () => {
      await server.control('settings.set', { engine })
      await server.fixture('session.set', { key: 'k', value: 'v' })
      server.clock.advance(AGE + 1)
      assert.deepEqual(await purge(), { purged: 0, exitStatus: 0 })
    })
  }
  test('the purge uses the server clock: moving it makes planted sessions expire', async () => {
    await plant(3, 60)
    assert.deepEqual(await purge(), { purged: 0, exitStatus: 0 })
    server.clock.advance(61)
    assert.deepEqual(await purge(), { purged: 3, exitStatus: 0 })
  })
  test('planted sessions hold {"planted": i} and nothing else', async () => {
    const engine = createMemoryEngine()
    const stored: unknown[] = []
    const create = engine.create
    engine.create = (key, record, now) => {
      stored.push([[...record.data], record.expiresAt, now])
      return create(key, record, now)
    }
    await plantSessions(engine, { count: 2, expiresAt: NOW + 60, cookieAge: AGE, first: 7 })
    assert.deepEqual(stored, [[[['planted', 7]], NOW + 60, NOW + 60 - AGE], [[['planted', 8]], NOW + 60, NOW + 60 - AGE]])
  })
  test('signed cookies have no store to plant in', async () => {
    await server.control('settings.set', { engine: 'signed-cookies' })
    assert.deepEqual(await plant(1, 60), {
      status: 422, setCookie: [], vary: null,
      body: { rejected: 'the signed-cookies engine keeps sessions in the cookie: there is no store to plant in' },
    })
  })
  test('plant refuses counts it cannot take', async () => {
    for (const [params, rejected] of [
      [{ count: -1, expiresIn: 0 }, 'count must be an integer from 0 to 10000'],
      [{ count: 1.5, expiresIn: 0 }, 'count must be an integer from 0 to 10000'],
      [{ count: 1 }, 'expiresIn is required (a number)'],
    ] as const) {
      assert.deepEqual((await server.control('sessions.plant', params)).body, { rejected })
    }
  })
  test('an engine without clearExpired fails with Django\'s words (100)', async () => {
    const { clearExpired: _none, ...engine } = createMemoryEngine()
    assert.deepEqual(await purgeExpired(engine, 'custom.engine', NOW), {
      exitStatus: 1, error: "Session engine 'custom.engine' doesn't support clearing expired sessions.",
    })
  })
})

describe('the file engine\'s purge', () => {
  let directory: string
  let engine: ServerSideEngine
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'sessionspec-purge-'))
    engine = createFileEngine({ directory, cookieName: 'sessionid', cookieAge: AGE, secretKey: SECRET })
  })
  afterEach(() => rm(directory, { recursive: true, force: true }))

  test('a planted session is dated so that mtime + cookie age is its expiry (081)', async () => {
    await plantSessions(engine, { count: 1, expiresAt: NOW - 3600, cookieAge: AGE })
    const [name] = await readdir(directory)
    assert.equal((await stat(join(directory, name))).mtimeMs / 1000, NOW - 3600 - AGE)
  })
  test('only names of this cookie name whose rest is a valid key are looked at (104)', async () => {
    await plantSessions(engine, { count: 2, expiresAt: NOW - 60, cookieAge: AGE })
    const [planted] = await readdir(directory)
    const old = new Date((NOW - 2 * AGE) * 1000)
    const strays = [`${planted}_out_abc12345`, 'sessionidshort', 'othercookie0123456789abcdefghijklmn', 'sessionid', 'sessionidUPPERCASE0123456789abcde']
    for (const name of strays) await writeFile(join(directory, name), 'x')
    for (const name of strays) await utimes(join(directory, name), old, old)
    assert.equal(await engine.clearExpired?.(NOW), 2)
    assert.deepEqual((await readdir(directory)).sort(), [...strays].sort())
  })
  test('an empty placeholder file is never expired; an unreadable one goes by its mtime (082, 067)', async () => {
    const [empty, garbled] = ['a'.repeat(32), 'b'.repeat(32)]
    const old = new Date((NOW - 2 * AGE) * 1000)
    await writeFile(join(directory, `sessionid${empty}`), '')
    await writeFile(join(directory, `sessionid${garbled}`), 'not:signed:data')
    for (const key of [empty, garbled]) await utimes(join(directory, `sessionid${key}`), old, old)
    const silent = createFileEngine({ directory, cookieName: 'sessionid', cookieAge: AGE, secretKey: SECRET, log: () => {} })
    assert.equal(await silent.clearExpired?.(NOW), 1)
    assert.deepEqual(await readdir(directory), [`sessionid${empty}`])
  })
  test('a directory larger than one batch is purged whole', async () => {
    await plantSessions(engine, { count: 70, expiresAt: NOW - 1, cookieAge: AGE })
    await plantSessions(engine, { count: 5, expiresAt: NOW + 1, cookieAge: AGE })
    assert.equal(await engine.clearExpired?.(NOW), 70)
    assert.equal(await engine.count?.(NOW), 5)
  })
})
