import assert from 'node:assert/strict'
import { Given, Then, When, type DataTable } from '@cucumber/cucumber'
import { httpDate, isImfFixdate } from '../harness/agent/http-date.js'
import { attribute, parseSetCookieLine, type SetCookieLine } from '../harness/agent/set-cookie-line.js'
import { isRejected } from '../harness/driver/operations.js'
import { cookieAttributes } from './support/cookie-attributes.js'
import { isDeletion } from './support/session-cookie.js'
import type { CookieRef } from './support/parameter-types.js'
import type { SpecWorld } from './support/world.js'
import { controlNamed } from './support/control-characters.js'

async function setCookie(this: SpecWorld, name: string, value: string, table?: DataTable) {
  await this.visit('cookie.set', { name, value, ...cookieAttributes(this, table) })
}

// Cucumber tells callbacks from promises by arity, so each phrasing gets its own wrapper.
const setPlain = function (this: SpecWorld, name: string, value: string) { return setCookie.call(this, name, value) }
const setWith = function (this: SpecWorld, name: string, value: string, table: DataTable) { return setCookie.call(this, name, value, table) }
When('the server sets the cookie {string} to {string}', setPlain)
When('the server sets the cookie {string} to {string} with:', setWith)
When('the server sets a cookie named {string} to {string}', setPlain)
When('the server sets the cookie {string} to the text {text}', setPlain)
Given('the server has set the cookie {string} to the text {text}', setPlain)
Given('the server has set the cookie {string} to {string}', setPlain)
Given('the server has set the cookie {string} to {string} with:', setWith)

When('the server sets the cookie {string} to a value with a line break followed by {string}', async function (this: SpecWorld, name: string, rest: string) {
  await this.visit('cookie.set', { name, value: `x\r\n${rest}` })
})

Given('the server has set the cookie {string} to a value with a NUL byte between {string} and {string}', async function (this: SpecWorld, name: string, a: string, b: string) {
  this.chosenValue = `${a}\0${b}`
  await this.visit('cookie.set', { name, value: `${a}\0${b}` })
})

When('the server sets the cookie {string} to {string} and {string} joined by {}', async function (this: SpecWorld, name: string, a: string, b: string, joiner: string) {
  await this.visit('cookie.set', { name, value: `${a}${controlNamed(joiner)}${b}` })
})

async function deleteCookie(this: SpecWorld, name: string, table?: DataTable) {
  const { path, domain, samesite } = cookieAttributes(this, table)
  await this.visit('cookie.delete', { name, ...(path ? { path } : {}), ...(domain ? { domain } : {}), ...(samesite ? { samesite } : {}) })
}
When('the server deletes the cookie {string}', function (this: SpecWorld, name: string) { return deleteCookie.call(this, name) })
When('the server deletes the cookie {string} with:', function (this: SpecWorld, name: string, table: DataTable) { return deleteCookie.call(this, name, table) })

When('the server sets the cookie {string} to {string} and then to {string} in one response', async function (this: SpecWorld, name: string, first: string, second: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value: first }, { action: 'set', name, value: second }] })
})

When('the server sets the cookie {string} to {string} with these attributes and then to {string} in one response:', async function (this: SpecWorld, name: string, first: string, second: string, table: DataTable) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value: first, ...cookieAttributes(this, table) }, { action: 'set', name, value: second }] })
})

When('the server sets the cookie {string} to {string} for the domain {string} and then to {string} for the domain {string} in one response', async function (this: SpecWorld, name: string, first: string, firstDomain: string, second: string, secondDomain: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value: first, domain: firstDomain }, { action: 'set', name, value: second, domain: secondDomain }] })
})

When('the server sets the cookie {string} to {string} for the path {string} and then to {string} without a path in one response', async function (this: SpecWorld, name: string, first: string, path: string, second: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value: first, path }, { action: 'set', name, value: second, path: null }] })
})

When('the server sets the cookie {string} to {string} with these attributes and then deletes it in one response:', async function (this: SpecWorld, name: string, value: string, table: DataTable) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value, ...cookieAttributes(this, table) }, { action: 'delete', name }] })
})

When('the server sets the cookies {string}, {string} and then {string} again in one response', async function (this: SpecWorld, first: string, second: string, again: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name: first, value: '1' }, { action: 'set', name: second, value: '2' }, { action: 'set', name: again, value: '3' }] })
})

Given('the server has set the cookie {string} to {string} and then the signed cookie to {string} in one response', async function (this: SpecWorld, name: string, first: string, second: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value: first }, { action: 'setSigned', name, value: second }] })
})

