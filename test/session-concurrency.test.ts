// Concurrent writers to one session, per engine (docs/concurrency.md). Django gives no locking:
// each request loads the whole session, changes it and saves it whole, so the last save wins and
// the others' changes are lost. What must hold on every engine: the record is never unreadable,
// never a mix of two saves, and the session survives under its key. How many of N concurrent
// writes survive is printed per engine (a statement of behaviour, not a benchmark).
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { SessionSettings } from '../reference/sessions/settings.js'
import { startTestServer } from './session-http.js'

const WRITERS = 20
const ROUNDS = 3

const ENGINES: Array<Partial<SessionSettings>> = [
  { engine: 'memory' },
  { engine: 'file' },
  { engine: 'db', store: 'sqlite' },
  { engine: 'db', store: 'postgres' },
  { engine: 'cache', store: 'local' },
  { engine: 'cache', store: 'redis' },
  { engine: 'cache', store: 'memcached' },
  { engine: 'cached-db', store: 'redis' },
]

let directory: string
before(async () => { directory = await mkdtemp(join(tmpdir(), 'sessionspec-concurrency-')) })
after(() => rm(directory, { recursive: true, force: true }))

describe('N concurrent writers to one session', () => {
  for (const settings of ENGINES) {
    const name = `${settings.engine}${settings.store ? `/${settings.store}` : ''}`
    it(`${name}: every read finds a whole record; the last save wins`, async (t) => {
      const server = await startTestServer({ session: settings, stores: { fileDirectory: await mkdtemp(join(directory, 'files-')), sqlitePath: join(directory, `${name.replace('/', '-')}.sqlite3`) } })
      try {
        const first = await server.fixture('session.set', { key: 'base', value: 'kept' })
        assert.equal(first.status, 200, JSON.stringify(first.body))
        const cookie = first.setCookie[0]!.split(';')[0]!
        const survived: number[] = []
        for (let round = 0; round < ROUNDS; round++) {
          // Writers and readers at once: a reader must never see a torn or empty record.
          const requests = Array.from({ length: WRITERS }, (_, i) => [
            server.fixture('session.set', { key: `w${round}-${i}`, value: i }, cookie),
            server.fixture('session.read', {}, cookie),
          ]).flat()
          const answers = await Promise.all(requests)
          for (const answer of answers) {
            assert.equal(answer.status, 200, JSON.stringify(answer.body))
            // A save keeps the key: no writer was handed a new session.
            for (const line of answer.setCookie) assert.equal(line.split(';')[0], cookie)
          }
          for (const read of answers.filter((a) => 'data' in a.body)) {
            assert.equal((read.body.data as Record<string, unknown>).base, 'kept', 'every record read is a whole session')
          }
          const data = (await server.fixture('session.read', {}, cookie)).body.data as Record<string, unknown>
          assert.equal(data.base, 'kept')
          const writes = Object.keys(data).filter((key) => key.startsWith(`w${round}-`)).length
          assert.ok(writes >= 1 && writes <= WRITERS, `${writes} of ${WRITERS} writes in the record`)
          survived.push(writes)
        }
        t.diagnostic(`${name}: of ${WRITERS} concurrent writes, ${survived.join(', ')} survived (rounds of ${ROUNDS})`)
      } finally {
        await server.close()
      }
    })
  }

  it('signed-cookies: each answer carries a whole session; the browser keeps the last one', async () => {
    const server = await startTestServer({ session: { engine: 'signed-cookies' } })
    try {
      const first = await server.fixture('session.set', { key: 'base', value: 'kept' })
      const cookie = first.setCookie[0]!.split(';')[0]!
      const answers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => server.fixture('session.set', { key: `w${i}`, value: i }, cookie)))
      for (const [i, answer] of answers.entries()) {
        const own = answer.setCookie[0]!.split(';')[0]!
        const data = (await server.fixture('session.read', {}, own)).body.data as Record<string, unknown>
        assert.deepEqual(data, { base: 'kept', [`w${i}`]: i }, 'each cookie holds the session it was loaded from plus its own write')
      }
    } finally {
      await server.close()
    }
  })
})
