import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { dumps } from '../lib/signing/index.js'
import {
  decodeSessionData, decodeSignedCookieSession, encodeSessionData, encodeSignedCookieSession,
  SESSION_STORE_SALT, SIGNED_COOKIES_SALT,
} from '../reference/sessions/serialization.js'
import { parseSessionJson } from '../reference/sessions/ordered-json.js'

const SECRET = 'django-insecure-conformance-key'
const NOW = 1700000000 // base62 1r31eq
const AGE = 1209600
// §4.3, generated with Django 3.2.25 and unchanged in 5.2.7.
const W8 = 'eyJrIjoidiJ9:1r31eq:xgjxBd2TUEzku3OSy6dV5r6CxTTzdd8Li37AU-hvZFM'
const W9 = 'e30:1r31eq:gkFgxXlbcvkNJ1J9LsteOYow9TJ1ARshwr5SWpgATlk'
const W10 = 'eyJrIjoidiJ9:1r31eq:sDLQKoThVyvakrFkyDXBaO1DPRR-1KQVGf0PNNJ8ED0'

function capture(): { log: (line: string) => void; lines: string[] } {
  const lines: string[] = []
  return { log: (line) => lines.push(line), lines }
}

describe('the catalogue vectors, byte for byte', () => {
  test('W8: a signed_cookies session {"k":"v"} (083; not compressed, zlib saves too little)', () => {
    assert.equal(encodeSignedCookieSession(new Map([['k', 'v']]), SECRET, NOW), W8)
  })
  test('W9: an empty signed_cookies session is e30', () => {
    assert.equal(encodeSignedCookieSession(new Map(), SECRET, NOW), W9)
  })
  test('W10: the db/file session_data of {"k":"v"} (066)', () => {
    assert.equal(encodeSessionData(new Map([['k', 'v']]), SECRET, NOW), W10)
  })
  test('only the whole seconds of now are signed', () => {
    assert.equal(encodeSessionData(new Map([['k', 'v']]), SECRET, NOW + 0.999), W10)
  })
  test('the two salts are the catalogue\'s', () => {
    assert.equal(SESSION_STORE_SALT, 'django.contrib.sessions.SessionStore')
    assert.equal(SIGNED_COOKIES_SALT, 'django.contrib.sessions.backends.signed_cookies')
  })
})

describe('session data (066, 067, 163)', () => {
  test('W10 decodes to its data', () => {
    assert.deepEqual(decodeSessionData(W10, SECRET), new Map([['k', 'v']]))
  })
  test('long data is compressed (a leading ".") and decodes back', () => {
    const data = new Map([['data', 'x'.repeat(100)]])
    const text = encodeSessionData(data, SECRET, NOW)
    assert.match(text, /^\.eJyrVkpJLElUslKqoANQqgUAwf0yNQ:1r31eq:/)
    assert.deepEqual(decodeSessionData(text, SECRET), data)
  })
  test('key order survives a round trip, integer-like keys included (163)', () => {
    const data = new Map<string, unknown>([['b', 1], ['10', 2], ['2', { z: 1, a: [1, 2] }], ['a', null]])
    const text = encodeSessionData(data, SECRET, NOW)
    const decoded = decodeSessionData(text, SECRET)
    assert.deepEqual([...decoded.keys()], ['b', '10', '2', 'a'])
    assert.equal(encodeSessionData(decoded, SECRET, NOW), text)
  })
  test('non-ASCII is escaped as Python does (064)', () => {
    const text = encodeSessionData(new Map([['k', 'café 😀 <&>/']]), SECRET, NOW)
    const payload = Buffer.from(text.split(':')[0], 'base64url').toString('latin1')
    assert.equal(payload, '{"k":"caf\\u00e9 \\ud83d\\ude00 <&>/"}')
  })
  test('a bad signature reads as empty and logs "Session data corrupted" (067)', () => {
    for (const text of ['garbage', W10.replace('eyJr', 'eyJs'), W8, `${W10}x`]) {
      const { log, lines } = capture()
      assert.deepEqual(decodeSessionData(text, SECRET, log), new Map(), text)
      assert.deepEqual(lines, ['Session data corrupted'], text)
    }
  })
  test('another SECRET_KEY makes every stored session unreadable (155)', () => {
    const { log, lines } = capture()
    assert.deepEqual(decodeSessionData(W10, 'another-secret', log), new Map())
    assert.equal(lines.length, 1)
  })
  test('a valid signature over something that is not an object reads as empty, silently', () => {
    const { log, lines } = capture()
    const list = dumps([1, 2], { key: SECRET, salt: SESSION_STORE_SALT, compress: true, now: NOW })
    assert.deepEqual(decodeSessionData(list, SECRET, log), new Map())
    assert.deepEqual(lines, [])
  })
})

describe('the signed_cookies value (083-085)', () => {
  test('W8 decodes while no older than SESSION_COOKIE_AGE (084: strictly older is rejected)', () => {
    assert.deepEqual(decodeSignedCookieSession(W8, SECRET, NOW + AGE, AGE), new Map([['k', 'v']]))
    assert.equal(decodeSignedCookieSession(W8, SECRET, NOW + AGE + 1, AGE), undefined)
  })
  test('tampered values, foreign values and the db format are rejected', () => {
    for (const value of [W8.replace('xgjx', 'xgjy'), 'abcdefgh', W10, `${W9}:extra`]) {
      assert.equal(decodeSignedCookieSession(value, SECRET, NOW, AGE), undefined, value)
    }
  })
  test('the data is signed, not encrypted: anyone reads the JSON', () => {
    const value = encodeSignedCookieSession(new Map([['k', 'hello']]), SECRET, NOW)
    assert.equal(Buffer.from(value.split(':')[0], 'base64url').toString(), '{"k":"hello"}')
  })
  test('a custom expiry travels in the JSON, in insertion order (087)', () => {
    const value = encodeSignedCookieSession(new Map<string, unknown>([['_session_expiry', 300], ['k', 'x']]), SECRET, NOW)
    assert.equal(Buffer.from(value.split(':')[0], 'base64url').toString(), '{"_session_expiry":300,"k":"x"}')
  })
})

describe('Python\'s words for the non-finite floats (json.loads reads NaN, Infinity, -Infinity)', () => {
  test('are read at every depth, and words inside strings stay text', () => {
    const data = parseSessionJson('{"2":[NaN,{"i":-Infinity}],"1":Infinity,"s":"NaN Infinity \\"-Infinity"}')
    assert.deepEqual([...(data ?? new Map()).keys()], ['2', '1', 's'])
    const [nan, inner] = data?.get('2') as [number, { i: number }]
    assert.ok(Number.isNaN(nan))
    assert.equal(inner.i, -Infinity)
    assert.equal(data?.get('1'), Infinity)
    assert.equal(data?.get('s'), 'NaN Infinity "-Infinity')
  })
  test('other words, lower case, a sign on NaN and words joined to others stay invalid', () => {
    for (const text of ['{"k":nan}', '{"k":infinity}', '{"k":-NaN}', '{"k":+Infinity}', '{"k":1NaN}', '{"k":Infinityx}', '{"k":1}NaN']) {
      assert.throws(() => parseSessionJson(text), SyntaxError, text)
    }
  })
})
