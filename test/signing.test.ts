import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import pako from 'pako'
import {
  BadSignature, cookieSignerKey, decodeBase62, decodePayload, deriveKey, dumps, encodeBase62,
  getCookieSigner, InvalidAlgorithm, saltedHmac, SignatureExpired, signObject, Signer,
  TimestampSigner, toPythonJson,
} from '../lib/signing/index.js'

// Values computed with real Django 3.2.25 for this SECRET_KEY and a clock frozen at 1700000000 (base62 1r31eq).
const SECRET = 'django-insecure-conformance-key'
const NOW = 1700000000
const messagesSigner = (algorithm?: 'sha1') =>
  getCookieSigner({ secretKey: SECRET, salt: 'django.contrib.messages', algorithm })
/** What signing.dumps signs with: SECRET_KEY and the salt "django.core.signing". */
const dumpsSigner = () => new TimestampSigner({ key: SECRET, salt: 'django.core.signing' })

describe('worked examples W1-W15 (§4.3)', () => {
  test('W1 Signer().sign', () => {
    assert.equal(new Signer({ key: SECRET }).sign('hello'), 'hello:p9DZvPpo7_qlex_SiOnjXx0MVIcgq_p4ku0MTnVlQLU')
  })
  test('W2 Signer(salt="my-salt").sign', () => {
    assert.equal(new Signer({ key: SECRET, salt: 'my-salt' }).sign('hello'),
      'hello:NIyTkCX0pvld2ftYrkNzFu87_p6wpKYrERFAgYdBniM')
  })
  test('W3 TimestampSigner().sign', () => {
    assert.equal(new TimestampSigner({ key: SECRET }).sign('hello', NOW),
      'hello:1r31eq:Fx8M8woInMtV4GHEtHk-a9q5kH_kAbC616z5ysdMEU4')
  })
  test('W4 signing.dumps', () => {
    assert.equal(dumps({ a: 1, b: 'two' }, { key: SECRET, now: NOW }),
      'eyJhIjoxLCJiIjoidHdvIn0:1r31eq:TTYAQOA7iG-3DZCqvBx7JmRaamX5uQeCq3-rq-YW7vA')
  })
  test('W5 signing.dumps compressed, with the zlib bytes', () => {
    const value = { data: 'x'.repeat(100) }
    assert.equal(dumps(value, { key: SECRET, now: NOW, compress: true }),
      '.eJyrVkpJLElUslKqoANQqgUAwf0yNQ:1r31eq:H076wNevPubZ6W-to98zxq9yacrpO4RtqbOT5D_dxJI')
    const zlib = Buffer.from(pako.deflate(Buffer.from(toPythonJson(value), 'latin1'), { level: 6 }))
    assert.equal(zlib.toString('hex'), '789cab564a492c4954b252aaa00350aa0500c1fd3235')
  })
  test('W6 set_signed_cookie value', () => {
    assert.equal(getCookieSigner({ secretKey: SECRET, salt: 'color' }).sign('blue', NOW),
      'blue:1r31eq:db57IL4kPg9KyPTVx4AtfAKG43Uo0RurOvsUCtmbz2o')
  })
  test('W7 set_signed_cookie with salt "extra"', () => {
    assert.equal(getCookieSigner({ secretKey: SECRET, salt: 'colorextra' }).sign('blue', NOW),
      'blue:1r31eq:OEdhQrrYZrWGdFrhavFb_DRCOtWLiCaqtKZeIqfTe-o')
  })
  test('W8 signed_cookies session stays uncompressed', () => {
    assert.equal(dumps({ k: 'v' }, { key: SECRET, now: NOW, compress: true, salt: 'django.contrib.sessions.backends.signed_cookies' }),
      'eyJrIjoidiJ9:1r31eq:xgjxBd2TUEzku3OSy6dV5r6CxTTzdd8Li37AU-hvZFM')
  })
  test('W9 signed_cookies empty session', () => {
    assert.equal(dumps({}, { key: SECRET, now: NOW, compress: true, salt: 'django.contrib.sessions.backends.signed_cookies' }),
      'e30:1r31eq:gkFgxXlbcvkNJ1J9LsteOYow9TJ1ARshwr5SWpgATlk')
  })
  test('W10 db session_data', () => {
    assert.equal(dumps({ k: 'v' }, { key: SECRET, now: NOW, compress: true, salt: 'django.contrib.sessions.SessionStore' }),
      'eyJrIjoidiJ9:1r31eq:sDLQKoThVyvakrFkyDXBaO1DPRR-1KQVGf0PNNJ8ED0')
  })
  test('W11 messages cookie, one INFO message', () => {
    assert.equal(signObject(messagesSigner(), [['__json_message', 0, 20, 'Hello']], NOW, { compress: true }),
      'W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkhlbGxvIl1d:1r31eq:8eZtke8sETouTyXuXyZ9nEUtnYuJWgL4UbhTJV9m_N0')
  })
  test('W11b messages cookie keeping empty extra_tags (main)', () => {
    assert.equal(signObject(messagesSigner(), [['__json_message', 0, 20, 'Hello', '']], NOW, { compress: true }),
      'W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkhlbGxvIiwiIl1d:1r31eq:_hlercRcJdXoB6jkJ7rcHraDAEEPW7Pff5_v3L7-wPw')
  })
  test('W12 messages cookie compressed with pako', () => {
    const messages = [['__json_message', 0, 30, 'Careful', 'x y'], ['__json_message', 0, 40, '<b>safe</b>']]
    assert.equal(signObject(messagesSigner(), messages, NOW, { compress: true }),
      '.eJyLjlaKj88qzs-Lz00tLk5MT1XSMdAxNtBRck4sSk0rzVHSUapQqFSK1cGmzgSozibJrjgxLdVGP8lOKTYWAP8qGNU:1r31eq:LEiOzf2xc451QdgGpGgWrYnWNaY6waE2wLTnQozw7ok')
  })
  test('W13 messages cookie, sentinel only', () => {
    assert.equal(signObject(messagesSigner(), ['__messagesnotfinished__'], NOW, { compress: true }),
      'WyJfX21lc3NhZ2Vzbm90ZmluaXNoZWRfXyJd:1r31eq:-Uq1OKYJEKC-p7d_zUufAtum8PTLLApxetu5epUO48g')
  })
  test('W14 messages cookie, safe SUCCESS message', () => {
    assert.equal(signObject(messagesSigner(), [['__json_message', 1, 25, '<i>ok</i>']], NOW, { compress: true }),
      'W1siX19qc29uX21lc3NhZ2UiLDEsMjUsIjxpPm9rPC9pPiJdXQ:1r31eq:qyD9nEgAk7lS7NGS2SIdrlUdgCPMAwwh40T2VaVQG9U')
  })
  test('W15 SHA-1 signed cookie (3.2 with sha1 setting)', () => {
    assert.equal(getCookieSigner({ secretKey: SECRET, salt: 'color', algorithm: 'sha1' }).sign('blue', NOW),
      'blue:1r31eq:XS4wSq2Gd7gJZUgypxNZ-x5PeVA')
  })
})

