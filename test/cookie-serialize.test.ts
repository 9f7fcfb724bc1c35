import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { CookieRejected } from '../reference/cookies/cookie-rejected.js'
import { formatHttpDate } from '../reference/cookies/http-date.js'
import { ResponseCookies, type CookieOptions } from '../reference/cookies/serialize.js'

const NOW = 1700000000 // Tue, 14 Nov 2023 22:13:20 GMT
const EPOCH = 'expires=Thu, 01 Jan 1970 00:00:00 GMT'

function setLine(name: string, value: string, options: CookieOptions = {}, now = NOW): string {
  const cookies = new ResponseCookies()
  cookies.set(name, value, options, now)
  return cookies.lines()[0]
}

function deleteLine(name: string, options = {}): string {
  const cookies = new ResponseCookies()
  cookies.delete(name, options, NOW)
  return cookies.lines()[0]
}

describe('set_cookie attributes (001-012)', () => {
  test('001 fixed attribute order and spelling', () => {
    const options = { domain: 'example.com', maxAge: 10, httponly: true, path: '/p/', samesite: 'Strict', secure: true }
    assert.equal(setLine('a', 'b', options),
      'a=b; Domain=example.com; expires=Tue, 14 Nov 2023 22:13:30 GMT; HttpOnly; Max-Age=10; Path=/p/; SameSite=Strict; Secure')
  })
  test('002 Path=/ by default, omitted for null or empty', () => {
    assert.equal(setLine('a', 'b'), 'a=b; Path=/')
    assert.equal(setLine('a', 'b', { path: null }), 'a=b')
    assert.equal(setLine('a', 'b', { path: '', domain: '' }), 'a=b')
  })
  test('003 max age gives expires and Max-Age', () => {
    assert.equal(setLine('a', 'b', { maxAge: 10 }), 'a=b; expires=Tue, 14 Nov 2023 22:13:30 GMT; Max-Age=10; Path=/')
  })
  test('004 a float max age is truncated, expires keeps the fraction', () => {
    assert.equal(setLine('a', 'b', { maxAge: 10.9 }, NOW + 0.5),
      'a=b; expires=Tue, 14 Nov 2023 22:13:31 GMT; Max-Age=10; Path=/')
  })
  test('005 a negative max age is emitted literally', () => {
    assert.equal(setLine('a', 'b', { maxAge: -5 }), 'a=b; expires=Tue, 14 Nov 2023 22:13:15 GMT; Max-Age=-5; Path=/')
    assert.equal(setLine('a', 'b', { maxAge: -5.5 }), 'a=b; expires=Tue, 14 Nov 2023 22:13:14 GMT; Max-Age=-5; Path=/')
  })
  test('007 an expires string is copied verbatim, also next to max age', () => {
    assert.equal(setLine('a', 'b', { expires: 'Wed, 21 Oct 2015 07:28:00 GMT' }),
      'a=b; expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/')
    assert.equal(setLine('a', 'b', { expires: 'soon', maxAge: 5 }), 'a=b; expires=soon; Max-Age=5; Path=/')
  })
  test('008 a datetime gives whole seconds until then plus one, floored at 0', () => {
    assert.equal(setLine('a', 'b', { expiresAt: NOW + 10 }), 'a=b; expires=Tue, 14 Nov 2023 22:13:31 GMT; Max-Age=11; Path=/')
    assert.equal(setLine('a', 'b', { expiresAt: NOW + 9.5 }), 'a=b; expires=Tue, 14 Nov 2023 22:13:30 GMT; Max-Age=10; Path=/')
    assert.equal(setLine('a', 'b', { expiresAt: NOW - 3600 }), 'a=b; expires=Tue, 14 Nov 2023 22:13:20 GMT; Max-Age=0; Path=/')
  })
  test('009 a datetime together with max age is rejected', () => {
    assert.throws(() => setLine('a', 'b', { expiresAt: NOW + 10, maxAge: 5 }),
      new CookieRejected("'expires' and 'max_age' can't be used together."))
  })
  test('010 domain as given, false flags absent', () => {
    assert.equal(setLine('a', 'b', { domain: '.example.com', secure: false, httponly: false }), 'a=b; Domain=.example.com; Path=/')
  })
  test('011 samesite in any case, emitted as given', () => {
    assert.equal(setLine('a', 'b', { samesite: 'lax' }), 'a=b; Path=/; SameSite=lax')
    assert.equal(setLine('a', 'b', { samesite: 'STRICT' }), 'a=b; Path=/; SameSite=STRICT')
    assert.equal(setLine('a', 'b', { samesite: '' }), 'a=b; Path=/')
    assert.throws(() => setLine('a', 'b', { samesite: 'relaxed' }),
      { name: 'CookieRejected', message: 'samesite must be "lax", "none", or "strict".' })
  })
  test('012 SameSite=None does not add Secure on set', () => {
    assert.equal(setLine('a', 'b', { samesite: 'None' }), 'a=b; Path=/; SameSite=None')
  })
})

