import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { SettingsChange } from '../harness/driver/operations.js'
import { assertAccepted } from './support/accepted.js'
import { engineIdOf } from '../harness/runtime/passes.js'
import { plantSessions } from './support/plant-sessions.js'
import { heldSessionKey } from './support/session-cookie.js'
import { settle } from './support/settle.js'
import type { SpecWorld } from './support/world.js'

// Steps that read back the effect of a change in a later request, and plant stores at the
// instants around an expiry boundary: what catches a change that is silently lost or an
// off-by-one in a comparison.

When('the server removes {string} from the visitor\'s session', async function (this: SpecWorld, key: string) {
  this.readKey = key
  await this.visit('session.delete', { key })
})
/** session.delete's answer: whether `del request.session[key]` found the key (Django raises KeyError when not). */
function removedAnswer(world: SpecWorld, key: string, deleted: boolean): void {
  assert.equal(world.readKey, key, `the scenario removed "${world.readKey}", not "${key}"`)
  assert.deepEqual(world.lastAnswer, { deleted }, `expected the server to answer that ${deleted ? `it removed "${key}"` : `there was no "${key}" to remove`}; it answered ${JSON.stringify(world.lastAnswer)}`)
}
Then('the server answers that it removed {string}', function (this: SpecWorld, key: string) {
  removedAnswer(this, key, true)
})
Then('the server answers that there was no {string} to remove', function (this: SpecWorld, key: string) {
  removedAnswer(this, key, false)
})

Then('the visitor\'s next request finds no {string}', async function (this: SpecWorld, key: string) {
  const answer = await this.visit('session.get', { key })
  assert.deepEqual(answer, { found: false }, `the next request still finds "${key}"`)
})

Given('the server has set the visitor\'s session to expire at the date {duration} from now', async function (this: SpecWorld, seconds: number) {
  const at = new Date(this.clock.nowMs() + seconds * 1000).toISOString()
  assertAccepted(await this.visit('session.setExpiry', { at }), `set_expiry at ${at}`)
})
// A stored false, as a view may write it under any key (the JSON parameter type takes objects, lists and null).
Given('the visitor\'s session holds {string} = false', async function (this: SpecWorld, key: string) {
  await this.visit('session.set', { key, value: false })
})
// A date written out, fraction and offset as given (a Date would keep only milliseconds).
Given('the server has set the visitor\'s session to expire at the date {text}', async function (this: SpecWorld, at: string) {
  assertAccepted(await this.visit('session.setExpiry', { at }), `set_expiry at ${at}`)
})

Given('the store holds {int} sessions that expired {duration} ago', function (this: SpecWorld, count: number, seconds: number) {
  return plantSessions(this, count, -seconds)
})
Given('the store holds {int} sessions that expire in {duration}', function (this: SpecWorld, count: number, seconds: number) {
  return plantSessions(this, count, seconds)
})

async function changeSecretKey(world: SpecWorld, secretKey: string): Promise<void> {
  const unavailable = await world.changeSettings({ secretKey })
  assert.equal(unavailable, undefined, `the server could not change its secret key: ${unavailable}`)
}
Given('the server\'s secret key has changed', function (this: SpecWorld) {
  return changeSecretKey(this, 'sessionspec-another-secret-key-for-sessions-0123456789')
})
// A third key: what was signed under the second is no more valid under it than under the first.
Given('the server\'s secret key has changed again', function (this: SpecWorld) {
  return changeSecretKey(this, 'sessionspec-a-third-secret-key-for-sessions-9876543210')
})
// A key given in full, for the bytes a key outside ASCII signs with (UTF-8, as Django's force_bytes).
Given('the server\'s secret key is {text}', function (this: SpecWorld, secretKey: string) {
  return changeSecretKey(this, secretKey)
})

/** SESSION_ENGINE changed on a running server; a target that does not run the engine cannot show the scenario. */
async function useEngine(world: SpecWorld, engine: string): Promise<'skipped' | undefined> {
  if (!world.target.engines.some((variant) => engineIdOf(variant) === engine)) {
    return world.notApplicable(`the target does not run the ${engine} session engine`)
  }
  // A store that is down or misconfigured is a missing part (an error), not the engine failing the scenario.
  await settle(world, { engine: engine as SettingsChange['engine'] })
  return undefined
}
Given('the server keeps sessions in the {word} engine', function (this: SpecWorld, engine: string) {
  return useEngine(this, engine)
})
Given('the server\'s session engine has changed to {word}', function (this: SpecWorld, engine: string) {
  return useEngine(this, engine)
})
/** CACHES changed on a running server: the cache engine's sessions now go to another cache. */
Given('the server\'s session cache has changed to {word}', async function (this: SpecWorld, store: string) {
  if (!this.target.engines.includes(`cache/${store}`)) return this.notApplicable(`the target does not run the cache engine on ${store}`)
  await settle(this, { engine: 'cache', store: store as SettingsChange['store'] })
  return undefined
})

When('the server reads the visitor\'s whole session', async function (this: SpecWorld) {
  await this.visit('session.read', {})
})
Then('the server finds an empty session', function (this: SpecWorld) {
  const answer = this.lastAnswer as { data?: Record<string, unknown> }
  assert.deepEqual(answer.data, {}, `expected an empty session; the server read ${JSON.stringify(answer.data)}`)
})

/** session.info answers both: SessionBase.exists(session_key) for the key the visitor's session
 * arrived with, and whether the session holds data (its `empty`, `not request.session.items()`). */
const askInfo = async function (this: SpecWorld) {
  await this.visit('session.info', {})
}
When('the server asks its store whether it holds the visitor\'s session key', askInfo)
When('the server asks whether the visitor\'s session holds any data', askInfo)
function dataAnswer(world: SpecWorld, empty: boolean): void {
  const answer = world.lastAnswer as { empty?: unknown }
  assert.equal(answer.empty, empty, `expected the server to answer that the visitor's session holds ${empty ? 'no data' : 'data'}; it answered ${JSON.stringify(answer)}`)
}
Then('the server answers that the visitor\'s session holds no data', function (this: SpecWorld) {
  dataAnswer(this, true)
})
Then('the server answers that the visitor\'s session holds data', function (this: SpecWorld) {
  dataAnswer(this, false)
})
async function storeAnswer(world: SpecWorld, exists: boolean): Promise<void> {
  const answer = world.lastAnswer as { sessionKey: string | null; exists: boolean }
  const held = await heldSessionKey(world)
  assert.ok(held, 'the visitor holds no session cookie')
  assert.equal(answer.sessionKey, held, `the server did not read the visitor's live session under the key its cookie holds: ${JSON.stringify(answer)}`)
  assert.equal(answer.exists, exists, `expected the server to answer that ${exists ? 'its store holds' : 'no store holds'} the visitor's session key; it answered ${JSON.stringify(answer)}`)
}
Then('the server answers that its store holds the visitor\'s session key', function (this: SpecWorld) {
  return storeAnswer(this, true)
})
Then('the server answers that no store holds the visitor\'s session key', function (this: SpecWorld) {
  return storeAnswer(this, false)
})
