import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { SessionInterrupted, type ServerSideEngine, type SessionData } from '../reference/sessions/engine.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { createMemoryEngine } from '../reference/sessions/engines/memory.js'
import { createSignedCookiesEngine } from '../reference/sessions/engines/signed-cookies.js'

const SECRET = 'django-insecure-conformance-key'
const NOW = 1700000000
const KEY = 'kvozsa8jll45am8pvgwhbw15jqsxpbqi'
const OTHER = 'abcdefgh12345678abcdefgh12345678'
const W10 = 'eyJrIjoidiJ9:1r31eq:sDLQKoThVyvakrFkyDXBaO1DPRR-1KQVGf0PNNJ8ED0'
const data = (entries: Record<string, unknown> = { k: 'v' }): SessionData => new Map(Object.entries(entries))

describe('memory engine', () => {
  let engine: ServerSideEngine
  beforeEach(() => { engine = createMemoryEngine() })

  test('a record is live while now < expiresAt (071)', async () => {
    assert.equal(await engine.create(KEY, { data: data(), expiresAt: NOW + 10 }, NOW), true)
    assert.deepEqual(await engine.load(KEY, NOW + 9.999), data())
    assert.equal(await engine.load(KEY, NOW + 10), undefined)
    assert.equal(await engine.exists?.(KEY, NOW + 10), false)
  })
  test('a taken key is a collision, even when its record expired (071: forced INSERT)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW - 1 }, NOW)
    assert.equal(await engine.create(KEY, { data: data(), expiresAt: NOW + 10 }, NOW), false)
  })
  test('updating a deleted record is SessionInterrupted with Django\'s words (054)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW + 10 }, NOW)
    await engine.delete(KEY)
    await assert.rejects(engine.update(KEY, { data: data(), expiresAt: NOW + 10 }, NOW),
      (error) => error instanceof SessionInterrupted && error.message.startsWith("The request's session was deleted before the request completed."))
  })
  test('records are copies: changing loaded data changes nothing stored', async () => {
    const original = data({ list: [1] })
    await engine.create(KEY, { data: original, expiresAt: NOW + 10 }, NOW)
    ;(original.get('list') as number[]).push(2)
    const loaded = await engine.load(KEY, NOW)
    loaded?.set('k', 'x')
    assert.deepEqual(await engine.load(KEY, NOW), data({ list: [1] }))
  })
  test('count sees live records, clearExpired removes those strictly expired (101), clear removes all', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW - 1 }, NOW)
    await engine.create(OTHER, { data: data(), expiresAt: NOW }, NOW)
    await engine.create('live1234', { data: data(), expiresAt: NOW + 1 }, NOW)
    assert.equal(await engine.count?.(NOW), 1)
    assert.equal(await engine.clearExpired?.(NOW), 1)
    assert.equal(await engine.create(OTHER, { data: data(), expiresAt: NOW }, NOW), false)
    await engine.clear?.()
    assert.equal(await engine.count?.(NOW - 100), 0)
  })
})

