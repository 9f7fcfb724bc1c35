// How a view's optional arguments reach Django's calls through the fixture API: None given
// where a default exists, a default that is None, a length not a multiple of the text's, a
// level named in another case. Phrases of docs/mutation.md, "Round 9 (hs)".
import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { isRejected } from '../harness/driver/operations.js'
import { levelOf } from './support/message-texts.js'
import { assertAccepted } from './support/accepted.js'
import type { SpecWorld } from './support/world.js'

When('the server sets the cookie {string} to {string} with SameSite given as None', async function (this: SpecWorld, name: string, value: string) {
  await this.visit('cookie.set', { name, value, samesite: null })
})

When('the server sets the signed cookie {string} to {string} with the salt given as None', async function (this: SpecWorld, name: string, value: string) {
  await this.visit('cookie.setSigned', { name, value, salt: null })
})

When('the server deletes the cookie {string} with the path given as None', async function (this: SpecWorld, name: string) {
  await this.visit('cookie.delete', { name, path: null })
})

Given('the server has added a/an {level} message {string} with the extra tags given as None', async function (this: SpecWorld, level: string, text: string) {
  assertAccepted(await this.visit('messages.add', { level: levelOf(level), text, extraTags: null }), 'extra tags given as None')
})

When('the server pops {string} from the visitor\'s session with the default {json}', async function (this: SpecWorld, key: string, fallback: unknown) {
  this.readKey = key
  await this.visit('session.pop', { key, default: fallback })
})

Then('the server answers that {string} is missing and gives the default {json}', function (this: SpecWorld, key: string, fallback: unknown) {
  assert.equal(this.readKey, key, `the scenario read "${this.readKey}", not "${key}"`)
  assert.deepEqual(this.lastAnswer, { found: false, value: fallback }, `expected the default ${JSON.stringify(fallback)} for the missing "${key}"; the server answered ${JSON.stringify(this.lastAnswer)}`)
})

When('the server stores {string} as the text {string} repeated to {int} characters', async function (this: SpecWorld, key: string, text: string, length: number) {
  await this.visit('session.set', { key, value: text, length })
})

When('the server adds a message at the level named {string}', async function (this: SpecWorld, level: string) {
  await this.visit('messages.add', { level, text: 'hello' })
})

When('the server calls set_expiry with none given as false', async function (this: SpecWorld) {
  await this.visit('session.setExpiry', { none: false })
})

Then('the server refuses the call', function (this: SpecWorld) {
  assert.ok(isRejected(this.lastAnswer), `expected the server to refuse the call; it answered ${JSON.stringify(this.lastAnswer)}`)
})
