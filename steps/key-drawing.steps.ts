// A new key that comes out as one already in use (capability key-drawing, docs/fixture-api.md
// sessions.nextKey): what a random draw does once in a very long while, made to happen now, so
// that a scenario sees the server draw again rather than take over that session (061).
// A server that never draws the key set aside makes no collision, and its scenario would pass
// on what it did not test: sessions.drawnKeys shows the draw, and a draw that did not take is a
// target error, never a pass.
import assert from 'node:assert/strict'
import { AfterStep, Given, Then } from '@cucumber/cucumber'
import { UserAgent } from '../harness/agent/user-agent.js'
import { TargetError } from '../harness/driver/target-error.js'
import { heldSessionKey } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

/** The other visitor of a scenario: a browser of its own, on the same server. */
const otherVisitors = new WeakMap<SpecWorld, UserAgent>()

function otherVisitor(world: SpecWorld): UserAgent {
  const other = otherVisitors.get(world)
  if (other === undefined) throw new Error('the scenario has no other visitor')
  return other
}

/** The key set aside, until a step after the one that set it shows the server drew it. */
const setAside = new WeakMap<SpecWorld, { key: string; whose: string; armed: boolean }>()

async function drawNext(world: SpecWorld, key: string | undefined, whose: string): Promise<void> {
  assert.ok(key, `${whose} holds no session cookie`)
  await world.driver.control('sessions.nextKey', { sessionKey: key })
  // What is drawn from now on is the evidence; keys drawn before (the visitors' own) must be gone.
  const { keys } = await world.driver.control('sessions.drawnKeys', {})
  if (keys.length > 0) throw new TargetError(`sessions.drawnKeys did not start afresh at sessions.nextKey: it still answered ${keys.length} key(s) drawn before`)
  setAside.set(world, { key, whose, armed: false })
}

// After each step that follows the setting aside, until the server has drawn a key: the first
// key drawn must be the one set aside. A scenario whose last step comes and nothing was drawn
// never made its collision either.
AfterStep(async function (this: SpecWorld, { pickle, pickleStep }) {
  const pending = setAside.get(this)
  if (pending === undefined) return
  if (!pending.armed) {
    pending.armed = true
    return
  }
  const { keys } = await this.driver.control('sessions.drawnKeys', {})
  const last = pickle.steps.at(-1)?.id === pickleStep.id
  if (keys.length === 0 && !last) return
  setAside.delete(this)
  if (keys[0] !== pending.key) {
    const drew = keys.length === 0 ? 'drew no new key' : 'drew another key first'
    throw new TargetError(`sessions.nextKey did not take: the server ${drew}, not ${pending.whose}'s session key, so the scenario's key collision never happened`)
  }
})

Given('another visitor\'s session holds {string} = {string}', async function (this: SpecWorld, key: string, value: string) {
  const other = new UserAgent(this.clock)
  otherVisitors.set(this, other)
  await this.visit('session.set', { key, value }, { agent: other })
})

Given('the server\'s next new key is the visitor\'s session key', async function (this: SpecWorld) {
  await drawNext(this, await heldSessionKey(this), 'the visitor')
})

Given('the server\'s next new key is the other visitor\'s session key', async function (this: SpecWorld) {
  await drawNext(this, (await otherVisitor(this).jar.find(this.sessionCookie))?.value, 'the other visitor')
})

Then('the other visitor\'s next request finds no {string}', async function (this: SpecWorld, key: string) {
  const answer = await this.visit('session.get', { key }, { agent: otherVisitor(this) })
  assert.deepEqual(answer, { found: false }, `expected the other visitor's next request to find no "${key}"; it answered ${JSON.stringify(answer)}`)
})

Then('the other visitor\'s next request finds {string} = {string}', async function (this: SpecWorld, key: string, value: string) {
  const answer = await this.visit('session.get', { key }, { agent: otherVisitor(this) })
  assert.deepEqual(answer, { found: true, value }, `expected the other visitor's next request to find "${key}" = ${JSON.stringify(value)}; it answered ${JSON.stringify(answer)}`)
})

Then('the visitor\'s session key is the other visitor\'s', async function (this: SpecWorld) {
  const theirs = (await otherVisitor(this).jar.find(this.sessionCookie))?.value
  assert.ok(theirs, 'the other visitor holds no session cookie')
  assert.equal(await heldSessionKey(this), theirs, 'expected the visitor\'s session cookie to carry the other visitor\'s session key')
})
