// The plain lane (reference/pipeline/plain-lane.ts) answers the common fixture and control
// requests without Express; it must answer them byte for byte as Express does. Each request
// below goes once as it is (the lane's) and once with `Content-Encoding: identity`, which
// body-parser reads exactly as no Content-Encoding but the lane leaves to Express; the two
// answers are compared on the wire, Date aside, and the lane is checked to have taken only the
// first of each pair.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { createReference, type ReferenceApp } from '../reference/app.js'
import { ControllableClock } from '../reference/clock.js'
import { parsePlainBody, PLAIN_BODY_LIMIT } from '../reference/pipeline/plain-lane.js'

const NOW = 1700000000
const SECRET = 'django-insecure-conformance-key'

interface Served {
  reference: ReferenceApp
  server: Server
  port: number
  /** How many requests the lane has taken so far. */
  plain: () => number
  /** Resolves when the lane takes its next request. */
  nextPlain: () => Promise<void>
}

async function serve(engine: 'memory' | 'signed-cookies'): Promise<Served> {
  const clock = new ControllableClock()
  clock.set(NOW)
  const reference = createReference({ secretKey: SECRET, enableControl: true, clock, session: { engine } })
  let plain = 0
  const waiting: Array<() => void> = []
  const server = createServer((req, res) => {
    if (!reference.plain(req, res)) return reference.app(req, res)
    plain++
    for (const wake of waiting.splice(0)) wake()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const nextPlain = () => new Promise<void>((wake) => waiting.push(wake))
  return { reference, server, port: (server.address() as AddressInfo).port, plain: () => plain, nextPlain }
}

/** The raw answer to one request on its own connection, without its Date line. */
function exchange(port: number, head: string, body: Buffer): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', fail)
    socket.on('end', () => done(Buffer.concat(chunks).toString('latin1').replace(/\r\nDate: [^\r]*/, '')))
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]))
  })
}

interface Case { path: string; body: string | Buffer; headers?: string[]; plain?: boolean }

