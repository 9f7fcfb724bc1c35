// The deployment checks the target itself reports (control operation checks.run) for settings
// switched through the control API: the answer is the target's, never computed here.
import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { ReportedCheck } from '../harness/driver/operations.js'
import type { SpecWorld } from './support/world.js'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const DEVELOPMENT_PREFIX = 'django-insecure-'

/** A key of exactly `length` characters with exactly `distinct` different ones (the first `distinct` of the alphabet, in turn). */
function keyOf(length: number, distinct: number): string {
  if (distinct < 1 || distinct > Math.min(length, ALPHABET.length)) {
    throw new Error(`a key of ${length} characters cannot have ${distinct} different characters`)
  }
  return Array.from({ length }, (_, i) => ALPHABET[i % distinct]).join('')
}

async function useSecretKey(world: SpecWorld, key: string): Promise<void> {
  assert.equal(await world.changeSettings({ secretKey: key }), undefined)
}

Given('the secret key has {int} characters, {int} of them different', function (this: SpecWorld, length: number, distinct: number) {
  return useSecretKey(this, keyOf(length, distinct))
})

Given('the secret key is a development key of {int} characters', function (this: SpecWorld, length: number) {
  const rest = length - DEVELOPMENT_PREFIX.length
  return useSecretKey(this, DEVELOPMENT_PREFIX + keyOf(rest, Math.min(rest, 30)))
})

Given('the secret key is {string} padded to {int} characters with varied ones', function (this: SpecWorld, start: string, length: number) {
  const rest = length - start.length
  return useSecretKey(this, start + keyOf(rest, Math.min(rest, 30)))
})

Given('the secret key is {string} repeated to {int} characters', function (this: SpecWorld, pattern: string, length: number) {
  // Characters as Django counts them (code points), so a pattern outside the BMP repeats whole.
  const characters = [...pattern]
  return useSecretKey(this, Array.from({ length }, (_, i) => characters[i % characters.length]).join(''))
})

// SECRET_KEY_FALLBACKS (W025): the secret key itself is strong, so only the former keys can be reported.
const STRONG_KEY = keyOf(60, 30)

async function useFormerKeys(world: SpecWorld, secretKey: string, secretKeyFallbacks: string[]): Promise<void> {
  assert.equal(await world.changeSettings({ secretKey, secretKeyFallbacks }), undefined)
}

Given('the secret key is strong, with a former key of {int} characters, {int} of them different', function (this: SpecWorld, length: number, distinct: number) {
  return useFormerKeys(this, STRONG_KEY, [keyOf(length, distinct)])
})

Given('the secret key is strong, with a former development key of {int} characters', function (this: SpecWorld, length: number) {
  const rest = length - DEVELOPMENT_PREFIX.length
  return useFormerKeys(this, STRONG_KEY, [DEVELOPMENT_PREFIX + keyOf(rest, Math.min(rest, 30))])
})

Given('the secret key is strong, with former keys of {int}, {int} and {int} characters, 20 of them different', function (this: SpecWorld, first: number, second: number, third: number) {
  return useFormerKeys(this, STRONG_KEY, [first, second, third].map((length) => keyOf(length, 20)))
})

Given('the secret key has {int} characters, {int} of them different, with a strong former key', function (this: SpecWorld, length: number, distinct: number) {
  return useFormerKeys(this, keyOf(length, distinct), [STRONG_KEY])
})

Given('the secret key has {int} characters, {int} of them different, and is its own former key', function (this: SpecWorld, length: number, distinct: number) {
  const key = keyOf(length, distinct)
  return useFormerKeys(this, key, [key])
})

When('the deployment checks run', async function (this: SpecWorld) {
  this.lastAnswer = (await this.driver.control('checks.run', {})).checks
})

function reported(world: SpecWorld, id: string): ReportedCheck | undefined {
  return (world.lastAnswer as ReportedCheck[]).find((check) => check.id === id)
}

function reportedIds(world: SpecWorld): string {
  return (world.lastAnswer as ReportedCheck[]).map((check) => check.id).join(', ') || 'nothing'
}

Then('the check {string} is reported as a warning', function (this: SpecWorld, id: string) {
  const found = reported(this, id)
  assert.ok(found, `not reported; the target reported: ${reportedIds(this)}`)
  assert.equal(found.level, 'WARNING')
})

Then('the check {string} is reported {int} times as a warning', function (this: SpecWorld, id: string, times: number) {
  const found = (this.lastAnswer as ReportedCheck[]).filter((check) => check.id === id)
  assert.equal(found.length, times, `reported ${found.length} times; the target reported: ${reportedIds(this)}`)
  for (const check of found) assert.equal(check.level, 'WARNING')
})

Then('the check {string} is not reported', function (this: SpecWorld, id: string) {
  assert.equal(reported(this, id), undefined, `reported; the target reported: ${reportedIds(this)}`)
})