When('the server sets the cookie {string} to {string} and then the cookie {string} with SameSite {string} in one response', async function (this: SpecWorld, name: string, value: string, second: string, samesite: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'set', name, value }, { action: 'set', name: second, value, samesite }] })
})

When('the server deletes the cookie {string} and then sets it to {string} in one response', async function (this: SpecWorld, name: string, value: string) {
  await this.visit('cookie.sequence', { steps: [{ action: 'delete', name }, { action: 'set', name, value }] })
})

/** The response's Set-Cookie line for a cookie; exactly one must exist. */
function lineFor(world: SpecWorld, ref: CookieRef | string) {
  const name = typeof ref === 'string' ? ref : 'name' in ref ? ref.name : world.sessionCookie
  const lines = world.lastExchange.response.setCookies.map(parseSetCookieLine).filter((c) => c.name === name)
  assert.ok(lines.length === 1, `expected the response to set the cookie "${name}" once; it set it ${lines.length} times: ${JSON.stringify(world.lastExchange.response.setCookies)}`)
  return lines[0]
}

/**
 * `<date in 10 seconds>` and `<date now>` stand for the dates the scenario's clock gives;
 * `<session key>` and `<messages value>` for the line's own value, which other steps check.
 */
function renderDates(world: SpecWorld, text: string, line: string): string {
  const { value } = parseSetCookieLine(line)
  return text
    .replace(/<session key>|<messages value>/g, () => value)
    .replace(/<date now>/g, () => httpDate(world.clock.nowMs()))
    .replace(/<date in (\d+) seconds>/g, (_, s: string) => httpDate(world.clock.nowMs() + Number(s) * 1000))
}

Then('the response sets {cookie} with the line:', function (this: SpecWorld, ref: CookieRef, expected: string) {
  const { line } = lineFor(this, ref)
  const wanted = renderDates(this, expected.trim(), line)
  assert.equal(line, wanted, `expected the response to set ${JSON.stringify(wanted)}; it set ${JSON.stringify(line)}`)
})

Then('the response sets {cookie} once', function (this: SpecWorld, ref: CookieRef) {
  lineFor(this, ref)
})

Then('the response sets {cookie}', function (this: SpecWorld, ref: CookieRef) {
  lineFor(this, ref)
})

/** The order of the Set-Cookie lines of the named cookies (others the response sets are left out). */
Then('the response\'s cookie lines name {string} then {string}', function (this: SpecWorld, first: string, second: string) {
  const names = this.lastExchange.response.setCookies.map((l) => parseSetCookieLine(l).name).filter((name) => name === first || name === second)
  assert.deepEqual(names, [first, second], `expected one line for "${first}" and then one for "${second}"; the lines name ${JSON.stringify(names)}`)
})

Then('the response sets no cookie {string}', function (this: SpecWorld, name: string) {
  const lines = this.lastExchange.response.setCookies.filter((l) => parseSetCookieLine(l).name === name)
  assert.deepEqual(lines, [], `expected the response to set no cookie "${name}"; it set ${JSON.stringify(lines)}`)
})

Then('the response deletes {cookie}', function (this: SpecWorld, ref: CookieRef) {
  const line = lineFor(this, ref)
  assert.ok(isDeletion(line, this.clock.nowMs()), `expected the response to delete the cookie (Max-Age=0 or an Expires in the past); it set: ${line.line}`)
})

Then('the response sets no cookie', function (this: SpecWorld) {
  const lines = this.lastExchange.response.setCookies
  assert.deepEqual(lines, [], `expected the response to set no cookie; it set ${JSON.stringify(lines)}`)
})

Then('the server refuses to set the cookie', function (this: SpecWorld) {
  assert.ok(isRejected(this.lastAnswer), `expected the server to refuse, it answered ${JSON.stringify(this.lastAnswer)}`)
})

/** Checks one attribute of the cookie's Set-Cookie line, saying in the scenario's words what came instead. */
function expectAttribute(world: SpecWorld, ref: CookieRef, wanted: string, holds: (line: SetCookieLine) => boolean) {
  const line = lineFor(world, ref)
  assert.ok(holds(line), `expected the response to set ${describeCookie(world, ref)} ${wanted}; it set ${line.line}`)
}
function describeCookie(world: SpecWorld, ref: CookieRef): string {
  return 'name' in ref ? `the cookie "${ref.name}"` : `the session cookie "${world.sessionCookie}"`
}

