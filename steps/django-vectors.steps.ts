// Steps of the scenarios whose expected bytes are literals captured from real Django 5.2.17
// (adapters/django/capture_vectors.py): the server signs with the vectors' secret key at the
// vectors' moment, and its bytes are compared with the literal in the Examples table.
import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import { VECTOR_MOMENT, VECTOR_SECRET_KEY } from '../harness/oracle/django-vectors.js'
import type { CookieRef } from './support/parameter-types.js'
import { sessionCookieLines } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

function cookieName(world: SpecWorld, ref: CookieRef): string {
  return 'session' in ref ? world.sessionCookie : ref.name
}

/** A vector holds only for a server that signs with the key it was captured with. */
function signsWithVectorKey(world: SpecWorld): boolean {
  return world.target.settings.secretKey === VECTOR_SECRET_KEY
}

Given('the server signs with the secret key of the Django vectors', function (this: SpecWorld) {
  if (!signsWithVectorKey(this)) {
    return this.notApplicable(`the Django vectors are signed with the secret key "${VECTOR_SECRET_KEY}"; the target file declares another settings.secretKey`)
  }
  return undefined
})

Given('the clock is at the moment of the Django vectors', async function (this: SpecWorld) {
  const ahead = VECTOR_MOMENT - this.clock.nowSeconds()
  assert.ok(ahead >= 0, `the scenario's clock is already past the vectors' moment (${VECTOR_MOMENT})`)
  await this.passTime(ahead)
})

Given('the server signs with the secret key of the Django vectors, at their moment', async function (this: SpecWorld) {
  if (!signsWithVectorKey(this)) {
    return this.notApplicable(`the Django vectors are signed with the secret key "${VECTOR_SECRET_KEY}"; the target file declares another settings.secretKey`)
  }
  const ahead = VECTOR_MOMENT - this.clock.nowSeconds()
  assert.ok(ahead >= 0, `the scenario's clock is already past the vectors' moment (${VECTOR_MOMENT})`)
  await this.passTime(ahead)
  return undefined
})

Then('the response sets {cookie} to the value {text}', function (this: SpecWorld, ref: CookieRef, value: string) {
  const name = cookieName(this, ref)
  const lines = sessionCookieLines(this, name)
  assert.equal(lines.length, 1, `expected one Set-Cookie line for "${name}": ${JSON.stringify(this.lastExchange.response.setCookies)}`)
  assert.equal(lines[0].value, value)
})

Given('the visitor\'s browser holds {cookie} with the value {text}', async function (this: SpecWorld, ref: CookieRef, value: string) {
  await this.agent.jar.plant(cookieName(this, ref), value, this.driver.baseUrl)
})

Given('the server no longer reads signed cookies under the legacy salt', async function (this: SpecWorld) {
  const unavailable = await this.changeSettings({ signedCookieLegacySaltFallback: false })
  assert.equal(unavailable, undefined)
})