describe('intermediate keys (§4.3)', () => {
  test('W6 step by step: derived key and HMAC', () => {
    const key = cookieSignerKey(SECRET)
    assert.equal(key.toString(), 'django.http.cookiesdjango-insecure-conformance-key')
    assert.equal(deriveKey('colorsigner', key, 'sha256').toString('hex'),
      '9340b34f970d095f94eb93c5698e393621eaa8ba00b3fd7201debe062f495272')
    const hmac = saltedHmac('colorsigner', 'blue:1r31eq', key)
    assert.equal(hmac.toString('hex'), '75be7b20be243e0f4ac8f4d5c7802d7c0286e37528d11bab3afb140ad99bcf6a')
    assert.equal(hmac.toString('base64url'), 'db57IL4kPg9KyPTVx4AtfAKG43Uo0RurOvsUCtmbz2o')
  })
  test('signed_cookies session key and W8 HMAC', () => {
    const salt = 'django.contrib.sessions.backends.signed_cookiessigner'
    assert.equal(deriveKey(salt, SECRET, 'sha256').toString('hex'),
      '62e961fc052e7f95aa5d63e6e49a6dece6735caa4d40f58eb25aff16a8e20531')
    assert.equal(saltedHmac(salt, 'eyJrIjoidiJ9:1r31eq', SECRET).toString('hex'),
      'c608f105dd93504ce4bb7392cba755e6be82c534f375df0b8b7ec053e86f6453')
  })
  test('messages cookie key', () => {
    assert.equal(deriveKey('django.contrib.messagessigner', cookieSignerKey(SECRET), 'sha256').toString('hex'),
      '240ddb1420541de7952a84659c360cb0cf66bbc0054db87984096f36e047de2b')
  })
  test('db session_data key', () => {
    assert.equal(deriveKey('django.contrib.sessions.SessionStoresigner', SECRET, 'sha256').toString('hex'),
      'aec8e01b26cc3726922e92a59cd153734dc882ceb5fe81c110caf3f1dcbb96fe')
  })
})

