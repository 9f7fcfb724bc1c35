import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { Given, Then, When } from '@cucumber/cucumber'
import { parseSetCookieLine } from '../harness/agent/set-cookie-line.js'
import { TargetError } from '../harness/driver/target-error.js'
import { plantSessions } from './support/plant-sessions.js'
import { countStoredSessions } from './support/store-count.js'
import { atLeast, type SpecWorld } from './support/world.js'

// Planting a thousand sessions, one committed row at a time, can outlast the default step timeout.
const PLANTING = atLeast(120_000)

Given('the store holds {int} sessions that expired an hour ago', PLANTING, function (this: SpecWorld, count: number) {
  return plantSessions(this, count, -3600)
})
Given('the store holds {int} sessions that expire in an hour', function (this: SpecWorld, count: number) {
  return plantSessions(this, count, 3600)
})
Given('the store holds {int} sessions that expire now', function (this: SpecWorld, count: number) {
  return plantSessions(this, count, 0)
})

async function purge(this: SpecWorld) {
  this.lastAnswer = await this.driver.control('sessions.purge', {})
}
When('the expired sessions are purged', purge)
Given('the expired sessions have been purged', purge)

Then('the purge succeeds, removing {int} session(s)', function (this: SpecWorld, count: number) {
  assert.deepEqual(this.lastAnswer, { purged: count, exitStatus: 0 }, `expected the purge to succeed, removing ${count} sessions; it answered ${JSON.stringify(this.lastAnswer)}`)
})

Then('the store holds {int} sessions', async function (this: SpecWorld, count: number) {
  assert.equal(await countStoredSessions(this.driver), count, `expected the store to hold ${count} sessions`)
})

/** The last session key the server gave the visitor, whatever the browser has dropped since. */
function lastIssuedKey(world: SpecWorld): string {
  for (const exchange of [...world.agent.history].reverse()) {
    const line = exchange.response.setCookies.map(parseSetCookieLine).find((l) => l.name === world.sessionCookie && l.value !== '' && l.value !== '""')
    if (line) return line.value
  }
  throw new Error('the server never gave the visitor a session key')
}
Then('the store no longer holds the visitor\'s session', async function (this: SpecWorld) {
  const key = lastIssuedKey(this)
  const { exists } = await this.driver.control('sessions.exists', { sessionKey: key })
  assert.equal(exists, false, `expected the store to no longer hold the visitor's session ${key}; it still holds it`)
})
/** The session_data text of the visitor's record, as another server reading the same table reads it. */
Then('the store keeps the visitor\'s session as {text}', async function (this: SpecWorld, expected: string) {
  const key = lastIssuedKey(this)
  const answer = await this.driver.control('sessions.record', { sessionKey: key })
  if (!('record' in answer)) throw new TargetError(`the store cannot show the text of a record (${answer.rejected})`)
  assert.equal(answer.record, expected, `the store keeps the visitor's session ${key} as ${JSON.stringify(answer.record)}`)
})
// A session of tens of kilobytes of irregular text, where zlib's parameters (memLevel, strategy)
// show in its output: each decimal digit of 2 ** power written as the word at its place in the list.
When('the server stores {string} = the digits of 2 to the power {int}, each written as a word of:', async function (this: SpecWorld, key: string, power: number, list: string) {
  const words = list.trim().split(/\s+/)
  assert.equal(words.length, 10, `expected ten words, one for each digit: ${list}`)
  const value = [...(2n ** BigInt(power)).toString()].map((digit) => words[Number(digit)]).join(' ')
  await this.visit('session.set', { key, value })
})
// A record too long to write out is compared by its length and its SHA-256 (of its UTF-8 text).
Then('the store keeps the visitor\'s session as {int} characters with the SHA-256 {text}', async function (this: SpecWorld, length: number, sha256: string) {
  const key = lastIssuedKey(this)
  const answer = await this.driver.control('sessions.record', { sessionKey: key })
  if (!('record' in answer)) throw new TargetError(`the store cannot show the text of a record (${answer.rejected})`)
  const record = answer.record ?? ''
  assert.deepEqual([record.length, createHash('sha256').update(record, 'utf8').digest('hex')], [length, sha256],
    `the store keeps the visitor's session ${key} as ${record.length} characters beginning ${JSON.stringify(record.slice(0, 40))}`)
})
/** What a server with other keys or another format, or anyone who can write to the store, leaves under the visitor's key. */
async function writeRecord(world: SpecWorld, record: string, length?: number): Promise<void> {
  const key = lastIssuedKey(world)
  const answer = await world.driver.control('sessions.writeRecord', { sessionKey: key, record, ...(length === undefined ? {} : { length }) })
  if (!('written' in answer)) throw new TargetError(`the store cannot take the text of a record (${answer.rejected})`)
  // The visitor's session was just saved: a store that finds no record of it has lost it.
  assert.equal(answer.written, true, `the store holds no live record under the visitor's key ${key} to write over`)
}
Given('another server has stored the visitor\'s session as {text}', function (this: SpecWorld, text: string) {
  return writeRecord(this, text)
})
/** A record of megabytes, sent as one letter and a length (writeRecord's `length`). */
Given('another server has stored the visitor\'s session as {int} letters {string}', function (this: SpecWorld, length: number, letter: string) {
  return writeRecord(this, letter, length)
})
/** A write under the key of a session that has ended: the store holds nothing there to write over. */
Given('another server has found no record of the visitor\'s session to store {text} over', async function (this: SpecWorld, text: string) {
  const key = lastIssuedKey(this)
  const answer = await this.driver.control('sessions.writeRecord', { sessionKey: key, record: text })
  if (!('written' in answer)) throw new TargetError(`the store cannot take the text of a record (${answer.rejected})`)
  assert.equal(answer.written, false, `the store wrote over a record under the ended session's key ${key}`)
})
Then('the store keeps no record of the visitor\'s session', async function (this: SpecWorld) {
  const key = lastIssuedKey(this)
  const answer = await this.driver.control('sessions.record', { sessionKey: key })
  if (!('record' in answer)) throw new TargetError(`the store cannot show the text of a record (${answer.rejected})`)
  assert.equal(answer.record, null, `the store still keeps the ended session ${key} as ${JSON.stringify(answer.record)}`)
})
/** What anyone who can write to the file engine's directory may leave under a session's file name. */
Given('another process has put a directory in place of the visitor\'s session file', async function (this: SpecWorld) {
  const key = lastIssuedKey(this)
  const answer = await this.driver.control('sessions.writeDirectory', { sessionKey: key })
  if (!('written' in answer)) throw new TargetError(`the store cannot take a directory in place of a session file (${answer.rejected})`)
  assert.equal(answer.written, true, `the store holds no live session file under the visitor's key ${key} to put a directory in place of`)
})
Then('the store still holds the visitor\'s session', async function (this: SpecWorld) {
  const key = lastIssuedKey(this)
  const { exists } = await this.driver.control('sessions.exists', { sessionKey: key })
  assert.equal(exists, true, `expected the store to hold the visitor's session ${key}; it does not`)
})
