import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { ExpiryReport, FixtureOperations } from '../harness/driver/operations.js'
import { assertAccepted } from './support/accepted.js'
import { isoDuration } from '../harness/runtime/duration.js'
import { settle } from './support/settle.js'
import type { SpecWorld } from './support/world.js'

type ExpiryParams = FixtureOperations['session.setExpiry']['params']

async function setExpiry(world: SpecWorld, params: ExpiryParams) {
  assertAccepted(await world.visit('session.setExpiry', params), `set_expiry with ${JSON.stringify(params)}`)
}

const afterSeconds = function (this: SpecWorld, seconds: number) { return setExpiry(this, { seconds }) }
When('the server sets the visitor\'s session to expire after {int} seconds', afterSeconds)
Given('the server has set the visitor\'s session to expire after {int} seconds', afterSeconds)
const atBrowserClose = function (this: SpecWorld) { return setExpiry(this, { seconds: 0 }) }
When('the server sets the visitor\'s session to expire when the browser closes', atBrowserClose)
Given('the server has set the visitor\'s session to expire when the browser closes', atBrowserClose)
When('the server sets the visitor\'s session to expire at the date {duration} from now', function (this: SpecWorld, seconds: number) {
  return setExpiry(this, { at: new Date(this.clock.nowMs() + seconds * 1000).toISOString() })
})
// A date written out, with its own offset and fraction, as a view could hand set_expiry an aware datetime.
When('the server sets the visitor\'s session to expire at the date {text}', function (this: SpecWorld, at: string) {
  return setExpiry(this, { at })
})
When('the server sets the visitor\'s session to expire after the duration {text}', function (this: SpecWorld, duration: string) {
  return setExpiry(this, { duration })
})
const afterDuration = function (this: SpecWorld, seconds: number) { return setExpiry(this, { duration: isoDuration(seconds) }) }
When('the server sets the visitor\'s session to expire after a duration of {duration}', afterDuration)
Given('the server has set the visitor\'s session to expire after a duration of {duration}', afterDuration)
const resetExpiry = function (this: SpecWorld) { return setExpiry(this, { none: true }) }
When('the server resets the visitor\'s session expiry to the default', resetExpiry)
Given('the server has reset the visitor\'s session expiry to the default', resetExpiry)
When('the server reads the visitor\'s session expiry', async function (this: SpecWorld) {
  await this.visit('session.expiry', {})
})
Given('the server has read {string} from the visitor\'s session', async function (this: SpecWorld, key: string) {
  await this.visit('session.get', { key })
})

function expiry(world: SpecWorld): ExpiryReport {
  const answer = world.lastAnswer as Partial<ExpiryReport>
  assert.ok(typeof answer.expiryAge === 'number', `the server reported no expiry: ${JSON.stringify(world.lastAnswer)}`)
  return answer as ExpiryReport
}
Then('the session expires in {int} seconds, not at browser close', function (this: SpecWorld, seconds: number) {
  const { expiryAge, expireAtBrowserClose } = expiry(this)
  assert.deepEqual([expiryAge, expireAtBrowserClose], [seconds, false], `expected the session to expire in ${seconds} seconds, not at browser close; the server reports ${expiryAge} seconds${expireAtBrowserClose ? ', at browser close' : ''}`)
})
Then('the session expires in {int} seconds, at browser close', function (this: SpecWorld, seconds: number) {
  const { expiryAge, expireAtBrowserClose } = expiry(this)
  assert.deepEqual([expiryAge, expireAtBrowserClose], [seconds, true], `expected the session to expire in ${seconds} seconds, at browser close; the server reports ${expiryAge} seconds${expireAtBrowserClose ? ', at browser close' : ', not at browser close'}`)
})
Then('the session\'s expiry date is {duration} from now', function (this: SpecWorld, seconds: number) {
  // Django keeps microseconds in a date and drops them from an age; a second either way is the same date.
  assert.ok(Math.abs(expiry(this).expiryDate - (this.clock.nowSeconds() + seconds)) < 1, `expiry date ${expiry(this).expiryDate}, now ${this.clock.nowSeconds()}`)
})

async function storeNumber(this: SpecWorld, key: string, value: number) {
  await this.visit('session.set', { key, value })
}
Given('the visitor\'s session holds {string} as the number {float}', storeNumber)
When('the server stores {string} as the number {float} in the visitor\'s session', storeNumber)

Then('the session\'s expiry date is exactly {duration} from now', function (this: SpecWorld, seconds: number) {
  const { expiryDate } = expiry(this)
  // Unix seconds as a double hold a 2030s date to about a microsecond, the finest Django keeps.
  assert.ok(Math.abs(expiryDate - (this.clock.nowSeconds() + seconds)) < 2e-6, `expected the expiry date ${seconds} seconds from now (${this.clock.nowSeconds() + seconds}); the server reports ${expiryDate}`)
})

Given('the session cookie age is {duration}', async function (this: SpecWorld, seconds: number) {
  await settle(this, { sessionCookieAge: seconds })
})

async function closeBrowser(this: SpecWorld) {
  await this.agent.jar.closeBrowser()
}
When('the visitor closes the browser', closeBrowser)
Given('the visitor has closed the browser', closeBrowser)

Given('another {duration} has/have passed', async function (this: SpecWorld, seconds: number) {
  await this.passTime(seconds)
})

Then('the visitor holds no session cookie', async function (this: SpecWorld) {
  const held = await this.agent.jar.find(this.sessionCookie)
  assert.equal(held, undefined, `the visitor still holds ${this.sessionCookie}=${held?.value}`)
})
