// Errors tell the client nothing internal: a failure inside the server answers what failed in
// general words and an id; the detail (a path, a key, a store's reply) is in the server log
// under that id, once per distinct cause with a count, not once per request.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ServerLog, causeId } from '../reference/server-log.js'
import type { ServerSideEngine } from '../reference/sessions/engine.js'
import { startTestServer, type TestServer } from './session-http.js'

let server: TestServer
before(async () => { server = await startTestServer() })
after(() => server.close())

/** Captures what the server writes to stderr while `run` runs. */
async function stderrOf(run: () => Promise<void>): Promise<string[]> {
  const written: string[] = []
  const write = process.stderr.write
  process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write
  try {
    await run()
  } finally {
    process.stderr.write = write
  }
  return written
}

describe('a failure inside the server', () => {
  it('answers 500 in general words and an id; the detail is logged once with a count', async () => {
    const engine = await server.reference.sessions.engine() as ServerSideEngine
    const create = engine.create
    let calls = 0
    engine.create = async (key) => {
      calls++
      throw new Error(`EACCES: permission denied, open '/var/lib/secret-dir/sessionid${key}'`)
    }
    const answers: Array<{ status: number; body: Record<string, unknown> }> = []
    const written = await stderrOf(async () => {
      for (let i = 0; i < 12; i++) answers.push(await server.fixture('session.set', { key: 'cart', value: i }))
    })
    engine.create = create
    assert.equal(calls, 12)
    const ids = new Set(answers.map((a) => a.body.id))
    assert.equal(ids.size, 1, 'one cause, one id, whatever the key')
    for (const answer of answers) {
      assert.equal(answer.status, 500)
      assert.deepEqual(Object.keys(answer.body).sort(), ['error', 'id'])
      assert.equal(answer.body.error, 'the server could not complete the request')
      assert.doesNotMatch(JSON.stringify(answer.body), /EACCES|secret-dir|sessionid/)
    }
    const lines = written.filter((line) => line.includes(`[${[...ids][0]}]`))
    assert.equal(lines.length, 2, `written at the first and the tenth occurrence: ${lines.join('')}`)
    assert.match(lines[0], /EACCES: permission denied, open '\/var\/lib\/secret-dir\/sessionid[a-z0-9]{32}'/)
    assert.match(lines[1], /\(seen 10 times\)\n$/)
  })

  it("shows the demo site's error page in general words and an id", async () => {
    const engine = await server.reference.sessions.engine() as ServerSideEngine
    const load = engine.load
    engine.load = async () => { throw new Error('WRONGTYPE Operation against a key holding the wrong kind of value') }
    try {
      const origin = server.base.replace(/\/__sessionspec$/, '')
      const res = await fetch(`${origin}/demo/cart`, { headers: { cookie: `sessionid=${'k'.repeat(32)}` } })
      const page = await res.text()
      assert.equal(res.status, 500)
      assert.match(page, /the server could not complete the request \(error id [0-9a-f]{8}\)/)
      assert.doesNotMatch(page, /WRONGTYPE|kkkkkkkk/)
    } finally {
      engine.load = load
    }
  })

  it('answers a malformed URL without a stack trace', async () => {
    const res = await fetch(`${server.base}/fixture/%E0%A4%A`, { method: 'POST' })
    const text = await res.text()
    assert.ok(res.status === 400 || res.status === 404, `HTTP ${res.status}`)
    assert.doesNotMatch(text, /\bat \w|node_modules|\/work\//)
  })
})

describe('the server log', () => {
  it('writes a cause at 1, 10, 100 occurrences, and new causes as they come', () => {
    const lines: string[] = []
    const log = new ServerLog((line) => lines.push(line))
    for (let i = 0; i < 150; i++) log.report('Redis down', 'connection refused')
    log.report('another cause')
    assert.deepEqual(lines, [
      `sessionspec-reference: [${causeId('Redis down')}] Redis down: connection refused`,
      `sessionspec-reference: [${causeId('Redis down')}] Redis down: connection refused (seen 10 times)`,
      `sessionspec-reference: [${causeId('Redis down')}] Redis down: connection refused (seen 100 times)`,
      `sessionspec-reference: [${causeId('another cause')}] another cause`,
    ])
    assert.equal(log.count('Redis down'), 150)
  })
})

describe('a thrown value that is not an Error', () => {
  it('answers 500 in general words, as any other failure inside the server', async () => {
    const { errorReply } = await import('../reference/pipeline/operation-service.js')
    for (const thrown of [undefined, null, 'text']) {
      const reply = errorReply(thrown)
      assert.equal(reply.status, 500, String(thrown))
      assert.equal((reply.body as { error: string }).error, 'the server could not complete the request')
    }
  })
})
