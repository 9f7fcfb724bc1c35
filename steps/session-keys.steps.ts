// The session keys the server hands out (how long, how random, all different), the visitors that
// make many of them, and what the store holds under a key.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Given, Then, When } from '@cucumber/cucumber'
import { UserAgent } from '../harness/agent/user-agent.js'
import { heldSessionKey, sentSessionKey } from './support/session-cookie.js'
import { guessability } from './support/key-entropy.js'
import { countStoredSessions } from './support/store-count.js'
import { atLeast, type SpecWorld } from './support/world.js'

Then('the visitor\'s session key is 32 lowercase letters and digits', async function (this: SpecWorld) {
  const key = (await heldSessionKey(this)) ?? '(no session cookie)'
  assert.match(key, /^[a-z0-9]{32}$/, `expected the visitor's session key to be 32 lowercase letters and digits; it is ${JSON.stringify(key)}`)
})
Then('the visitor\'s session key is long and random enough not to be guessed', async function (this: SpecWorld) {
  const key = await heldSessionKey(this)
  assert.ok(key, `expected the visitor to hold a session cookie ${this.sessionCookie}; it holds none`)
  const verdict = guessability(key)
  assert.ok(verdict === undefined, `expected an unguessable session key; ${JSON.stringify(key)} ${verdict}`)
})

async function newVisitorsStore(this: SpecWorld, count: number): Promise<void> {
  const keys: string[] = []
  for (let i = 0; i < count; i++) {
    const visitor = new UserAgent(this.clock)
    await this.driver.visit(visitor, 'session.set', { key: 'n', value: 1 })
    keys.push((await visitor.jar.find(this.sessionCookie))?.value ?? '')
  }
  this.visitorSessionKeys = keys
}
When('{int} new visitors each store a value in their session', newVisitorsStore)
// Filling a local-memory cache takes 300 requests in one step: more than the default step time
// on a loaded machine or an instrumented server (mutation runs).
const MANY_VISITORS = atLeast(120_000)
Given('{int} other visitors have each stored a value in their session', MANY_VISITORS, newVisitorsStore)
Given('another visitor has stored a value in their session', function (this: SpecWorld) {
  return newVisitorsStore.call(this, 1)
})
Then('all {int} session keys are different', function (this: SpecWorld, count: number) {
  const keys = this.visitorSessionKeys
  assert.equal(keys.filter(Boolean).length, count, `expected ${count} visitors to get a session key; ${keys.filter(Boolean).length} did`)
  assert.equal(new Set(keys).size, count, `expected all ${count} session keys to be different; there are ${new Set(keys).size} different keys`)
})

When('{int} visitors with unknown session keys read their sessions', async function (this: SpecWorld, count: number) {
  const before = await countStoredSessions(this.driver)
  this.storedSessionsBefore = before
  for (let i = 0; i < count; i++) {
    const visitor = new UserAgent(this.clock)
    await visitor.jar.plant(this.sessionCookie, randomBytes(16).toString('hex'), this.driver.baseUrl)
    await this.driver.visit(visitor, 'session.get', { key: 'cart' })
  }
})
Then('the store gained no session', async function (this: SpecWorld) {
  const before = this.storedSessionsBefore
  const after = await countStoredSessions(this.driver)
  assert.equal(after, before, `expected the store to hold ${before} sessions as before the reads; it holds ${after}`)
})

async function storeHolds(world: SpecWorld, key: string): Promise<boolean> {
  return (await world.driver.control('sessions.exists', { sessionKey: key })).exists
}
Then('the store holds no session under {string}', async function (this: SpecWorld, key: string) {
  assert.equal(await storeHolds(this, key), false, `expected the store to hold no session under ${JSON.stringify(key)}; it holds one`)
})
Then('the store no longer holds the visitor\'s previous session', async function (this: SpecWorld) {
  const key = sentSessionKey(this)
  assert.ok(key, 'the last request carried no session cookie')
  assert.equal(await storeHolds(this, key), false, `expected the store to no longer hold the visitor's previous session ${key}; it still holds it`)
})

Then('the {int} session keys use all 26 lowercase letters and 10 digits', function (this: SpecWorld, count: number) {
  const keys = this.visitorSessionKeys
  assert.equal(keys.filter(Boolean).length, count, `expected ${count} visitors to get a session key; ${keys.filter(Boolean).length} did`)
  const used = new Set(keys.join(''))
  const missing = [...'abcdefghijklmnopqrstuvwxyz0123456789'].filter((char) => !used.has(char))
  assert.deepEqual(missing, [], `expected the ${count} session keys to use every lowercase letter and digit; none uses ${missing.join(' ')}`)
})
