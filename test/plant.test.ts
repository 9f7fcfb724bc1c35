// sessions.plant's batched writes (reference/control/plant.ts): a store filled through an
// engine's createMany (db on SQLite and PostgreSQL, cached-db) or through concurrent creates
// (file, memory) ends up holding exactly the sessions one-by-one creation would have written.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import Database from 'better-sqlite3'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { createDbEngine } from '../reference/sessions/engines/db.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { plantSessions } from '../reference/control/plant.js'
import { NOW, SECRET } from './session-http.js'

const AGE = 1209600
// More than one batch of 1000, and not a multiple of it.
const COUNT = 2345
const FIRST = 10

/** The "planted" numbers of the sessions under keys, sorted. */
async function plantedNumbers(engine: ServerSideEngine, keys: string[]): Promise<number[]> {
  const numbers = await Promise.all(keys.map(async (key) => (await engine.load(key, NOW))?.get('planted') as number))
  return numbers.sort((a, b) => a - b)
}
const expected = Array.from({ length: COUNT }, (_, i) => FIRST + i)

let directory: string
before(async () => { directory = await mkdtemp(join(tmpdir(), 'sessionspec-plant-')) })
after(() => rm(directory, { recursive: true, force: true }))

describe('plantSessions', () => {
  test('db on SQLite: one transaction per batch, every number once, the given expiry', async () => {
    const sqlitePath = join(directory, 'db.sqlite3')
    const engine = await createDbEngine({ store: 'sqlite', sqlitePath, secretKey: SECRET })
    assert.equal(await plantSessions(engine, { count: COUNT, expiresAt: NOW + 60, cookieAge: AGE, first: FIRST }), COUNT)
    const db = new Database(sqlitePath, { readonly: true })
    const rows = db.prepare<[], { session_key: string; expire_date: string }>('SELECT session_key, expire_date FROM django_session').all()
    db.close()
    assert.deepEqual([...new Set(rows.map((row) => row.expire_date))], ['2023-11-14 22:14:20'])
    assert.deepEqual(await plantedNumbers(engine, rows.map((row) => row.session_key)), expected)
    await engine.close()
  })

  test('db on PostgreSQL: one statement per batch, every session counted live until its expiry', async () => {
    const engine = await createDbEngine({ store: 'postgres', secretKey: SECRET })
    try {
      assert.equal(await plantSessions(engine, { count: COUNT, expiresAt: NOW + 60, cookieAge: AGE, first: FIRST }), COUNT)
      assert.equal(await engine.count(NOW + 59), COUNT)
      assert.equal(await engine.count(NOW + 60), 0)
    } finally {
      await engine.close()
    }
  })

  test('file (no createMany): concurrent creates, every number once', async () => {
    const files = join(directory, 'files')
    await mkdir(files)
    const engine = createFileEngine({ directory: files, cookieName: 'sessionid', cookieAge: AGE, secretKey: SECRET })
    assert.equal(await plantSessions(engine, { count: COUNT, expiresAt: NOW + 60, cookieAge: AGE, first: FIRST }), COUNT)
    const keys = (await readdir(files)).map((name) => name.slice('sessionid'.length))
    assert.deepEqual(await plantedNumbers(engine, keys), expected)
    await engine.close()
  })
})
