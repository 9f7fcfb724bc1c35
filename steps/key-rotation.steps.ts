// SECRET_KEY_FALLBACKS (capability key-rotation, docs/catalogue.md 034 and 156): the server's
// secret key changes, and the key it replaces may stay on as a fallback that still verifies what
// it signed. The keys are the harness's own, or the Django vectors' (whose cookies are literals).
import assert from 'node:assert/strict'
import { Given } from '@cucumber/cucumber'
import { VECTOR_SECRET_KEY } from '../harness/oracle/django-vectors.js'
import type { SpecWorld } from './support/world.js'

/** The key the server is switched to: neither the target's own nor the vectors'. */
const NEW_KEY = 'sessionspec-the-rotated-in-secret-key-0123456789-abcdef'
/** A former key that signed nothing the scenario holds. */
const UNRELATED_FORMER_KEY = 'sessionspec-an-unrelated-former-secret-key-9876543210'

async function rotate(world: SpecWorld, secretKeyFallbacks: string[]): Promise<void> {
  const unavailable = await world.changeSettings({ secretKey: NEW_KEY, secretKeyFallbacks })
  assert.equal(unavailable, undefined, `the server could not change its secret key: ${unavailable}`)
}

Given('the server\'s secret key has changed, keeping the former key as a fallback', function (this: SpecWorld) {
  const former = this.target.settings.secretKey
  if (former === undefined) return this.notApplicable('the target file declares no settings.secretKey, so the harness cannot name the former key as a fallback')
  return rotate(this, [former])
})

Given('the server signs with another secret key, keeping the key of the Django vectors as a fallback', function (this: SpecWorld) {
  return rotate(this, [VECTOR_SECRET_KEY])
})

Given('the server signs with another secret key, keeping another former key and then the key of the Django vectors as fallbacks', function (this: SpecWorld) {
  return rotate(this, [UNRELATED_FORMER_KEY, VECTOR_SECRET_KEY])
})

Given('the server no longer keeps a former secret key', async function (this: SpecWorld) {
  const unavailable = await this.changeSettings({ secretKeyFallbacks: [] })
  assert.equal(unavailable, undefined, `the server could not drop its former secret keys: ${unavailable}`)
})