describe('value quoting (013, 014)', () => {
  test('legal values stay bare', () => {
    assert.equal(setLine('a', "Az09!#$%&'*+-.^_`|~:", { path: null }), "a=Az09!#$%&'*+-.^_`|~:")
  })
  test('catalogue examples', () => {
    assert.equal(setLine('a', 'hello world', { path: null }), 'a="hello world"')
    assert.equal(setLine('a', 'x;y,z"q\\', { path: null }), 'a="x\\073y\\054z\\"q\\\\"')
    assert.equal(setLine('a', '', { path: null }), 'a=""')
  })
  test('literal specials, octal escapes for controls and Latin-1, raw above U+00FF', () => {
    assert.equal(setLine('a', '()/<=>?@[]{}', { path: null }), 'a="()/<=>?@[]{}"')
    assert.equal(setLine('a', 'x\r\nSet-Cookie: y=1', { path: null }), 'a="x\\015\\012Set-Cookie: y=1"')
    assert.equal(setLine('a', '\x00\x7f\xe9', { path: null }), 'a="\\000\\177\\351"')
    assert.equal(setLine('a', '清風', { path: null }), 'a="清風"')
  })
})

describe('the same name twice in one response (016)', () => {
  test('delete then set keeps Max-Age=0 at the first position', () => {
    const cookies = new ResponseCookies()
    cookies.delete('c', {}, NOW)
    cookies.set('other', '1', {}, NOW)
    cookies.set('c', 'new', {}, NOW)
    assert.deepEqual(cookies.lines(), ['c=new; Max-Age=0; Path=/', 'other=1; Path=/'])
  })
  test('a second set keeps attributes it does not set', () => {
    const cookies = new ResponseCookies()
    cookies.set('c', 'old', { domain: 'ex.com', secure: true, httponly: true, samesite: 'Lax', maxAge: 5, path: '/x' }, NOW)
    cookies.set('c', 'new', {}, NOW)
    assert.deepEqual(cookies.lines(), ['c=new; Domain=ex.com; HttpOnly; Max-Age=5; Path=/; SameSite=Lax; Secure'])
  })
})

describe('delete_cookie (017, 018)', () => {
  test('017 default deletion', () => {
    assert.equal(deleteLine('a'), `a=""; ${EPOCH}; Max-Age=0; Path=/`)
  })
  test('018 Secure for prefixed names and SameSite=None', () => {
    assert.equal(deleteLine('__Secure-a'), `__Secure-a=""; ${EPOCH}; Max-Age=0; Path=/; Secure`)
    assert.equal(deleteLine('__Host-a'), `__Host-a=""; ${EPOCH}; Max-Age=0; Path=/; Secure`)
    assert.equal(deleteLine('a', { domain: 'ex.com', path: '/x/', samesite: 'None' }),
      `a=""; Domain=ex.com; ${EPOCH}; Max-Age=0; Path=/x/; SameSite=None; Secure`)
    assert.equal(deleteLine('a', { samesite: 'Lax' }), `a=""; ${EPOCH}; Max-Age=0; Path=/; SameSite=Lax`)
  })
})

describe('rejections (015, header injection)', () => {
  const rejects = (options: CookieOptions, name = 'a') =>
    assert.throws(() => setLine(name, 'b', options), CookieRejected)
  test('illegal and reserved names', () => {
    for (const name of ['bad name', '', 'a=b; Max-Age=999; x', 'a\r\nx', 'é', 'path', 'Expires', 'MAX-AGE', 'samesite']) {
      rejects({}, name)
    }
  })
  test('attributes carrying ";" or control characters', () => {
    rejects({ path: '/; Domain=evil.test' })
    rejects({ domain: 'example.com; SameSite=None' })
    rejects({ path: '/\r\nSet-Cookie: admin=1' })
    rejects({ domain: 'ex\x00.com' })
    rejects({ expires: 'soon\n' })
    rejects({ path: '/\t' })
    rejects({ samesite: 'Lax; Secure' })
  })
  test('the deletion path is checked too', () => {
    assert.throws(() => deleteLine('a', { path: '/;x' }), CookieRejected)
    assert.throws(() => deleteLine('a', { samesite: 'bogus' }), CookieRejected)
  })
  test('an expiry date past year 9999 (Python datetime raises)', () => {
    rejects({ maxAge: 1e12 })
  })
  test('a rejected call leaves the collection unchanged', () => {
    const cookies = new ResponseCookies()
    assert.throws(() => cookies.set('a', 'b', { samesite: 'bad' }, NOW), CookieRejected)
    assert.deepEqual(cookies.lines(), [])
  })
})

describe('http date (021)', () => {
  test('IMF-fixdate in UTC, zero-padded, seconds truncated', () => {
    assert.equal(formatHttpDate(NOW + 0.999), 'Tue, 14 Nov 2023 22:13:20 GMT')
    assert.equal(formatHttpDate(0), 'Thu, 01 Jan 1970 00:00:00 GMT')
    assert.equal(formatHttpDate(-62135596800), 'Mon, 01 Jan 0001 00:00:00 GMT')
    assert.throws(() => formatHttpDate(253402300800), RangeError)
  })
})
