import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseCookieHeader } from '../reference/cookies/parse.js'
import { unquoteCookieValue } from '../reference/cookies/quote.js'

const parsed = (header: string) => [...parseCookieHeader(header)]

describe('parse_cookie (022-024)', () => {
  test('022 split on ";" then on the first "=", stripped and unquoted', () => {
    assert.deepEqual(parsed('a="x\\073y"'), [['a', 'x;y']])
    assert.deepEqual(parsed('a=b=c'), [['a', 'b=c']])
    assert.deepEqual(parsed('a='), [['a', '']])
    assert.deepEqual(parsed('  a  =  1  ;b=2'), [['a', '1'], ['b', '2']])
  })
  test('022 every ";" splits, even inside quotes', () => {
    assert.deepEqual(parsed('a="b;c"'), [['a', '"b'], ['', 'c"']])
  })
  test('022 Python example from the standard library tests', () => {
    assert.deepEqual(parsed('keebler=E=mc2; L="Loves"; fudge=\\012;'),
      [['keebler', 'E=mc2'], ['L', 'Loves'], ['fudge', '\\012']])
  })
  test('023 the last duplicate wins, at the first position', () => {
    assert.deepEqual(parsed('sessionid=abc; x=1; sessionid=def'), [['sessionid', 'def'], ['x', '1']])
  })
  test('024 no "=" means the empty name; empty chunks are ignored', () => {
    assert.deepEqual(parsed('novalue'), [['', 'novalue']])
    assert.deepEqual(parsed(' ; ;;a=1;'), [['a', '1']])
    assert.deepEqual(parsed('='), [])
  })
  test('024 names outside RFC 6265 are kept', () => {
    assert.deepEqual(parsed('bad:cookie=1; bad cookie=2'), [['bad:cookie', '1'], ['bad cookie', '2']])
  })
  test('only ";" separates pairs (CVE-2016-7401)', () => {
    assert.deepEqual(parsed('trk=x,csrftoken=evil'), [['trk', 'x,csrftoken=evil']])
    assert.deepEqual(parsed('a=1 sessionid=evil'), [['a', '1 sessionid=evil']])
  })
  test('prototype names are ordinary names', () => {
    const cookies = parseCookieHeader('__proto__=x; constructor=y; toString=z')
    assert.deepEqual([...cookies], [['__proto__', 'x'], ['constructor', 'y'], ['toString', 'z']])
    assert.equal(({} as Record<string, unknown>).x, undefined)
  })
  test('Python whitespace is stripped (\\x1c and \\x85 too)', () => {
    assert.deepEqual(parsed('\x1ca=1\x85'), [['a', '1']])
  })
  test('no header gives no cookies', () => {
    assert.deepEqual([...parseCookieHeader(undefined)], [])
  })
})

describe('unquoting (022, CVE-2024-7592)', () => {
  test('octal and backslash escapes, Python rules', () => {
    assert.equal(unquoteCookieValue('"\\"q\\\\"'), '"q\\')
    assert.equal(unquoteCookieValue('"\\477"'), '477')
    assert.equal(unquoteCookieValue('"\\3777"'), '\xff7')
    assert.equal(unquoteCookieValue('"a\\"'), 'a\\')
    assert.equal(unquoteCookieValue('"a\\\nb"'), 'a\\\nb')
    assert.equal(unquoteCookieValue('"'), '"')
    assert.equal(unquoteCookieValue('abc"'), 'abc"')
  })
  test('100 000 backslashes complete in one pass', () => {
    const value = unquoteCookieValue(`"${'\\'.repeat(100000)}"`)
    assert.equal(value, '\\'.repeat(50000))
  })
})