/** Both answers to a case; asserts the lane took the first one only (or neither, for plain: false). */
async function both(served: Served, { path, body, headers = ['Content-Type: application/json'], plain = true }: Case): Promise<[string, string]> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  const head = (extra: string[]) => [`POST /__sessionspec/${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headers, ...extra, `Content-Length: ${bytes.length}`, '', ''].join('\r\n')
  const before = served.plain()
  const lane = await exchange(served.port, head([]), bytes)
  assert.equal(served.plain() - before, plain ? 1 : 0, `the lane took ${path} ${plain ? 'once' : 'never'}`)
  const express = await exchange(served.port, head(['Content-Encoding: identity']), bytes)
  assert.equal(served.plain() - before, plain ? 1 : 0, 'the lane left the request with Content-Encoding to Express')
  return [lane, express]
}

const json = (value: unknown) => JSON.stringify(value)

describe('the plain lane answers as Express does', () => {
  let memory: Served
  let signed: Served
  let memoryCookie: string
  let signedCookie: string
  before(async () => {
    memory = await serve('memory')
    signed = await serve('signed-cookies')
    // One session each that every request below presents, so both answers of a pair see the same state.
    const first = async (served: Served) => {
      const body = Buffer.from(json({ key: 'cart', value: '3 items' }))
      const answer = await exchange(served.port, ['POST /__sessionspec/fixture/session.set HTTP/1.1', 'Host: x', 'Connection: close', 'Content-Type: application/json', `Content-Length: ${body.length}`, '', ''].join('\r\n'), body)
      const cookie = /Set-Cookie: (sessionid=[^;]+)/.exec(answer)?.[1]
      assert.ok(cookie, `a session cookie in ${answer}`)
      return cookie
    }
    memoryCookie = await first(memory)
    signedCookie = await first(signed)
  })
  after(async () => {
    for (const served of [memory, signed]) {
      served.server.closeAllConnections()
      await new Promise((done) => served.server.close(done))
      await served.reference.close()
    }
  })

  const cases: Array<[string, (cookie: string) => Case]> = [
    ['a session write that re-sends the cookie, with Vary', (cookie) => ({ path: 'fixture/session.set', body: json({ key: 'cart', value: '4 items' }), headers: ['Content-Type: application/json', `Cookie: ${cookie}`] })],
    ['a read with a Vary of its own', (cookie) => ({ path: 'fixture/session.read', body: json({ vary: 'Accept-Language' }), headers: ['Content-Type: application/json', `Cookie: ${cookie}`] })],
    ['a status the operation chose, and a write', (cookie) => ({ path: 'fixture/session.fail', body: json({ status: 503, key: 'a', value: 1 }), headers: ['Content-Type: application/json', `Cookie: ${cookie}`] })],
    ['a redirect with Location', () => ({ path: 'fixture/messages.addAndRedirect', body: json({ level: 'info', message: 'saved' }) })],
    ['three Set-Cookie lines in one answer', () => ({ path: 'fixture/cookie.sequence', body: json({ steps: [{ action: 'set', name: 'a', value: 'b' }, { action: 'delete', name: 'c' }, { action: 'setSigned', name: 'd', value: 'e' }] }) })],
    ['a cookie the fixture refuses (422)', () => ({ path: 'fixture/cookie.set', body: json({ name: 'a', value: 'snow\u2603man' }) })],
    ['a parameter the schema refuses (422)', () => ({ path: 'fixture/session.set', body: json({ key: 5 }) })],
    ['"__proto__" as a parameter', () => ({ path: 'fixture/session.get', body: '{"__proto__":{"x":1},"key":"a"}' })],
    ['a body that is not JSON (400)', () => ({ path: 'fixture/session.set', body: '{"key":' })],
    ['a JSON string instead of an object (400)', () => ({ path: 'fixture/session.set', body: '"text"' })],
    ['a JSON list (422)', () => ({ path: 'fixture/session.get', body: '[]' })],
    ['an empty body, read as {}', () => ({ path: 'fixture/session.info', body: '' })],
    ['only white space (400)', () => ({ path: 'fixture/session.info', body: ' \t\r\n' })],
    ['white space before the object', () => ({ path: 'fixture/cookie.set', body: ` \n\t${json({ name: 'a', value: 'b' })}` })],
    ['a byte order mark before the object', () => ({ path: 'fixture/cookie.set', body: `\uFEFF${json({ name: 'a', value: 'b' })}` })],
    ['invalid UTF-8 inside a value', () => ({ path: 'fixture/cookie.set', body: Buffer.concat([Buffer.from('{"name":"a","value":"x'), Buffer.from([0xe0, 0x80, 0xff, 0xc3]), Buffer.from('"}')]) })],
    ['UTF-8 cut short at the end (400)', () => ({ path: 'fixture/cookie.set', body: Buffer.concat([Buffer.from('{"name":"a","value":"x"}'), Buffer.from([0xe2, 0x82])]) })],
    ['no Content-Type at all', () => ({ path: 'fixture/cookie.set', body: json({ name: 'a', value: 'b' }), headers: [] })],
    ['a control operation', () => ({ path: 'control/clock.get', body: '{}' })],
    ['a control operation refusing its parameter (422)', () => ({ path: 'control/clock.set', body: json({ now: 'soon' }) })],
    ['an unknown operation, Express\'s alone (404)', () => ({ path: 'fixture/session.nothing', body: '{}', plain: false })],
    ['a name with an escape, Express\'s alone', () => ({ path: 'fixture/session%2Eget', body: json({ key: 'a' }), plain: false })],
    ['a query string, Express\'s alone', () => ({ path: 'fixture/session.get?x=1', body: json({ key: 'a' }), plain: false })],
    ['another content type, Express\'s alone', () => ({ path: 'fixture/session.get', body: json({ key: 'a' }), headers: ['Content-Type: text/plain'], plain: false })],
  ]
  for (const engine of ['memory', 'signed-cookies'] as const) {
    for (const [title, make] of cases) {
      test(`${engine}: ${title}`, async () => {
        const served = engine === 'memory' ? memory : signed
        const [lane, express] = await both(served, make(engine === 'memory' ? memoryCookie : signedCookie))
        assert.match(lane, /^HTTP\/1\.1 \d{3} /)
        assert.equal(lane, express)
      })
    }
  }

  /** A session.set body of exactly `size` bytes. */
  const sized = (size: number) => {
    const body = json({ key: 'a', value: 'x'.repeat(size - 22) })
    assert.equal(Buffer.byteLength(body), size)
    return body
  }
  for (const [size, plain] of [[PLAIN_BODY_LIMIT - 1, true], [PLAIN_BODY_LIMIT, true], [PLAIN_BODY_LIMIT + 1, false]] as const) {
    test(`a body of ${size} bytes is ${plain ? 'the lane\'s' : 'Express\'s (413)'}`, async () => {
      const [lane, express] = await both(memory, { path: 'fixture/session.set', body: sized(size), headers: ['Content-Type: application/json', `Cookie: ${memoryCookie}`], plain })
      assert.match(lane, plain ? /^HTTP\/1\.1 (200|422) / : /^HTTP\/1\.1 413 /)
      assert.equal(lane, express)
    })
  }
})

describe('a request cut off inside its body', () => {
  test('gets no answer, and the server answers the next one', async () => {
    const served = await serve('memory')
    try {
      const taken = served.nextPlain()
      const answered: Buffer[] = []
      await new Promise<void>((done, fail) => {
        const socket = connect(served.port, '127.0.0.1', () => {
          socket.write('POST /__sessionspec/fixture/cookie.received HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{"a"')
          void taken.then(() => socket.destroy())
        })
        socket.on('data', (chunk) => answered.push(chunk))
        socket.on('close', () => done())
        socket.on('error', fail)
      })
      assert.equal(Buffer.concat(answered).length, 0)
      const answer = await exchange(served.port, ['POST /__sessionspec/fixture/cookie.received HTTP/1.1', 'Host: x', 'Connection: close', 'Content-Length: 2', '', '{}'].join('\r\n'), Buffer.alloc(0))
      assert.match(answer, /^HTTP\/1\.1 200 OK\r\n[^]*\{"cookies":\[\]\}$/)
    } finally {
      served.server.closeAllConnections()
      await new Promise((done) => served.server.close(done))
      await served.reference.close()
    }
  })
})

describe('parsePlainBody', () => {
  test('reads JSON as body-parser\'s strict json() does', () => {
    assert.deepEqual(parsePlainBody(Buffer.from('')), {})
    assert.deepEqual(parsePlainBody(Buffer.from('\uFEFF{"a":1}')), { a: 1 })
    assert.deepEqual(parsePlainBody(Buffer.from(' [1]')), [1])
    assert.throws(() => parsePlainBody(Buffer.from('1')), SyntaxError)
    assert.throws(() => parsePlainBody(Buffer.from('\uFEFF\uFEFF{}')), SyntaxError)
  })
})
