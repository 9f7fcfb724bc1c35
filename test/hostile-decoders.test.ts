// Decoders are bounded: a validly signed cookie or record that inflates to megabytes or nests
// 100,000 levels deep is read as tampered (a fresh session, the messages ignored), as Django
// reads a bad signature, never a 500; a value too deep to store is refused with 422.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pako from 'pako'
import { after, before, describe, it } from 'node:test'
import {
  encodeBase64Url, encodePayload, getCookieSigner, inflateBounded, jsonTextDepth, MAX_NESTING_DEPTH, MAX_PAYLOAD_BYTES, PayloadRefused,
  TimestampSigner, toPythonJson,
} from '../lib/signing/index.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { SESSION_STORE_SALT, SIGNED_COOKIES_SALT } from '../reference/sessions/serialization.js'
import { NOW, SECRET, startTestServer, type TestServer } from './session-http.js'

const deepText = (levels: number) => `{"cart":${'['.repeat(levels)}${']'.repeat(levels)}}`
const bombText = (bytes: number) => `{"cart":"${' '.repeat(bytes)}"}`

/** A payload signed with the server's own key: only the bounds stand between it and the decoder. */
function signedPayload(text: string, sign: (payload: string) => string): string {
  return sign(`.${encodeBase64Url(pako.deflate(Buffer.from(text, 'latin1')))}`)
}
const sessionCookie = (text: string) => signedPayload(text, (p) => new TimestampSigner({ key: SECRET, salt: SIGNED_COOKIES_SALT }).sign(p, NOW))
const messagesCookie = (text: string) => signedPayload(text, (p) => getCookieSigner({ secretKey: SECRET, salt: 'django.contrib.messages' }).sign(p, NOW))

describe('the bounds', () => {
  it('stop inflating at the limit', () => {
    const bomb = pako.deflate(Buffer.alloc(MAX_PAYLOAD_BYTES + 1, 0x20))
    assert.ok(bomb.length < 10_000)
    assert.throws(() => inflateBounded(bomb), PayloadRefused)
    assert.equal(inflateBounded(pako.deflate(Buffer.alloc(1000, 0x20))).length, 1000)
  })

  it('measure nesting without recursion, ignoring brackets in strings', () => {
    assert.equal(jsonTextDepth(deepText(100_000)), 100_001)
    assert.equal(jsonTextDepth('{"a":"[[[[\\"[["}'), 1)
  })

  it('measure the same depth as a walk by code point over random texts of quotes, escapes, brackets and surrogates', () => {
    // The walk jsonTextDepth replaced, character by character: the oracle.
    const byCodePoint = (text: string) => {
      let depth = 0
      let deepest = 0
      let inString = false
      let escaped = false
      for (const char of text) {
        if (escaped) escaped = false
        else if (inString) {
          if (char === '\\') escaped = true
          else if (char === '"') inString = false
        } else if (char === '"') inString = true
        else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth)
        else if (char === ']' || char === '}') depth--
      }
      return deepest
    }
    const alphabet = ['"', '\\', '[', ']', '{', '}', 'a', ':', ',', '\u00e9', '\ud83d\ude00', '\ud83d', '\ude00']
    let seed = 12345
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join('')
      assert.equal(jsonTextDepth(text), byCodePoint(text), JSON.stringify(text))
    }
  })

  it('refuse to write a payload larger than the limit, which could not be read back', () => {
    assert.throws(() => encodePayload({ cart: 'x'.repeat(MAX_PAYLOAD_BYTES) }, { compress: true }), { name: 'PayloadRefused', message: `the payload is larger than ${MAX_PAYLOAD_BYTES} bytes` })
  })

  it('refuse to write a value nested deeper than the limit', () => {
    let deep: unknown = 1
    for (let i = 0; i < 5000; i++) deep = [deep]
    assert.throws(() => toPythonJson(deep), { name: 'PayloadRefused', message: `the value is nested deeper than ${MAX_NESTING_DEPTH} levels` })
  })
})

describe('a signed-cookies session beyond the bounds', () => {
  let server: TestServer
  before(async () => { server = await startTestServer({ session: { engine: 'signed-cookies' } }) })
  after(() => server.close())

  for (const [what, text] of [['nested 100,000 levels', deepText(100_000)], ['inflating to 3 MiB', bombText(3 * 1024 * 1024)]] as const) {
    it(`is a fresh session when ${what}`, async () => {
      const cookie = `sessionid=${sessionCookie(text)}`
      assert.ok(cookie.length < 8000, `the cookie fits in a request (${cookie.length} bytes)`)
      const answer = await server.fixture('session.get', { key: 'cart' }, cookie)
      assert.deepEqual([answer.status, answer.body], [200, { found: false }])
    })
  }

  it('still reads a session within the bounds', async () => {
    const cookie = `sessionid=${sessionCookie(deepText(MAX_NESTING_DEPTH - 1))}`
    const answer = await server.fixture('session.get', { key: 'cart' }, cookie)
    assert.equal(answer.status, 200)
    assert.equal(answer.body.found, true)
  })
})

describe('a messages cookie beyond the bounds', () => {
  let server: TestServer
  before(async () => { server = await startTestServer({ messages: { messageStorage: 'cookie' } }) })
  after(() => server.close())

  const nestedMessages = `[["__json_message",0,20,"hi",${'['.repeat(100_000)}${']'.repeat(100_000)}]]`
  const hugeMessages = `[["__json_message",0,20,"${' '.repeat(3 * 1024 * 1024)}"]]`
  for (const [what, text] of [['nested 100,000 levels', nestedMessages], ['inflating to 3 MiB', hugeMessages]] as const) {
    it(`is ignored when ${what}`, async () => {
      const answer = await server.fixture('messages.list', {}, `messages=${messagesCookie(text)}`)
      assert.equal(answer.status, 200, JSON.stringify(answer.body))
      assert.deepEqual(answer.body.messages, [])
    })
  }
})

describe('a stored session record beyond the bounds', () => {
  let directory: string
  before(async () => { directory = await mkdtemp(join(tmpdir(), 'sessionspec-decoders-')) })
  after(() => rm(directory, { recursive: true, force: true }))

  it('reads as an empty session', async () => {
    const files = join(directory, 'files')
    await mkdir(files)
    const key = 'd'.repeat(32)
    const record = signedPayload(deepText(100_000), (p) => new TimestampSigner({ key: SECRET, salt: SESSION_STORE_SALT }).sign(p, NOW))
    await writeFile(join(files, `sessionid${key}`), record)
    const engine = createFileEngine({ directory: files, cookieName: 'sessionid', cookieAge: 1209600, secretKey: SECRET, log: () => {} })
    assert.deepEqual(await engine.load(key, NOW), new Map())
  })
})

describe('a session value too deep to store', () => {
  let server: TestServer
  before(async () => { server = await startTestServer({ session: { engine: 'db' } }) })
  after(() => server.close())

  it('is refused with 422 and a one-line reason', async () => {
    // Written by hand: JSON.stringify itself overflows the stack on such a value.
    const body = `{"key":"cart","value":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const res = await fetch(`${server.base}/fixture/session.set`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    assert.deepEqual([res.status, await res.json(), res.headers.getSetCookie()], [422, { rejected: `value is nested deeper than ${MAX_NESTING_DEPTH} levels, more than a session can store` }, []])
  })

})
