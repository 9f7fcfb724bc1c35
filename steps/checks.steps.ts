import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Given, Then, When } from '@cucumber/cucumber'
import { runDeploymentChecks, type CheckMessage } from '../lib/checks/deployment-checks.js'
import { inspectTarget } from '../harness/checks/inspect-target.js'
import type { SpecWorld } from './support/world.js'

/** Secret keys of each kind the checks must tell apart. */
const KEYS: Record<string, () => string> = {
  'a development key': () => `django-insecure-${randomBytes(40).toString('hex')}`,
  'shorter than 50 characters': () => randomBytes(12).toString('hex'),
  'made of fewer than 5 different characters': () => 'abcd'.repeat(20),
  'a long random key': () => randomBytes(48).toString('base64url'),
}

Given('the secret key to check is {}', function (this: SpecWorld, kind: string) {
  const make = KEYS[kind]
  if (!make) throw new Error(`unknown kind of secret key "${kind}"; expected one of: ${Object.keys(KEYS).join(', ')}`)
  this.remembered.set('secret key to check', make())
})

When('the deployment checks run', async function (this: SpecWorld) {
  const input = await inspectTarget(this.driver)
  const key = this.remembered.get('secret key to check')
  this.lastAnswer = runDeploymentChecks(key === undefined ? input : { ...input, secretKey: key })
})

function reported(world: SpecWorld, id: string): CheckMessage | undefined {
  return (world.lastAnswer as CheckMessage[]).find((c) => c.id === id)
}

Then('the check {string} is reported as a warning', function (this: SpecWorld, id: string) {
  const found = reported(this, id)
  assert.ok(found, `not reported; the checks found: ${(this.lastAnswer as CheckMessage[]).map((c) => c.id).join(', ') || 'nothing'}`)
  assert.equal(found.level, 'WARNING')
  assert.ok(found.message.length > 0 && found.hint.length > 0, 'a finding has a message and a hint')
})

Then('the check {string} is not reported', function (this: SpecWorld, id: string) {
  assert.equal(reported(this, id), undefined)
})