describe('file engine (079-082, 104)', () => {
  let directory: string
  let engine: ServerSideEngine
  let logged: string[]
  const path = (key: string) => join(directory, `sessionid${key}`)
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'sessionspec-file-test-'))
    logged = []
    engine = createFileEngine({ directory, cookieName: 'sessionid', cookieAge: 100, secretKey: SECRET, log: (line) => logged.push(line) })
  })
  afterEach(() => rm(directory, { recursive: true, force: true }))

  test('one file named cookie name + key, holding the 066 string, mode 0600, dated at the virtual now', async () => {
    assert.equal(await engine.create(KEY, { data: data(), expiresAt: NOW + 100 }, NOW), true)
    assert.equal(await readFile(path(KEY), 'ascii'), W10)
    const info = await stat(path(KEY))
    assert.equal(info.mode & 0o777, 0o600)
    assert.equal(info.mtimeMs / 1000, NOW)
    assert.deepEqual(await readdir(directory), [`sessionid${KEY}`])
  })
  test('a taken key is a collision (080: O_EXCL)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW + 100 }, NOW)
    assert.equal(await engine.create(KEY, { data: data({}), expiresAt: NOW + 100 }, NOW), false)
    assert.deepEqual(await engine.load(KEY, NOW), data())
  })
  test('updating a file that vanished is SessionInterrupted (080, 054)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW + 100 }, NOW)
    await rm(path(KEY))
    await assert.rejects(engine.update(KEY, { data: data(), expiresAt: NOW + 100 }, NOW), SessionInterrupted)
    assert.deepEqual(await readdir(directory), [])
  })
  test('keys outside [a-z0-9] are no session and never touch a path (063)', async () => {
    for (const key of ['ABC/../..DEF12345', '../../../../etc/passwd', 'abc\\def12345', 'KVOZSA8JLL45AM8P']) {
      assert.equal(await engine.load(key, NOW), undefined, key)
      assert.equal(await engine.exists?.(key, NOW), false, key)
      await engine.delete(key)
      await assert.rejects(engine.update(key, { data: data(), expiresAt: NOW }, NOW), SessionInterrupted)
    }
  })
  test('without a custom expiry a file lives SESSION_COOKIE_AGE after its last write (081)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW + 100 }, NOW)
    await engine.update(KEY, { data: data({ k: 'w' }), expiresAt: NOW + 150 }, NOW + 50)
    assert.deepEqual(await engine.loadChecked?.(KEY, NOW + 149), { state: 'live', data: data({ k: 'w' }) })
    assert.equal(await engine.exists?.(KEY, NOW + 150), false)
    assert.deepEqual(await engine.loadChecked?.(KEY, NOW + 150), { state: 'expired' })
    assert.deepEqual(await readdir(directory), [], 'loading an expired file deletes it')
    assert.deepEqual(await engine.loadChecked?.(KEY, NOW + 150), { state: 'missing' })
  })
  test('a custom date or a non-positive age expires the file; a positive age is an age, not a date (081)', async () => {
    await engine.create(KEY, { data: data({ _session_expiry: '2023-11-14T22:13:30+00:00' }), expiresAt: NOW + 10 }, NOW)
    assert.equal((await engine.loadChecked?.(KEY, NOW + 9))?.state, 'live')
    assert.equal((await engine.loadChecked?.(KEY, NOW + 10))?.state, 'expired')
    await engine.create(KEY, { data: data({ _session_expiry: -1 }), expiresAt: NOW - 1 }, NOW)
    assert.equal((await engine.loadChecked?.(KEY, NOW))?.state, 'expired')
    // Django compares get_expiry_age(expiry=300), which is 300 whatever the file's age.
    await engine.create(KEY, { data: data({ _session_expiry: 300 }), expiresAt: NOW + 300 }, NOW)
    assert.equal((await engine.loadChecked?.(KEY, NOW + 10_000))?.state, 'live')
  })
  test('an empty file is an empty session without expiry check (082)', async () => {
    await writeFile(path(KEY), '')
    assert.deepEqual(await engine.loadChecked?.(KEY, NOW + 1e9), { state: 'live', data: new Map() })
  })
  test('a corrupted file reads as empty and logs "Session data corrupted" (067)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW + 100 }, NOW)
    await writeFile(path(KEY), W10.replace('eyJr', 'eyJs'))
    const { mtimeMs } = await stat(path(KEY))
    assert.deepEqual(await engine.loadChecked?.(KEY, mtimeMs / 1000), { state: 'live', data: new Map() })
    assert.deepEqual(logged, ['Session data corrupted'])
  })
  test('clearExpired deletes expired files of this cookie name only, skipping temp files (104)', async () => {
    await engine.create(KEY, { data: data(), expiresAt: NOW + 100 }, NOW)
    await engine.create(OTHER, { data: data(), expiresAt: NOW + 100 }, NOW + 60)
    await writeFile(path('emptyfile123'), '')
    await writeFile(path(`${KEY}_out_abc123`), 'partial')
    await writeFile(join(directory, `othername${KEY}`), W10)
    assert.equal(await engine.count?.(NOW + 120), 2)
    assert.equal(await engine.clearExpired?.(NOW + 120), 1)
    assert.deepEqual((await readdir(directory)).sort(), [`othername${KEY}`, `sessionid${OTHER}`, `sessionid${KEY}_out_abc123`, 'sessionidemptyfile123'].sort())
    await engine.clear?.()
    assert.deepEqual(await readdir(directory), [`othername${KEY}`])
  })
  test('an expired file is only reported; the session layer draws the new key (the engine has loadChecked)', () => {
    assert.equal(typeof engine.loadChecked, 'function')
  })
})

describe('signed_cookies engine (083-087)', () => {
  const engine = createSignedCookiesEngine({ secretKey: SECRET })
  test('encode is W8, decode checks SESSION_COOKIE_AGE against the timestamp', () => {
    const value = engine.encode(data(), NOW)
    assert.equal(value, 'eyJrIjoidiJ9:1r31eq:xgjxBd2TUEzku3OSy6dV5r6CxTTzdd8Li37AU-hvZFM')
    assert.deepEqual(engine.decode(value, NOW + 100, 100), data())
    assert.equal(engine.decode(value, NOW + 101, 100), undefined)
  })
  test('nothing server-side: no exists, no count, purging removes nothing (086, 103)', async () => {
    const methods = engine as { exists?: unknown; count?: unknown }
    assert.equal(methods.exists, undefined)
    assert.equal(methods.count, undefined)
    assert.equal(await engine.clearExpired?.(NOW), 0)
  })
})