describe('vectors without a timestamp (§4.3)', () => {
  test('predictable-secret, with ":" and "/" separators', () => {
    assert.equal(new Signer({ key: 'predictable-secret' }).sign('foo'), 'foo:jZQoX_FtSO70jX9HLRGg2A_2s4kdDBxz1QoO_OpEQb0')
    assert.equal(new Signer({ key: 'predictable-secret', sep: '/' }).sign('foo'), 'foo/jZQoX_FtSO70jX9HLRGg2A_2s4kdDBxz1QoO_OpEQb0')
  })
  test('a non-ASCII byte key', () => {
    assert.equal(new Signer({ key: Uint8Array.of(0xe7) }).sign('foo'), 'foo:EE4qGC5MEKyQG5msxYA0sBohAxLC0BJf8uRhemh0BGU')
  })
  test('sha512 signature (86 chars)', () => {
    const signature = new Signer({ key: 'predictable-secret', algorithm: 'sha512' }).signature('hello')
    assert.equal(signature, 'Usf3uVQOZ9m6uPfVonKR-EBXjPe7bjMbp3_Fq8MfsptgkkM1ojidN0BxYaT5HAEN1VzO9_jVu7R-VkqknHYNvw')
  })
  test('JSON escaping reference', () => {
    assert.equal(toPythonJson({ k: 'café 😀 <&>/' }), '{"k":"caf\\u00e9 \\ud83d\\ude00 <&>/"}')
  })
  // json.dumps(json.loads(text)) in Python 3.11 for the text JSON.stringify gives these numbers.
  test('numbers as Python writes them after reading JSON.stringify text', () => {
    assert.equal(toPythonJson([1e16, 999999999999999900000, 1e21, -1e21, 1e300, 1.5e300, 0.0001, 0.00001, 1.5e-7]),
      '[10000000000000000,999999999999999900000,1e+21,-1e+21,1e+300,1.5e+300,0.0001,1e-05,1.5e-07]')
  })
})

describe('base62 (150)', () => {
  test('encodes and decodes timestamps, zero and negatives', () => {
    assert.equal(encodeBase62(NOW), '1r31eq')
    assert.equal(encodeBase62(0), '0')
    assert.equal(encodeBase62(-61), '-z')
    assert.equal(decodeBase62('1r31eq'), NOW)
    assert.equal(decodeBase62('-z'), -61)
    assert.throws(() => decodeBase62('1r3!'), RangeError)
  })
})

