import assert from 'node:assert/strict'
import { Then, type DataTable } from '@cucumber/cucumber'
import type { ReportedMessage } from '../harness/driver/operations.js'
import { BUILT_IN_LEVELS } from '../harness/driver/answer-mapping.js'
import { numberOf } from './support/message-texts.js'
import type { SpecWorld } from './support/world.js'

function shown(world: SpecWorld): ReportedMessage[] {
  const answer = world.lastAnswer as { messages?: ReportedMessage[] }
  assert.ok(answer.messages, `the page listed no messages: ${JSON.stringify(world.lastAnswer)}`)
  return answer.messages
}

Then('the second list of that request shows the messages {string} and {string}', function (this: SpecWorld, first: string, second: string) {
  const answer = this.lastAnswer as { messagesAgain?: ReportedMessage[] }
  assert.ok(answer.messagesAgain, `the page did not list the messages a second time: ${JSON.stringify(this.lastAnswer)}`)
  assert.deepEqual(answer.messagesAgain.map((m) => m.text), [first, second], `the second list held ${describe(answer.messagesAgain)}`)
})

Then('the visitor sees no messages', function (this: SpecWorld) {
  const messages = shown(this)
  assert.ok(messages.length === 0, `expected the visitor to see no messages; the page listed ${describe(messages)}`)
})

/** What the page listed, in the scenario's words: `"Saved" (level 25)`. */
function describe(messages: ReportedMessage[], withTags = false): string {
  if (messages.length === 0) return 'no messages'
  return messages.map((m) => `${JSON.stringify(m.text)} (level ${m.level}${withTags ? `, tags ${m.tags === undefined ? 'not reported' : JSON.stringify(m.tags)}` : ''})`).join(', ')
}

/** Core: a message is its text and its level (a category the target file maps counts as its level). */
Then('the visitor sees one {level} message {string}', function (this: SpecWorld, level: string, text: string) {
  const messages = shown(this)
  const ok = messages.length === 1 && messages[0].text === text && messages[0].level === BUILT_IN_LEVELS[level]
  assert.ok(ok, `expected the visitor to see one ${level} message ${JSON.stringify(text)} (level ${BUILT_IN_LEVELS[level]}); the page listed ${describe(messages)}`)
})

Then('the visitor sees one message {string} at level {int}', function (this: SpecWorld, text: string, level: number) {
  const messages = shown(this)
  const ok = messages.length === 1 && messages[0].text === text && messages[0].level === level
  assert.ok(ok, `expected the visitor to see one message ${JSON.stringify(text)} at level ${level}; the page listed ${describe(messages)}`)
})

/** Django profile: tags are the extra tags followed by the level's tag. */
Then('the visitor sees one message {string} at level {int} with the tags {string}', function (this: SpecWorld, text: string, level: number, tags: string) {
  const messages = shown(this)
  const ok = messages.length === 1 && messages[0].text === text && messages[0].level === level && messages[0].tags === tags
  assert.ok(ok, `expected the visitor to see one message ${JSON.stringify(text)} at level ${level} with the tags ${JSON.stringify(tags)}; the page listed ${describe(messages, true)}`)
})

Then('the page after the redirect shows one message {string}', function (this: SpecWorld, text: string) {
  const messages = shown(this)
  assert.ok(messages.length === 1 && messages[0].text === text, `expected the page after the redirect to show one message ${JSON.stringify(text)}; it listed ${describe(messages)}`)
})

Then('the visitor\'s next page shows no messages', async function (this: SpecWorld) {
  const { messages } = await this.visit('messages.list', {})
  assert.ok(messages.length === 0, `expected the visitor's next page to show no messages; it listed ${describe(messages)}`)
})

Then('the visitor sees these messages:', function (this: SpecWorld, table: DataTable) {
  const expected = table.hashes().map((row) => ({ level: Number(row.level), tags: row.tags, text: row.text }))
  const messages = shown(this)
  assert.deepEqual(messages.map((m) => ({ level: m.level, tags: m.tags, text: m.text })), expected, `expected the visitor to see ${describe(expected, true)}; the page listed ${describe(messages, true)}`)
})

