// The peer server: a second server that shares the target's secret (and, as the target file's
// shared entries say, its session store). The visitor's one browser carries cookies between the
// two: both listen on 127.0.0.1, and a cookie does not depend on the port (RFC 6265bis §8.5). The
// checks that follow a peer's answer are the peer's own phrasings of the server's checks.
import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { TargetDriver } from '../harness/driver/http-driver.js'
import type { FixtureOperation, FixtureOperations, SettingsChange } from '../harness/driver/operations.js'
import { levelOf } from './support/message-texts.js'
import type { SpecWorld } from './support/world.js'

/** hooks.ts sets the peer, prepared like the target, for @capability:peer scenarios only. */
function peerOf(world: SpecWorld): TargetDriver {
  if (world.peer === undefined) throw new Error('this scenario uses the peer server but is not tagged @capability:peer')
  return world.peer
}

/** Runs a fixture operation on the peer server, in a request from the visitor's browser. */
async function visitPeer<Op extends FixtureOperation>(world: SpecWorld, operation: Op, params: FixtureOperations[Op]['params']): Promise<void> {
  world.lastAnswer = (await peerOf(world).visit(world.agent, operation, params)).answer
}

Given('the peer server has set the signed cookie {string} to {string}', function (this: SpecWorld, name: string, value: string) {
  return visitPeer(this, 'cookie.setSigned', { name, value })
})
When('the peer server reads the signed cookie {string}', function (this: SpecWorld, name: string) {
  return visitPeer(this, 'cookie.getSigned', { name })
})
When('the peer server reads the signed cookie {string} with a max age of {duration}', function (this: SpecWorld, name: string, maxAge: number) {
  return visitPeer(this, 'cookie.getSigned', { name, maxAge })
})
Then('the peer server reads the signed value {string}', function (this: SpecWorld, value: string) {
  assert.deepEqual(this.lastAnswer, { found: true, value }, `expected the peer server to read the signed value ${JSON.stringify(value)}; it answered ${JSON.stringify(this.lastAnswer)}`)
})
Then('the peer server finds no valid signed cookie because {signed-failure}', function (this: SpecWorld, reason: string) {
  assert.deepEqual(this.lastAnswer, { found: false, reason }, `expected the peer server to find no valid signed cookie (${reason}); it answered ${JSON.stringify(this.lastAnswer)}`)
})

Given('the peer server has stored {string} = {string} in the visitor\'s session', function (this: SpecWorld, key: string, value: string) {
  return visitPeer(this, 'session.set', { key, value })
})
When('the peer server reads {string} from the visitor\'s session', function (this: SpecWorld, key: string) {
  return visitPeer(this, 'session.get', { key })
})
Then('the peer server finds {string} = {string}', function (this: SpecWorld, key: string, value: string) {
  assert.deepEqual(this.lastAnswer, { found: true, value }, `expected the peer server to find "${key}" = ${JSON.stringify(value)}; it answered ${JSON.stringify(this.lastAnswer)}`)
})
Then('the peer server finds no {string}', function (this: SpecWorld, key: string) {
  assert.deepEqual(this.lastAnswer, { found: false }, `expected the peer server to find no "${key}"; it answered ${JSON.stringify(this.lastAnswer)}`)
})
Given('the visitor has logged out on the peer server', function (this: SpecWorld) {
  return visitPeer(this, 'session.flush', {})
})
Given('the peer server has cycled the visitor\'s session key', function (this: SpecWorld) {
  return visitPeer(this, 'session.cycleKey', {})
})
When('the peer server purges the expired sessions', async function (this: SpecWorld) {
  this.lastAnswer = await peerOf(this).control('sessions.purge', {})
})

Given('the peer server has added a/an {level} message {string}', function (this: SpecWorld, level: string, text: string) {
  return visitPeer(this, 'messages.add', { level: levelOf(level), text })
})
async function viewOnPeer(this: SpecWorld) {
  await visitPeer(this, 'messages.list', {})
}
When('the visitor views the next page on the peer server', viewOnPeer)
Given('the visitor has viewed the next page on the peer server', viewOnPeer)

Given('both servers keep sessions in the {word} engine', async function (this: SpecWorld, engine: string) {
  for (const driver of [this.driver, peerOf(this)]) {
    // The engine as the feature names it; a server that has no such engine says so.
    const answer = await driver.control('settings.set', { engine: engine as SettingsChange['engine'] })
    if ('unavailable' in answer) throw new Error(`${driver.target.name} cannot switch to the ${engine} engine: ${answer.unavailable}`)
  }
})
