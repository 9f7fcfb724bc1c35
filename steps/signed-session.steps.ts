import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import { readableSessionPayload, replacePayload } from '../harness/oracle/signed-session.js'
import { heldSessionKey } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

Then('the session cookie\'s payload shows {string} to anyone who decodes it', async function (this: SpecWorld, text: string) {
  const value = await heldSessionKey(this)
  assert.ok(value, 'the visitor holds no session cookie')
  assert.ok(JSON.stringify(readableSessionPayload(value)).includes(text), `the payload of ${value} does not show "${text}"`)
})

Given('the visitor has changed the payload of the session cookie to say {string} = {string}', async function (this: SpecWorld, key: string, value: string) {
  const held = await heldSessionKey(this)
  assert.ok(held, 'the visitor holds no session cookie')
  await this.agent.jar.plant(this.sessionCookie, replacePayload(held, { [key]: value }), this.driver.baseUrl)
})
