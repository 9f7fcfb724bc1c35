import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseSetCookieLine } from '../harness/agent/set-cookie-line.js'
import { tamper } from '../harness/oracle/signed-cookie.js'
import { ALTERATIONS, alterValue } from '../steps/support/alter-value.js'
import { guessability } from '../steps/support/key-entropy.js'
import { isDeletion } from '../steps/support/session-cookie.js'

const NOW = Date.parse('2026-06-01T00:00:00Z')

describe('a deletion, whatever value it carries (RFC 6265bis §5.7)', () => {
  it('accepts PHP\'s "deleted" with a past Expires and Max-Age=0, and Express\'s empty value with the epoch', () => {
    assert.ok(isDeletion(parseSetCookieLine('PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/'), NOW))
    assert.ok(isDeletion(parseSetCookieLine('connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'), NOW))
    assert.ok(isDeletion(parseSetCookieLine('a=b; Max-Age=-1'), NOW))
  })
  it('refuses a cookie that lives on: a future Expires, or a positive Max-Age that wins over a past Expires', () => {
    assert.ok(!isDeletion(parseSetCookieLine('a=; Expires=Wed, 01 Jul 2026 00:00:00 GMT'), NOW))
    assert.ok(!isDeletion(parseSetCookieLine('a=; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT'), NOW))
    assert.ok(!isDeletion(parseSetCookieLine('a='), NOW))
  })
})

describe('altering an opaque signed value', () => {
  it('changes every value, inside a URL-encoded one without breaking its escapes', () => {
    const express = 's%3AAbCdEf012.Xyz%2Bw9'
    for (const how of ALTERATIONS) {
      const altered = alterValue(express, how)
      assert.notEqual(altered, express, how)
      assert.doesNotThrow(() => decodeURIComponent(altered), how)
    }
    assert.equal(alterValue(express, 'flipping its first character'), 'f%3AAbCdEf012.Xyz%2Bw9')
    assert.equal(alterValue(express, 'dropping its last character'), 's%3AAbCdEf012.Xyz%2Bw')
  })
  it('is an error, never a silent no-op, when nothing can change', () => {
    assert.throws(() => alterValue('%3A%2F', 'flipping a character in the middle'), { name: 'TamperImpossible' })
  })
  it('refuses to change a Django part of a value that is not in Django\'s form', () => {
    assert.throws(() => tamper('s%3Ablue.sig', 'timestamp'), { name: 'TamperImpossible' })
    assert.equal(tamper('blue:1a2b:sig', 'timestamp'), 'blue:1a2c:sig')
  })
})

describe('an unguessable session key (OWASP ASVS 3.2.2)', () => {
  it('accepts Django\'s 32 lowercase letters and digits, and express-session\'s signed id', () => {
    assert.equal(guessability('k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8'), undefined)
    assert.equal(guessability('s%3AHn3bBq9hVt2Lx_0aZ6Q1m2Yp4Rk8sWd7.c2lnbmF0dXJlc2lnbmF0dXJl'), undefined)
  })
  it('refuses a counter, a short key and a run of one character', () => {
    assert.match(guessability('1234') ?? '', /at most 13 bits/)
    assert.match(guessability('abcdef12') ?? '', /at most 32 bits \(8 characters of an alphabet of 16\)/)
    assert.match(guessability('aaaaaaaaaaaaaaaaaaaaaaaa') ?? '', /repeats one character/)
  })
})
