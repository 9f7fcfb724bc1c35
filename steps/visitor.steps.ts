import assert from 'node:assert/strict'
import { Given, Then, When, type DataTable } from '@cucumber/cucumber'
import { TargetError } from '../harness/driver/target-error.js'
import type { SpecWorld } from './support/world.js'

Then('the visitor holds the cookie {string} with the value {string}', async function (this: SpecWorld, name: string, value: string) {
  const held = await this.agent.jar.find(name)
  assert.ok(held, `the visitor holds no cookie "${name}"`)
  assert.equal(held.value, value)
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

Given('the visitor\'s browser sends the cookie headers {string} and {string} on separate lines', function (this: SpecWorld, a: string, b: string) {
  this.agent.sendNextWithCookieHeaders([a, b])
})

Given('the visitor\'s browser sends a cookie {string} whose quoted value is {int} backslashes', function (this: SpecWorld, name: string, count: number) {
  this.agent.sendNextWithCookieHeaders([`${name}="${'\\'.repeat(count)}"`])
})

Given('the visitor\'s browser sends a cookie {string} of {int} characters', function (this: SpecWorld, name: string, length: number) {
  this.remembered.set('value', 'v'.repeat(length))
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
  assert.equal(received(this).get(name), value)
})

Then('the server sees the cookie {string} with the value {string}', function (this: SpecWorld, name: string, value: string) {
  const cookies = received(this)
  assert.ok(cookies.has(name), `the server sees no cookie "${name}"; it sees ${JSON.stringify([...cookies])}`)
  assert.equal(cookies.get(name), value)
})

Then('the server sees the cookie {string} with that value', function (this: SpecWorld, name: string) {
  assert.equal(received(this).get(name), this.remembered.get('value'))
})

Then('the server sees the cookie {string} with a value of {int} backslashes', function (this: SpecWorld, name: string, count: number) {
  assert.equal(received(this).get(name), '\\'.repeat(count))
})

Then('the server sees no cookie named {string}', function (this: SpecWorld, name: string) {
  const cookies = received(this)
  assert.ok(!cookies.has(name), `the server sees "${name}=${cookies.get(name)}"`)
})

Then('the server sees exactly these cookies:', function (this: SpecWorld, table: DataTable) {
  assert.deepEqual([...received(this)], table.hashes().map((row) => [row.name, row.value]))
})

Then('the server either sees the whole cookie {string} or refuses the request as too large', function (this: SpecWorld, name: string) {
  const answer = this.lastAnswer as { refusedWithStatus?: number }
  if (answer.refusedWithStatus !== undefined) return
  assert.equal(received(this).get(name), this.remembered.get('value'), 'the server read a different value')
})
