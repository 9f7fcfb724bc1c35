import assert from 'node:assert/strict'
import { Then, type DataTable } from '@cucumber/cucumber'
import type { ReportedMessage } from '../harness/driver/operations.js'
import { numberOf } from './support/message-texts.js'
import type { SpecWorld } from './support/world.js'

function shown(world: SpecWorld): ReportedMessage[] {
  const answer = world.lastAnswer as { messages?: ReportedMessage[] }
  assert.ok(answer.messages, `the page listed no messages: ${JSON.stringify(world.lastAnswer)}`)
  return answer.messages
}

Then('the visitor sees no messages', function (this: SpecWorld) {
  assert.deepEqual(shown(this), [])
})

function seesOne(this: SpecWorld, text: string, level: number, tags: string) {
  assert.deepEqual(shown(this).map((m) => ({ text: m.text, level: m.level, tags: m.tags })), [{ text, level, tags }])
}
Then('the visitor sees one message {string} at level {int} with the tags {string}', seesOne)

Then('the page after the redirect shows one message {string}', function (this: SpecWorld, text: string) {
  assert.deepEqual(shown(this).map((m) => m.text), [text])
})

Then('the visitor\'s next page shows no messages', async function (this: SpecWorld) {
  assert.deepEqual((await this.visit('messages.list', {})).messages, [])
})

Then('the visitor sees these messages:', function (this: SpecWorld, table: DataTable) {
  const expected = table.hashes().map((row) => ({ level: Number(row.level), tags: row.tags, text: row.text }))
  assert.deepEqual(shown(this).map((m) => ({ level: m.level, tags: m.tags, text: m.text })), expected)
})

Then('the visitor sees the texts {string}, {string}, {string} in that order', function (this: SpecWorld, a: string, b: string, c: string) {
  assert.deepEqual(shown(this).map((m) => m.text), [a, b, c])
})

Then('the visitor sees the messages numbered {int} to {int}', function (this: SpecWorld, first: number, last: number) {
  const expected = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  assert.deepEqual(shown(this).map((m) => numberOf(m.text)), expected)
})

Then('the count of messages is {int}', function (this: SpecWorld, count: number) {
  assert.deepEqual(this.lastAnswer, { count })
})

function rendered(world: SpecWorld): string {
  const answer = world.lastAnswer as { html?: string }
  assert.ok(typeof answer.html === 'string', `the page did not render: ${JSON.stringify(world.lastAnswer)}`)
  return answer.html
}
Then('the rendered page contains {string}', function (this: SpecWorld, text: string) {
  assert.ok(rendered(this).includes(text), `the page is: ${rendered(this)}`)
})
Then('the rendered page does not contain {string}', function (this: SpecWorld, text: string) {
  assert.ok(!rendered(this).includes(text), `the page is: ${rendered(this)}`)
})
