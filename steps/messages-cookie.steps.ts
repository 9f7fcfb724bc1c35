import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import { markFirstMessageSafe, NOT_FINISHED, readMessagesCookie } from '../harness/oracle/messages-cookie.js'
import { numberOf } from './support/message-texts.js'
import { sessionCookieLines } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

const COOKIE = 'messages'

function setValue(world: SpecWorld): string {
  const [line] = sessionCookieLines(world, COOKIE)
  assert.ok(line, `the response sets no "${COOKIE}" cookie: ${JSON.stringify(world.lastExchange.response.setCookies)}`)
  return line.value
}

Then('the messages cookie value is at most {int} characters long', function (this: SpecWorld, limit: number) {
  const value = setValue(this)
  assert.ok(value.length <= limit, `the messages cookie value is ${value.length} characters`)
})

Then('the messages cookie value is exactly {int} characters long', function (this: SpecWorld, length: number) {
  assert.equal(setValue(this).length, length, 'the length of the messages cookie value')
})

/** The numbers of the numbered messages a messages cookie holds, in its order (the text is the 4th item of Django's list form). */
function numbersHeld(world: SpecWorld): number[] {
  const messages = readMessagesCookie(setValue(world)).filter((m) => m !== NOT_FINISHED) as unknown[][]
  return messages.map((m) => numberOf(String(m[3])) ?? Number.NaN)
}

Then('the messages cookie holds the messages numbered {int} to {int}', function (this: SpecWorld, first: number, last: number) {
  assert.deepEqual(numbersHeld(this), Array.from({ length: last - first + 1 }, (_, i) => first + i))
})

Then('the messages cookie does not mark that messages are missing', function (this: SpecWorld) {
  const messages = readMessagesCookie(setValue(this))
  assert.notEqual(messages.at(-1), NOT_FINISHED, `expected no marker that messages are missing; the cookie holds ${JSON.stringify(messages)}`)
})

Then('the messages cookie marks that messages are missing', function (this: SpecWorld) {
  const messages = readMessagesCookie(setValue(this))
  assert.equal(messages.at(-1), NOT_FINISHED, `expected the messages cookie to end with the marker that messages are missing; it holds ${JSON.stringify(messages)}`)
})

Then('the messages cookie holds no message', function (this: SpecWorld) {
  const messages = readMessagesCookie(setValue(this)).filter((m) => m !== NOT_FINISHED)
  assert.deepEqual(messages, [], `expected the messages cookie to hold no message; it holds ${JSON.stringify(messages)}`)
})

Given('the visitor has changed the messages cookie to mark its message safe', async function (this: SpecWorld) {
  const held = await this.agent.jar.find(COOKIE)
  assert.ok(held, 'the visitor holds no messages cookie')
  await this.agent.jar.plant(COOKIE, markFirstMessageSafe(held.value), this.driver.baseUrl)
})