/** Core: texts and levels (by name) in the order they were added. */
Then('the visitor sees these messages in this order:', function (this: SpecWorld, table: DataTable) {
  const expected = table.hashes().map((row) => ({ level: BUILT_IN_LEVELS[row.level], text: row.text }))
  if (expected.some((m) => m.level === undefined)) throw new Error(`a level in the table is not one of ${Object.keys(BUILT_IN_LEVELS).join(', ')}`)
  const messages = shown(this)
  assert.deepEqual(messages.map((m) => ({ level: m.level, text: m.text })), expected, `expected the visitor to see ${describe(expected)}; the page listed ${describe(messages)}`)
})

function seesTexts(world: SpecWorld, expected: string[]) {
  const texts = shown(world).map((m) => m.text)
  assert.deepEqual(texts, expected, `expected the visitor to see ${JSON.stringify(expected)} in that order; the page listed ${JSON.stringify(texts)}`)
}
Then('the visitor sees the texts {string}, {string}, {string} in that order', function (this: SpecWorld, a: string, b: string, c: string) {
  seesTexts(this, [a, b, c])
})
Then('the visitor sees the texts {string}, {string} in that order', function (this: SpecWorld, a: string, b: string) {
  seesTexts(this, [a, b])
})

Then('the visitor sees the messages numbered {int} to {int}', function (this: SpecWorld, first: number, last: number) {
  const expected = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const numbers = shown(this).map((m) => numberOf(m.text))
  assert.deepEqual(numbers, expected, `expected the visitor to see the messages numbered ${first} to ${last}; the page listed the numbers ${JSON.stringify(numbers)}`)
})

/** messages.count's answer, or the count messages.addMany made after adding. */
Then('the count of messages is {int}', function (this: SpecWorld, count: number) {
  const answer = this.lastAnswer as { count?: unknown }
  assert.equal(answer.count, count, `expected the server to count ${count} messages; it answered ${JSON.stringify(this.lastAnswer)}`)
})

function rendered(world: SpecWorld): string {
  const answer = world.lastAnswer as { html?: string }
  assert.ok(typeof answer.html === 'string', `the page did not render: ${JSON.stringify(world.lastAnswer)}`)
  return answer.html
}
Then('the rendered page contains {string}', function (this: SpecWorld, text: string) {
  assert.ok(rendered(this).includes(text), `expected the rendered page to contain ${JSON.stringify(text)}; it is: ${rendered(this)}`)
})
Then('the rendered page does not contain {string}', function (this: SpecWorld, text: string) {
  assert.ok(!rendered(this).includes(text), `expected the rendered page not to contain ${JSON.stringify(text)}; it is: ${rendered(this)}`)
})

Then('the rendered page is empty', function (this: SpecWorld) {
  assert.equal(rendered(this), '', 'expected the page to render nothing for no messages')
})

/** What add_message did with the message the scenario's When added: kept it for the next page or dropped it. */
Then('the server reports that it {word} the message', function (this: SpecWorld, outcome: string) {
  if (outcome !== 'kept' && outcome !== 'dropped') throw new Error(`"${outcome}" is neither kept nor dropped`)
  const answer = this.lastAnswer as { added?: unknown }
  assert.equal(answer.added, outcome === 'kept', `expected the server to report that it ${outcome} the message; it answered ${JSON.stringify(this.lastAnswer)}`)
})

/** messages.addMany's `added`: how many of the request's add_message calls kept their message. */
Then('the server reports that it kept {int} of the messages', function (this: SpecWorld, kept: number) {
  const answer = this.lastAnswer as { added?: unknown }
  assert.equal(answer.added, kept, `expected the server to report ${kept} messages kept; it answered ${JSON.stringify(this.lastAnswer)}`)
})

/** Django profile: a message's extra_tags as the page reads it, None (null) kept apart from "". */
Then('the visitor sees one message {string} whose extra tags are None', function (this: SpecWorld, text: string) {
  const messages = shown(this)
  const ok = messages.length === 1 && messages[0].text === text && messages[0].extraTags === null
  assert.ok(ok, `expected the visitor to see one message ${JSON.stringify(text)} with extra_tags None; the page listed ${JSON.stringify(messages)}`)
})
