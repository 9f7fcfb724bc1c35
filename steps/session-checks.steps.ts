import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import { isDeletion, sentSessionKey, sessionCookieLines } from './support/session-cookie.js'
import { repeatedValue } from './support/repeated-values.js'
import type { SpecWorld } from './support/world.js'

Then('the response sets a new session cookie', function (this: SpecWorld) {
  const lines = sessionCookieLines(this)
  assert.ok(lines.length === 1, `expected the response to set a new session cookie ${this.sessionCookie}; it set ${JSON.stringify(this.lastExchange.response.setCookies)}`)
  assert.ok(!isDeletion(lines[0], this.clock.nowMs()), `the session cookie was deleted: ${lines[0].line}`)
  assert.notEqual(lines[0].value, '')
  assert.notEqual(lines[0].value, sentSessionKey(this), 'the server kept the key the visitor sent')
})

Then('the response sets the session cookie again with the same key', function (this: SpecWorld) {
  const lines = sessionCookieLines(this)
  assert.ok(lines.length === 1, `expected the response to set the session cookie ${this.sessionCookie} again; it set ${JSON.stringify(this.lastExchange.response.setCookies)}`)
  assert.equal(lines[0].value, sentSessionKey(this), `expected the response to set the session cookie again with the key the visitor sent (${sentSessionKey(this)}); it set ${lines[0].line}`)
})

Then('the response sets no session cookie', function (this: SpecWorld) {
  const lines = sessionCookieLines(this).map((l) => l.line)
  assert.deepEqual(lines, [], `expected the response to set no session cookie ${this.sessionCookie}; it set ${JSON.stringify(lines)}`)
})

function varyTokens(world: SpecWorld): string[] {
  return world.lastExchange.response.headers
    .filter(([name]) => name.toLowerCase() === 'vary')
    .flatMap(([, value]) => value.split(',').map((t) => t.trim().toLowerCase()))
}
Then('the response varies on Cookie', function (this: SpecWorld) {
  assert.ok(varyTokens(this).includes('cookie'), `Vary: ${varyTokens(this).join(', ') || '(none)'}`)
})
/**
 * A response that depends on the session must not be served by a shared cache to another
 * visitor (RFC 9111 §3.5 and §5.2.2.7; OWASP ASVS 8.2.1). Any of these keeps shared caches out:
 * Vary: Cookie (Django's way), Vary: *, Cache-Control: private or no-store.
 */
Then('the response is kept out of shared caches', function (this: SpecWorld) {
  const vary = varyTokens(this)
  const cacheControl = this.lastExchange.response.headers
    .filter(([name]) => name.toLowerCase() === 'cache-control')
    .flatMap(([, value]) => value.split(',').map((t) => t.trim().toLowerCase().split('=')[0]))
  const kept = vary.includes('cookie') || vary.includes('*') || cacheControl.includes('private') || cacheControl.includes('no-store')
  assert.ok(kept, `expected the response to keep shared caches out (Vary: Cookie, Vary: *, Cache-Control: private or no-store); it has Vary: ${vary.join(', ') || '(none)'} and Cache-Control: ${cacheControl.join(', ') || '(none)'}`)
})

/** An unknown key must stop being sent: the server deletes the cookie, or issues a fresh key in its place. */
Then('the response deletes the session cookie or replaces its key', function (this: SpecWorld) {
  const sent = sentSessionKey(this)
  const lines = sessionCookieLines(this)
  const ends = lines.some((l) => isDeletion(l, this.clock.nowMs()) || (l.value !== '' && l.value !== sent))
  assert.ok(ends, `expected the response to delete the session cookie ${this.sessionCookie} or to give it a new key; it set ${lines.length ? lines.map((l) => l.line).join(' | ') : 'no session cookie'}`)
})

Then('the response\'s Vary header is {string}', function (this: SpecWorld, expected: string) {
  const lines = this.lastExchange.response.headers.filter(([name]) => name.toLowerCase() === 'vary').map(([, value]) => value)
  assert.deepEqual(lines, [expected], `expected one Vary header "${expected}"; the response has ${lines.length ? lines.map((v) => `"${v}"`).join(' and ') : 'none'}`)
})

Then('the response does not vary on Cookie', function (this: SpecWorld) {
  assert.ok(!varyTokens(this).includes('cookie'), `Vary: ${varyTokens(this).join(', ')}`)
})

Then('the server answers with status {int}', function (this: SpecWorld, status: number) {
  assert.equal(this.lastExchange.response.status, status, `expected the server to answer with status ${status}; it answered ${this.lastExchange.response.status}`)
})

/** What the server answered for a key: from a read of one key or of the whole session. */
function found(world: SpecWorld, key: string): { present: boolean; value?: unknown } {
  const answer = world.lastAnswer as { data?: Record<string, unknown>; found?: boolean; value?: unknown; status?: number }
  assert.ok(answer.status === undefined, `the server answered HTTP ${answer.status}`)
  if (answer.data) return { present: Object.hasOwn(answer.data, key), value: answer.data[key] }
  assert.equal(world.readKey, key, `the scenario read "${world.readKey}", not "${key}"`)
  // setdefault answers only the value it found or stored: the key is there either way.
  if (answer.found === undefined && Object.hasOwn(answer, 'value')) return { present: true, value: answer.value }
  return { present: answer.found === true, value: answer.value }
}
function findsValue(this: SpecWorld, key: string, value: unknown) {
  const result = found(this, key)
  assert.ok(result.present, `the server finds no "${key}": ${JSON.stringify(this.lastAnswer)}`)
  assert.deepEqual(result.value, value, `expected the server to find "${key}" = ${JSON.stringify(value)}; it found ${JSON.stringify(result.value)}`)
}
Then('the server finds {string} = {string}', findsValue)
Then('the server finds {string} as the JSON {json}', findsValue)
Then('the server finds {string} as the number {float}', findsValue)
Then('the server finds {string} = the text {text}', findsValue)
Then('the server finds {string} as {int} {}', function (this: SpecWorld, key: string, count: number, kind: string) {
  findsValue.call(this, key, repeatedValue(count, kind))
})
Then('the server finds {string} as a list nested {int} levels deep', function (this: SpecWorld, key: string, depth: number) {
  const result = found(this, key)
  const text = result.present ? JSON.stringify(result.value) : 'nothing'
  assert.equal(text, '['.repeat(depth) + ']'.repeat(depth), `expected the server to find "${key}" as a list nested ${depth} levels deep; it found ${text.length > 100 ? `${text.slice(0, 100)}…` : text}`)
})
Then('the server finds no {string}', function (this: SpecWorld, key: string) {
  const result = found(this, key)
  assert.ok(!result.present, `the server finds "${key}" = ${JSON.stringify(result.value)}`)
})

async function nextRequestFinds(this: SpecWorld, key: string, value: unknown) {
  const answer = await this.visit('session.get', { key })
  assert.deepEqual(answer, { found: true, value }, `expected the visitor's next request to find "${key}" = ${JSON.stringify(value)}; it answered ${JSON.stringify(answer)}`)
}
Then('the visitor\'s next request finds {string} = {string}', nextRequestFinds)
Then('the visitor\'s next request finds {string} as the JSON {json}', nextRequestFinds)
