import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { formatChecks, runDeploymentChecks } from '../lib/checks/deployment-checks.js'

const STRONG = 'x8Qw2Lr5Zp0Ty7Uk4Mn1Bv6Cx3Hs9Dj2Fg5Ka8Ze1Wq4Ro7Ip0'
const ids = (input: Parameters<typeof runDeploymentChecks>[0]) => runDeploymentChecks(input).map((c) => c.id)

describe('deployment checks', () => {
  it('finds nothing in a production-ready configuration', () => {
    assert.deepEqual(ids({ secretKey: STRONG, sessionCookieSecure: true, sessionCookieHttpOnly: true, sessionCookieSameSite: 'Lax', sessionMiddleware: true, messageStorage: 'fallback', sessionFileDirectoryMode: 0o700 }), [])
  })

  it('reports each weak secret key as security.W009 (Django: under 50 characters, under 5 distinct, django-insecure- prefix)', () => {
    assert.deepEqual(ids({ secretKey: 'short' }), ['security.W009'])
    assert.deepEqual(ids({ secretKey: 'ab'.repeat(40) }), ['security.W009'])
    assert.deepEqual(ids({ secretKey: `django-insecure-${STRONG}` }), ['security.W009'])
  })

  it('draws the W009 lines where Django does: 50 characters and 5 distinct ones pass, 49 or 4 do not', () => {
    const key = (length: number, distinct: number) => Array.from({ length }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % distinct]).join('')
    assert.deepEqual(ids({ secretKey: key(49, 20) }), ['security.W009'])
    assert.deepEqual(ids({ secretKey: key(50, 20) }), [])
    assert.deepEqual(ids({ secretKey: key(51, 20) }), [])
    assert.deepEqual(ids({ secretKey: key(60, 4) }), ['security.W009'])
    assert.deepEqual(ids({ secretKey: key(60, 5) }), [])
    assert.deepEqual(ids({ secretKey: key(60, 6) }), [])
  })

  it('reports each weak former key as security.W025, naming its place in SECRET_KEY_FALLBACKS', () => {
    const found = runDeploymentChecks({ secretKey: STRONG, secretKeyFallbacks: ['short', STRONG, `django-insecure-${STRONG}`] })
    assert.deepEqual(found.map((c) => c.id), ['security.W025', 'security.W025'])
    assert.match(found[0].message, /^SECRET_KEY_FALLBACKS\[0\],/)
    assert.match(found[1].message, /^SECRET_KEY_FALLBACKS\[2\],/)
    assert.deepEqual(ids({ secretKey: 'short', secretKeyFallbacks: [STRONG] }), ['security.W009'])
  })

  it('trusts the cookie the server really sent over the declared setting', () => {
    assert.deepEqual(ids({ sessionCookieSecure: true, observedSessionCookie: { secure: false, httpOnly: true } }), ['security.W012'])
  })

  it('reports HttpOnly off, SameSite None without Secure, an open file directory, and messages without sessions', () => {
    assert.deepEqual(ids({ sessionCookieSecure: false, sessionCookieHttpOnly: false, sessionCookieSameSite: 'None', sessionFileDirectoryMode: 0o755, sessionMiddleware: false, messageStorage: 'session' }),
      ['security.W012', 'security.W015', 'sessionspec.W001', 'sessionspec.W002', 'sessionspec.E001'])
  })

  it('draws the W002 and E001 lines at each bit and storage: group or other access, session or fallback storage', () => {
    assert.deepEqual(ids({ sessionFileDirectoryMode: 0o700 }), [])
    assert.deepEqual(ids({ sessionFileDirectoryMode: 0o710 }), ['sessionspec.W002'])
    assert.deepEqual(ids({ sessionFileDirectoryMode: 0o740 }), ['sessionspec.W002'])
    assert.deepEqual(ids({ sessionFileDirectoryMode: 0o701 }), ['sessionspec.W002'])
    assert.deepEqual(ids({ sessionFileDirectoryMode: 0o41700 }), [])
    assert.deepEqual(ids({ sessionMiddleware: false, messageStorage: 'fallback' }), ['sessionspec.E001'])
    assert.deepEqual(ids({ sessionMiddleware: false, messageStorage: 'session' }), ['sessionspec.E001'])
    assert.deepEqual(ids({ sessionMiddleware: false, messageStorage: 'cookie' }), [])
    assert.deepEqual(ids({ sessionMiddleware: true, messageStorage: 'fallback' }), [])
  })

  it('prints findings as Django does, with a level and a hint each', () => {
    const text = formatChecks(runDeploymentChecks({ sessionCookieHttpOnly: false }))
    assert.match(text, /^System check identified some issues:\n\nsecurity\.W015: \(WARNING\) .+\n\tHINT: .+\n\nSystem check identified 1 issue\.$/)
    assert.equal(formatChecks([]), 'System check identified no issues.')
  })

  it('makes sessionspec check exit 1 against the reference server, whose development settings it reports', () => {
    const result = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'check'], { encoding: 'utf8' })
    assert.equal(result.status, 1, result.stderr)
    assert.match(result.stdout, /security\.W009: \(WARNING\)/)
    assert.match(result.stdout, /security\.W012: \(WARNING\)/)
  })
})
