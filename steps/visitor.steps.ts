import assert from 'node:assert/strict'
import { Given, Then, When, type DataTable } from '@cucumber/cucumber'
import { TargetError } from '../harness/driver/target-error.js'
import type { SpecWorld } from './support/world.js'

Then('the visitor holds the cookie {string} with the value {string}', async function (this: SpecWorld, name: string, value: string) {
  const held = await this.agent.jar.find(name)
  assert.ok(held, `the visitor holds no cookie "${name}"`)
  assert.equal(held.value, value, `expected the visitor's cookie "${name}" to hold ${JSON.stringify(value)}; it holds ${JSON.stringify(held.value)}`)
})

Then('the visitor holds the cookie {string}', async function (this: SpecWorld, name: string) {
  assert.ok(await this.agent.jar.find(name), `the visitor holds no cookie "${name}"`)
})

Then('the visitor does not hold the cookie {string}', async function (this: SpecWorld, name: string) {
  const held = await this.agent.jar.find(name)
  assert.equal(held, undefined, `the visitor still holds "${name}=${held?.value}"`)
})

Given('the visitor\'s browser sends the cookie header {string}', function (this: SpecWorld, header: string) {
  this.agent.sendNextWithCookieHeaders([header])
})

// A header written literally (quotes and backslashes as they are), sent as a browser sends text: UTF-8.
Given('the visitor\'s browser sends the cookie header {text}', function (this: SpecWorld, header: string) {
  this.agent.sendNextWithCookieHeaders([Buffer.from(header, 'utf8').toString('latin1')])
})

Given('the visitor\'s browser sends the cookie headers {string} and {string} on separate lines', function (this: SpecWorld, a: string, b: string) {
  this.agent.sendNextWithCookieHeaders([a, b])
})

Given('the visitor\'s browser sends a cookie {string} whose quoted value is {int} backslashes', function (this: SpecWorld, name: string, count: number) {
  this.agent.sendNextWithCookieHeaders([`${name}="${'\\'.repeat(count)}"`])
})

Given('the visitor\'s browser sends a cookie {string} of {int} characters', function (this: SpecWorld, name: string, length: number) {
  this.chosenValue = 'v'.repeat(length)
  this.agent.sendNextWithCookieHeaders([`${name}=${'v'.repeat(length)}`])
})

When('the server reads the visitor\'s cookies', async function (this: SpecWorld) {
  try {
    await this.visit('cookie.received', {})
  } catch (error) {
    // RFC 6265bis §6.1 lets a server refuse an oversized request; the step that checks it decides.
    const status = this.agent.last?.response.status ?? 0
    if (!(error instanceof TargetError) || ![400, 413, 431].includes(status)) throw error
    this.lastAnswer = { refusedWithStatus: this.lastExchange.response.status }
  }
})

function received(world: SpecWorld): Map<string, string> {
  const answer = world.lastAnswer as { cookies?: Array<{ name: string; value: string }> }
  assert.ok(answer.cookies, `the server did not read the cookies: ${JSON.stringify(world.lastAnswer)}`)
  return new Map(answer.cookies.map((c) => [c.name, c.value]))
}

Then('the server sees the cookie {string} with the text {text}', function (this: SpecWorld, name: string, value: string) {
  seesValue(this, name, value)
})

/** What the server read for one cookie, in the scenario's words. */
function seesValue(world: SpecWorld, name: string, value: string | undefined, what = JSON.stringify(value)) {
  const cookies = received(world)
  const got = cookies.has(name) ? JSON.stringify(cookies.get(name)) : 'no such cookie'
  assert.equal(cookies.get(name), value, `expected the server to see the cookie "${name}" with ${what}; it saw ${got.length > 200 ? `${got.slice(0, 200)}… (${cookies.get(name)?.length} characters)` : got}`)
}

Then('the server sees the cookie {string} with the value {string}', function (this: SpecWorld, name: string, value: string) {
  const cookies = received(this)
  assert.ok(cookies.has(name), `the server sees no cookie "${name}"; it sees ${JSON.stringify([...cookies])}`)
  seesValue(this, name, value)
})

Then('the server sees the cookie {string} with that value', function (this: SpecWorld, name: string) {
  const value = this.chosenValue
  seesValue(this, name, value, `the value it was sent (${value?.length} characters)`)
})

Then('the server sees the cookie {string} with a value of {int} backslashes', function (this: SpecWorld, name: string, count: number) {
  seesValue(this, name, '\\'.repeat(count), `a value of ${count} backslashes`)
})

Then('the server sees no cookie named {string}', function (this: SpecWorld, name: string) {
  const cookies = received(this)
  assert.ok(!cookies.has(name), `the server sees "${name}=${cookies.get(name)}"`)
})

Then('the server sees exactly these cookies:', function (this: SpecWorld, table: DataTable) {
  const expected = table.hashes().map((row) => [row.name, row.value])
  const seen = [...received(this)]
  assert.deepEqual(seen, expected, `expected the server to see exactly ${JSON.stringify(expected)}; it saw ${JSON.stringify(seen)}`)
})

Then('the server either sees the whole cookie {string} or refuses the request as too large', function (this: SpecWorld, name: string) {
  const answer = this.lastAnswer as { refusedWithStatus?: number }
  if (answer.refusedWithStatus !== undefined) return
  assert.equal(received(this).get(name), this.chosenValue, 'the server read a different value')
})
