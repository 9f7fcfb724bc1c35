// settings.set answers 503 "unavailable" only for a store that is down or misconfigured
// (StoreUnavailable, StoreMisconfigured) or a package that is not installed; any other failure
// of the engine it switches to is the server failing (500), which a scenario counts as a failure.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { startTestServer, type TestServer } from './session-http.js'

const dir = mkdtempSync(join(tmpdir(), 'sessionspec-unavailable-'))
const notADatabase = join(dir, 'notes.txt')
writeFileSync(notADatabase, 'these are notes, not a SQLite database; long enough to fill its header and more')

let server: TestServer
before(async () => {
  server = await startTestServer({
    stores: { sqlitePath: notADatabase, fileDirectory: join(dir, 'missing'), postgresSchema: 'not-an-identifier' },
  })
})
after(() => server.close())

const settings = (change: object) => server.control('settings.set', change)

describe('a misconfigured store answers 503 with one line and changes nothing', () => {
  const cases: Array<[object, string]> = [
    [{ engine: 'db', store: 'sqlite' }, `SQLite cannot use ${notADatabase} (file is not a database)`],
    [{ engine: 'cached-db', store: 'local' }, `SQLite cannot use ${notADatabase} (file is not a database)`],
    [{ engine: 'file' }, `the file engine cannot use ${join(dir, 'missing')} (SESSION_FILE_PATH must be an existing directory)`],
    // Refused before any connection, so PostgreSQL need not be running.
    [{ engine: 'db', store: 'postgres' }, 'PostgreSQL cannot use the schema "not-an-identifier" at postgres://postgres@127.0.0.1:5432/postgres (it must be a plain identifier)'],
  ]
  for (const [change, unavailable] of cases) {
    test(JSON.stringify(change), async () => {
      assert.deepEqual(await settings(change), { status: 503, setCookie: [], vary: null, body: { unavailable } })
      assert.equal(((await settings({})).body.settings as { engine: string }).engine, 'memory')
    })
  }
})

describe('any other failure of the engine switched to answers 500', () => {
  test('an engine whose probe throws a TypeError', async () => {
    await settings({ engine: 'cache' })
    const engine = await server.reference.sessions.engine() as ServerSideEngine
    await settings({ engine: 'memory' })
    engine.exists = engine.load = async () => { throw new TypeError('the engine is broken') }
    const answer = await settings({ engine: 'cache' })
    assert.equal(answer.status, 500)
    assert.deepEqual(Object.keys(answer.body).sort(), ['error', 'id'])
    assert.equal(((await settings({})).body.settings as { engine: string }).engine, 'memory')
    // The broken instance was let go: the next switch makes a fresh one.
    assert.equal((await settings({ engine: 'cache' })).status, 200)
  })
})
