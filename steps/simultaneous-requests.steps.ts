// Several requests of one visitor that reach the server at the same moment (a page that loads
// its parts in parallel): each is sent at once on the visitor's cookies, and each answer is kept.
import assert from 'node:assert/strict'
import { Then, When } from '@cucumber/cucumber'
import type { SpecWorld } from './support/world.js'

/** The statuses of the last simultaneous requests, per world. */
const statuses = new WeakMap<SpecWorld, number[]>()

When('{int} requests store {string} in the visitor\'s session at the same moment', async function (this: SpecWorld, count: number, key: string) {
  const visits = Array.from({ length: count }, (_, i) =>
    this.driver.visit(this.agent, 'session.set', { key, value: `request ${i + 1}` }, { acceptStatus: () => true }))
  statuses.set(this, (await Promise.all(visits)).map(({ exchange }) => exchange.response.status))
})

Then('every one of those requests is answered with success', function (this: SpecWorld) {
  const answered = statuses.get(this)
  assert.ok(answered, 'the scenario has sent no simultaneous requests')
  assert.deepEqual(answered.filter((status) => status < 200 || status > 299), [], `the simultaneous requests were answered ${answered.join(', ')}`)
})