/**
 * Core: a hostile attribute value either makes the server refuse the cookie, or is written so
 * that it adds nothing (Werkzeug percent-encodes a path): no attribute or header line it carries
 * reaches the browser (RFC 6265bis §5.6 reads attributes at each ";").
 */
Then('the server refuses the cookie or writes it without what the value injects', function (this: SpecWorld) {
  const lines = this.lastExchange.response.setCookies
  if (isRejected(this.lastAnswer)) {
    assert.deepEqual(lines, [], `the server refused the cookie but still set ${JSON.stringify(lines)}`)
    return
  }
  const hostile = this.attributeValues
  const injected = hostile.flatMap((value) => value.split(/;|\r\n/).slice(1)).map((part) => part.split('=')[0].trim().toLowerCase()).filter(Boolean)
  const parsed = lines.map(parseSetCookieLine)
  const added = parsed.flatMap((line) => line.attributes.map((a) => a.name)).filter((name) => injected.includes(name))
  const ok = parsed.length === 1 && added.length === 0
  assert.ok(ok, `expected the server to refuse the cookie, or to write it without the attributes or header lines its value tries to add (${injected.join(', ')}); it set ${JSON.stringify(lines)}`)
})

Then('the response sets {cookie} for the path {string}', function (this: SpecWorld, ref: CookieRef, path: string) {
  expectAttribute(this, ref, `for the path "${path}"`, (line) => attribute(line, 'path').value === path)
})

Then('the response sets {cookie} {presence} the {flag} flag', function (this: SpecWorld, ref: CookieRef, present: boolean, flag: string) {
  expectAttribute(this, ref, `${present ? 'with' : 'without'} the ${flag} flag`, (line) => attribute(line, flag).present === present)
})

Then('the response sets {cookie} with SameSite {string}', function (this: SpecWorld, ref: CookieRef, value: string) {
  expectAttribute(this, ref, `with SameSite ${value}`, (line) => attribute(line, 'samesite').value?.toLowerCase() === value.toLowerCase())
})

Then('the response sets {cookie} without a SameSite attribute', function (this: SpecWorld, ref: CookieRef) {
  expectAttribute(this, ref, 'without a SameSite attribute', (line) => !attribute(line, 'samesite').present)
})

Then('the response sets {cookie} without an expiry', function (this: SpecWorld, ref: CookieRef) {
  expectAttribute(this, ref, 'without an expiry (no Expires, no Max-Age)', (line) => !attribute(line, 'expires').present && !attribute(line, 'max-age').present)
})

Then('the response sets {cookie} without a max age', function (this: SpecWorld, ref: CookieRef) {
  expectAttribute(this, ref, 'without a max age', (line) => !attribute(line, 'max-age').present)
})

Then('the response sets {cookie} without a domain', function (this: SpecWorld, ref: CookieRef) {
  expectAttribute(this, ref, 'without a domain', (line) => !attribute(line, 'domain').present)
})

Then('the response sets {cookie} with the max age {int}', function (this: SpecWorld, ref: CookieRef, seconds: number) {
  expectAttribute(this, ref, `with the max age ${seconds}`, (line) => attribute(line, 'max-age').value === String(seconds))
})

Then('the response sets {cookie} with an expires date {int} seconds from now', function (this: SpecWorld, ref: CookieRef, seconds: number) {
  const text = attribute(lineFor(this, ref), 'expires').value ?? ''
  const drift = Math.abs(Date.parse(text) - (this.clock.nowMs() + seconds * 1000))
  // RFC 6265bis §4.1.2.1 leaves Expires to whole seconds; Max-Age and Expires must agree to within one.
  assert.ok(drift <= 1000, `expires=${text} is not ${seconds} s after ${httpDate(this.clock.nowMs())}`)
})

Then('the response sets {cookie} with an expires date in IMF-fixdate form', function (this: SpecWorld, ref: CookieRef) {
  const text = attribute(lineFor(this, ref), 'expires').value ?? ''
  assert.ok(isImfFixdate(text), `expires=${text} is not an IMF-fixdate`)
})

Then('the response sets {cookie} with the expires text it was given', function (this: SpecWorld, ref: CookieRef) {
  const given = this.expiresText
  expectAttribute(this, ref, `with the expires text it was given (${given})`, (line) => attribute(line, 'expires').value === given)
})

Then('the response has no header line starting with {string}', function (this: SpecWorld, prefix: string) {
  const names = this.lastExchange.response.headers.map(([k]) => k.toLowerCase())
  assert.ok(!names.some((n) => n.startsWith(prefix.toLowerCase())), `header names: ${names.join(', ')}`)
})