describe('Signer.unsign (030, 146, 151, 153)', () => {
  const signer = new Signer({ key: SECRET })
  test('returns the value of a valid signature, splitting on the last separator', () => {
    assert.equal(signer.unsign(signer.sign('a:b:c')), 'a:b:c')
  })
  test('detects tampering with the value or the signature', () => {
    const signed = signer.sign('hello')
    assert.throws(() => signer.unsign(signed.replace('hello', 'hellp')), BadSignature)
    assert.throws(() => signer.unsign(`${signed}x`), /does not match/)
  })
  test('reports a value without the separator', () => {
    assert.throws(() => signer.unsign('hello'), { name: 'BadSignature', message: 'No ":" found in value' })
  })
  test('rejects a signature made with another salt', () => {
    assert.throws(() => new Signer({ key: SECRET, salt: 'other' }).unsign(signer.sign('x')), BadSignature)
  })
  test('accepts fallback keys but signs with the key (034)', () => {
    const old = new Signer({ key: 'old-key' })
    const rotated = new Signer({ key: SECRET, fallbackKeys: ['old-key'] })
    assert.equal(rotated.unsign(old.sign('v')), 'v')
    assert.equal(rotated.sign('v'), signer.sign('v'))
  })
  test('rejects a SHA-1 signature under SHA-256, as current Django does (035)', () => {
    const sha1 = new Signer({ key: SECRET, algorithm: 'sha1' }).sign('v')
    assert.equal(sha1.length, 'v:'.length + 27)
    assert.throws(() => signer.unsign(sha1), BadSignature)
  })
  test('stringifies numbers and booleans like Python str()', () => {
    assert.equal(signer.sign(123), `123:${signer.signature('123')}`)
    assert.equal(signer.unsign(signer.sign(true)), 'True')
  })
  test('refuses unsafe separators and unknown algorithms', () => {
    for (const sep of ['', 'a', '-', '_', '=', '[', '`']) {
      assert.throws(() => new Signer({ key: SECRET, sep }), /Unsafe Signer separator/)
    }
    assert.throws(() => new Signer({ key: SECRET, algorithm: 'md5' as 'sha1' }), InvalidAlgorithm)
  })
  test('uses the class path when the salt is empty (147)', () => {
    assert.equal(new Signer({ key: SECRET, salt: '' }).salt, 'django.core.signing.Signer')
    assert.equal(new TimestampSigner({ key: SECRET }).salt, 'django.core.signing.TimestampSigner')
  })
})

describe('TimestampSigner ages (031)', () => {
  const signer = new TimestampSigner({ key: SECRET })
  const signed = signer.sign('v', NOW + 0.9)
  test('signs the whole seconds of now', () => {
    assert.equal(signed, signer.sign('v', NOW))
    assert.deepEqual(signer.unsignWithTimestamp(signed), { value: 'v', timestamp: NOW })
  })
  test('accepts an age equal to maxAge', () => {
    assert.equal(signer.unsign(signed, { maxAge: 10, now: NOW + 10 }), 'v')
  })
  test('expires an age strictly greater than maxAge, fractions included', () => {
    assert.throws(() => signer.unsign(signed, { maxAge: 10, now: NOW + 10.5 }), SignatureExpired)
    assert.throws(() => signer.unsign(signed, { maxAge: 10, now: NOW + 10.5 }), BadSignature)
  })
  test('ignores the age without a check', () => {
    assert.equal(signer.unsign(signed), 'v')
  })
})

describe('payloads, dumps and loads (152)', () => {
  test('round-trip plain and compressed payloads', () => {
    const value = { data: 'x'.repeat(100), n: [1, 2.5, null, true] }
    for (const compress of [false, true]) {
      const signed = dumps(value, { key: SECRET, now: NOW, compress })
      assert.equal(signed.startsWith('.'), compress)
      assert.deepEqual(decodePayload(dumpsSigner().unsign(signed)), value)
    }
  })
  test('a dumped value carries its age, under the salt "django.core.signing"', () => {
    const signed = dumps({ k: 'v' }, { key: SECRET, now: NOW })
    assert.throws(() => dumpsSigner().unsign(signed, { maxAge: 5, now: NOW + 6 }), SignatureExpired)
    assert.throws(() => new TimestampSigner({ key: SECRET, salt: 'other' }).unsign(signed), BadSignature)
  })
  test('a messages cookie is read back', () => {
    const signed = signObject(messagesSigner(), ['__messagesnotfinished__'], NOW)
    assert.deepEqual(decodePayload(messagesSigner().unsign(signed)), ['__messagesnotfinished__'])
    assert.deepEqual(decodePayload('e30'), {})
  })
  test('Python-style numbers and escapes', () => {
    // 1e21 and up reach the server only as JSON floats ("1e+21", what JSON.stringify writes).
    assert.equal(toPythonJson([1, -0, 2.5, 1e-5, 1.5e-10, 0.0001, 1e21, NaN, -Infinity]),
      '[1,0,2.5,1e-05,1.5e-10,0.0001,1e+21,NaN,-Infinity]')
    assert.equal(toPythonJson('"\\\n\t\u0001\u007f'), '"\\"\\\\\\n\\t\\u0001\\u007f"')
    assert.equal(toPythonJson(new Map([['2', 'a'], ['1', 'b']])), '{"2":"a","1":"b"}')
  })
})
