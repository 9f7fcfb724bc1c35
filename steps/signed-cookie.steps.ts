import assert from 'node:assert/strict'
import { Given, Then, When, type DataTable } from '@cucumber/cucumber'
import { tamper } from '../harness/oracle/signed-cookie.js'
import { alterValue, TamperImpossible, type Alteration } from './support/alter-value.js'
import { cookieAttributes } from './support/cookie-attributes.js'
import type { SpecWorld } from './support/world.js'

async function setSigned(this: SpecWorld, name: string, value: string, salt?: string, table?: DataTable) {
  await this.visit('cookie.setSigned', { name, value, ...(salt !== undefined ? { salt } : {}), ...cookieAttributes(this, table) })
}
// Cucumber tells callbacks from promises by arity, so each phrasing gets its own wrapper.
const plain = function (this: SpecWorld, name: string, value: string) { return setSigned.call(this, name, value) }
const withTable = function (this: SpecWorld, name: string, value: string, table: DataTable) { return setSigned.call(this, name, value, undefined, table) }
const withSalt = function (this: SpecWorld, name: string, value: string, salt: string) { return setSigned.call(this, name, value, salt) }
When('the server sets the signed cookie {string} to {string}', plain)
When('the server sets the signed cookie {string} to {string} with:', withTable)
When('the server sets the signed cookie {string} to {string} with the salt {string}', withSalt)
When('the server sets the signed cookie {string} to the text {text} with the salt {text}', withSalt)
Given('the server has set the signed cookie {string} to {string}', plain)
Given('the server has set the signed cookie {string} to {string} with:', withTable)
Given('the server has set the signed cookie {string} to {string} with the salt {string}', withSalt)

async function readSigned(this: SpecWorld, name: string, salt?: string, maxAge?: number) {
  await this.visit('cookie.getSigned', { name, ...(salt !== undefined ? { salt } : {}), ...(maxAge !== undefined ? { maxAge } : {}) })
}
When('the server reads the signed cookie {string}', function (this: SpecWorld, name: string) { return readSigned.call(this, name) })
When('the server reads the signed cookie {string} with the salt {string}', function (this: SpecWorld, name: string, salt: string) { return readSigned.call(this, name, salt) })
When('the server reads the signed cookie {string} with the salt {text}', function (this: SpecWorld, name: string, salt: string) { return readSigned.call(this, name, salt) })
When('the server reads the signed cookie {string} with the salt {text} and a max age of {duration}', function (this: SpecWorld, name: string, salt: string, maxAge: number) {
  return readSigned.call(this, name, salt, maxAge)
})
When('the server reads the signed cookie {string} with a max age of {duration}', function (this: SpecWorld, name: string, maxAge: number) {
  return readSigned.call(this, name, undefined, maxAge)
})

const readValue = function (this: SpecWorld, value: string) {
  assert.deepEqual(this.lastAnswer, { found: true, value }, `expected the server to read the signed value ${JSON.stringify(value)}; it answered ${JSON.stringify(this.lastAnswer)}`)
}
Then('the server reads the signed value {string}', readValue)
Then('the server reads the signed text {text}', readValue)

Then('the server finds no valid signed cookie because {signed-failure}', function (this: SpecWorld, reason: string) {
  assert.deepEqual(this.lastAnswer, { found: false, reason }, `expected the server to find no valid signed cookie (${reason}); it answered ${JSON.stringify(this.lastAnswer)}`)
})

Then('the visitor holds the cookie {string} with a signed form of {string}', async function (this: SpecWorld, name: string, value: string) {
  const held = await this.agent.jar.find(name)
  assert.ok(held, `the visitor holds no cookie "${name}"`)
  assert.ok(held.value.includes(value) && held.value.length > value.length, `"${held.value}" does not show "${value}" with a signature`)
})

Given('the visitor has changed the {tampering} of the cookie {string}', async function (this: SpecWorld, part: string, name: string) {
  const held = await this.agent.jar.find(name)
  assert.ok(held, `the visitor holds no cookie "${name}"`)
  await this.agent.jar.plant(name, tamper(held.value, part), this.driver.baseUrl)
})

/** The visitor's cookie after an alteration, checked to hold the altered value (a jar may refuse it). */
async function alterHeld(world: SpecWorld, name: string, how: Alteration): Promise<void> {
  const held = await world.agent.jar.find(name)
  if (!held) throw new TamperImpossible(`the visitor holds no cookie "${name}" to alter`)
  const altered = alterValue(held.value, how)
  await world.agent.jar.plant(name, altered, world.driver.baseUrl)
  const now = (await world.agent.jar.find(name))?.value
  if (now !== altered) throw new TamperImpossible(`the visitor's browser would not hold the altered value ${JSON.stringify(altered)} for "${name}"`)
}
Given('the visitor has altered the cookie {string} by {alteration}', function (this: SpecWorld, name: string, how: Alteration) {
  return alterHeld(this, name, how)
})
Given('the visitor has altered the session cookie by {alteration}', function (this: SpecWorld, how: Alteration) {
  return alterHeld(this, this.sessionCookie, how)
})

Then('the server finds no valid signed cookie', function (this: SpecWorld) {
  const answer = this.lastAnswer as { found?: boolean; value?: unknown }
  assert.ok(answer.found === false, `expected the server to find no valid signed cookie; it read ${JSON.stringify(answer.value)} (${JSON.stringify(answer)})`)
})

Given('the visitor has copied the cookie {string} to the name {string}', async function (this: SpecWorld, from: string, to: string) {
  const held = await this.agent.jar.find(from)
  assert.ok(held, `the visitor holds no cookie "${from}"`)
  await this.agent.jar.plant(to, held.value, this.driver.baseUrl)
})

