import assert from 'node:assert/strict'
import { Given, When } from '@cucumber/cucumber'
import type { JsonValue } from '../harness/driver/operations.js'
import { repeatedValue } from './support/repeated-values.js'
import { atLeast, type SpecWorld } from './support/world.js'

async function store(this: SpecWorld, key: string, value: JsonValue) {
  await this.visit('session.set', { key, value })
}
async function read(this: SpecWorld, key: string) {
  this.readKey = key
  await this.visit('session.get', { key })
}

Given('the visitor\'s session holds {string} = {string}', store)
Given('the visitor\'s session holds {string} as the JSON {json}', store)
Given('the visitor\'s session holds {string} = the text {text}', store)
Given('the visitor\'s session holds {string} = null', function (this: SpecWorld, key: string) {
  return store.call(this, key, null)
})
When('the server stores {string} = {string} in the visitor\'s session', store)
When('the server stores {string} = the text {text} in the visitor\'s session', store)
When('the server stores {string} as the JSON {json} in the visitor\'s session', store)
async function storeWhileEnded(this: SpecWorld, key: string, value: string) {
  await this.visit('session.setWhileEnded', { key, value }, { acceptStatus: (s) => s === 400 })
}
When('the server stores {string} = {string} while another request ends the session', storeWhileEnded)
Given('the server has stored {string} = {string} while another request ended the session', storeWhileEnded)
When('the server reads {string} from the visitor\'s session', read)
When('the server reads the visitor\'s session in a response that already varies on {string}', async function (this: SpecWorld, vary: string) {
  await this.visit('session.read', { vary })
})

Given('the visitor\'s session holds {string} as {int} {}', async function (this: SpecWorld, key: string, count: number, kind: string) {
  await store.call(this, key, repeatedValue(count, kind))
})
// A list holding a list, `depth` lists in all: [] is 1 level, [[]] is 2.
Given('the visitor\'s session holds {string} as a list nested {int} levels deep', async function (this: SpecWorld, key: string, depth: number) {
  await store.call(this, key, JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as JsonValue)
})

// Letters under the key "fill" (one request: session.set's `length` repeats a letter, as a
// request's body is bounded), then key = value, so that the session's data as json.dumps writes
// it compactly ({"fill":"aa…","k":"v"}) is `length` characters long. Two saves in all: the 32
// requests of 64 KiB this took before, each saving the whole session so far, cost 1.2-1.9 s a
// scenario on the db and file engines.
const LARGE_SESSION = atLeast(60_000)
Given('the visitor\'s session holds letters, then {string} = {string}, {int} characters of JSON in all', LARGE_SESSION, async function (this: SpecWorld, key: string, value: string, length: number) {
  const entry = (name: string, text: string) => JSON.stringify(name).length + 1 + JSON.stringify(text).length
  const letters = length - 2 - entry(key, value) - 1 - entry('fill', '') // the braces, the last entry and its comma
  if (letters < 1) throw new Error(`no filling makes ${length} characters of JSON`)
  const answer = await this.visit('session.set', { key: 'fill', value: 'a', length: letters })
  assert.deepEqual(answer, { stored: 'fill' }, `the server did not store "fill" (${letters} letters): ${JSON.stringify(answer)}`)
  await store.call(this, key, value)
})

When('the server stores {string} = {string} and then answers with status {int}', async function (this: SpecWorld, key: string, value: string, status: number) {
  await this.visit('session.fail', { status, key, value }, { acceptStatus: (s) => s === status })
})

When('the server answers with status {int} without touching the session', async function (this: SpecWorld, status: number) {
  await this.visit('session.fail', { status }, { acceptStatus: (s) => s === status })
})
When('the server handles a request that does not touch the session', async function (this: SpecWorld) {
  await this.visit('session.ignore', {})
})
When('the server only marks the visitor\'s session as modified', async function (this: SpecWorld) {
  await this.visit('session.markModified', {})
})
async function saveExplicitly(this: SpecWorld) {
  await this.visit('session.save', {})
}
When('the server saves the visitor\'s empty session explicitly', saveExplicitly)
When('the server saves the visitor\'s session explicitly', saveExplicitly)
When('the server pops {string} from the visitor\'s session', async function (this: SpecWorld, key: string) {
  this.readKey = key
  await this.visit('session.pop', { key })
})
When('the server sets {string} to {string} only if it is missing', async function (this: SpecWorld, key: string, value: string) {
  this.readKey = key
  await this.visit('session.setdefault', { key, value })
})
When('the server updates the visitor\'s session with nothing', async function (this: SpecWorld) {
  await this.visit('session.update', { values: {} })
})
When('the server updates the visitor\'s session with {string} = {string}', async function (this: SpecWorld, key: string, value: string) {
  await this.visit('session.update', { values: { [key]: value } })
})
Given('the server has removed {string} from the visitor\'s session', async function (this: SpecWorld, key: string) {
  await this.visit('session.delete', { key })
})

async function logOut(this: SpecWorld) {
  await this.visit('session.flush', {})
}
When('the visitor logs out', logOut)
Given('the visitor has logged out', logOut)

async function clear(this: SpecWorld) {
  await this.visit('session.clear', {})
}
When('the server clears the visitor\'s session', clear)
Given('the server has cleared the visitor\'s session', clear)

async function cycle(this: SpecWorld) {
  await this.visit('session.cycleKey', {})
}
When('the server cycles the visitor\'s session key', cycle)
Given('the server has cycled the visitor\'s session key', cycle)
