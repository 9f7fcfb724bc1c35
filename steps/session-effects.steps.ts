import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { plantSessions } from './support/plant-sessions.js'
import type { SpecWorld } from './support/world.js'

// Steps that read back the effect of a change in a later request, and plant stores at the
// instants around an expiry boundary: what catches a change that is silently lost or an
// off-by-one in a comparison.

When('the server removes {string} from the visitor\'s session', async function (this: SpecWorld, key: string) {
  await this.visit('session.delete', { key })
})

Then('the visitor\'s next request finds no {string}', async function (this: SpecWorld, key: string) {
  const answer = await this.visit('session.get', { key })
  assert.deepEqual(answer, { found: false }, `the next request still finds "${key}"`)
})

Given('the server has set the visitor\'s session to expire at the date {duration} from now', async function (this: SpecWorld, seconds: number) {
  await this.visit('session.setExpiry', { at: new Date(this.clock.nowMs() + seconds * 1000).toISOString() })
})

Given('the store holds {int} sessions that expired {duration} ago', function (this: SpecWorld, count: number, seconds: number) {
  return plantSessions(this, count, -seconds)
})
Given('the store holds {int} sessions that expire in {duration}', function (this: SpecWorld, count: number, seconds: number) {
  return plantSessions(this, count, seconds)
})

Given('the server\'s secret key has changed', async function (this: SpecWorld) {
  const unavailable = await this.changeSettings({ secretKey: 'sessionspec-another-secret-key-for-sessions-0123456789' })
  assert.equal(unavailable, undefined, `the server could not change its secret key: ${unavailable}`)
})

When('the server reads the visitor\'s whole session', async function (this: SpecWorld) {
  await this.visit('session.read', {})
})
Then('the server finds an empty session', function (this: SpecWorld) {
  const answer = this.lastAnswer as { data?: Record<string, unknown> }
  assert.deepEqual(answer.data, {}, `expected an empty session; the server read ${JSON.stringify(answer.data)}`)
})
