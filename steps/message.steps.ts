import assert from 'node:assert/strict'
import { Given, When, type DataTable } from '@cucumber/cucumber'
import { UserAgent } from '../harness/agent/user-agent.js'
import type { MessageParams } from '../harness/driver/operations.js'
import { OperationNotOffered } from '../harness/driver/target-error.js'
import { assertAccepted } from './support/accepted.js'
import { controlNamed } from './support/control-characters.js'
import { levelNumber, levelOf, numberedText } from './support/message-texts.js'
import { settle } from './support/settle.js'
import type { SpecWorld } from './support/world.js'

async function add(world: SpecWorld, params: MessageParams) {
  assertAccepted(await world.visit('messages.add', params), `the message ${JSON.stringify(params)}`)
}

const addAtLevel = function (this: SpecWorld, level: string, text: string) { return add(this, { level: levelOf(level), text }) }
Given('the server has added a/an {level} message {string}', addAtLevel)
When('the server adds a/an {level} message {string}', addAtLevel)
When('the server adds a/an {level} message with the text {text}', addAtLevel)
Given('the server has added a/an {level} message {string} and {string} joined by {}', function (this: SpecWorld, level: string, a: string, b: string, joiner: string) {
  return add(this, { level: levelOf(level), text: `${a}${controlNamed(joiner)}${b}` })
})
Given('the server has added a message {string} at level {int}', function (this: SpecWorld, text: string, level: number) {
  return add(this, { level, text })
})
Given('the server has added a/an {level} message {string} with the extra tags {string}', function (this: SpecWorld, level: string, text: string, extraTags: string) {
  return add(this, { level: levelOf(level), text, extraTags })
})
Given('the server has added a message {string} at level {int} with the extra tags {string}', function (this: SpecWorld, text: string, level: number, extraTags: string) {
  return add(this, { level, text, extraTags })
})
Given('the server has added a/an {level} message {string} with the extra tags None', function (this: SpecWorld, level: string, text: string) {
  return add(this, { level: levelOf(level), text, extraTags: null })
})
Given('the server has added a/an {level} message {string} marked safe', function (this: SpecWorld, level: string, text: string) {
  return add(this, { level: levelOf(level), text, safe: true })
})
Given('the server has added a/an {level} message {string} marked safe, with the extra tags {string}', function (this: SpecWorld, level: string, text: string, extraTags: string) {
  return add(this, { level: levelOf(level), text, extraTags, safe: true })
})
Given('the server has added a/an {level} message {string} with the request\'s level lowered to {level}', function (this: SpecWorld, level: string, text: string, requestLevel: string) {
  return add(this, { level: levelOf(level), text, requestLevel: levelNumber(requestLevel) })
})
/** A table of `request level` (blank: left alone, none: set_level(None)), `level` and `text`, in one request. */
Given('the server has added these messages, setting the request\'s level first:', async function (this: SpecWorld, table: DataTable) {
  const messages = table.hashes().map((row) => {
    const cell = row['request level']
    const requestLevel = cell === '' ? {} : { requestLevel: cell === 'none' ? null : levelNumber(cell) }
    return { level: levelOf(row.level), text: row.text, ...requestLevel }
  })
  await this.visit('messages.addMany', { messages })
})
const addOfLength = function (this: SpecWorld, level: string, length: number) {
  return add(this, { level: levelOf(level), text: numberedText(1, length) })
}
When('the server adds a/an {level} message of {int} characters', addOfLength)
Given('the server has added a/an {level} message of {int} characters', addOfLength)

const addTable = async function (this: SpecWorld, table: DataTable) {
  await this.visit('messages.addMany', { messages: table.hashes().map((row) => ({ level: levelOf(row.level), text: row.text })) })
}
Given('the server has added these messages:', addTable)
When('the server adds these messages in one request:', addTable)

async function addNumbered(this: SpecWorld, count: number, level: string, length: number, first: number, last: number) {
  if (last - first + 1 !== count) throw new Error(`numbered ${first} to ${last} is not ${count} messages`)
  const messages = Array.from({ length: count }, (_, i) => ({ level: levelOf(level), text: numberedText(first + i, length) }))
  await this.visit('messages.addMany', { messages })
}
Given('the server has added {int} {level} messages of {int} characters, numbered {int} to {int}', addNumbered)
When('the server adds {int} {level} messages of {int} characters, numbered {int} to {int}', addNumbered)

/** A table of `number` and `characters`: numbered info messages of different lengths, in one request. */
async function addNumberedTable(this: SpecWorld, table: DataTable) {
  const messages = table.hashes().map((row) => ({ level: levelOf('info'), text: numberedText(Number(row.number), Number(row.characters)) }))
  await this.visit('messages.addMany', { messages })
}
Given('the server has added these numbered info messages:', addNumberedTable)
When('the server adds these numbered info messages:', addNumberedTable)

Given('the server has added an info message {string} and shown the messages in the same request', async function (this: SpecWorld, text: string) {
  await this.visit('messages.addMany', { messages: [{ level: 'info', text }], thenList: true })
})

Given('the server has shown the messages and then added an info message {string} in the same request', async function (this: SpecWorld, text: string) {
  await this.visit('messages.addMany', { messages: [{ level: 'info', text }], firstList: true })
})

When('the server adds an info message {string} and lists the messages twice in the same request', async function (this: SpecWorld, text: string) {
  await this.visit('messages.addMany', { messages: [{ level: 'info', text }], thenList: true, thenListAgain: true })
})

const addAndCount = async function (this: SpecWorld, level: string, text: string) {
  await this.visit('messages.addMany', { messages: [{ level: levelOf(level), text }], thenCount: true })
}
When('the server adds a/an {level} message {string} and counts the visitor\'s messages in the same request', addAndCount)
Given('the server has added a/an {level} message {string} and counted the visitor\'s messages in the same request', addAndCount)

When('the server adds a/an {level} message {string} and redirects the visitor', async function (this: SpecWorld, level: string, text: string) {
  const redirect = await this.driver.visit(this.agent, 'messages.addAndRedirect', { level: levelOf(level), text }, { acceptStatus: (s) => s >= 300 && s < 400 })
  // The redirect is the server's own: a Location that leads to no page of it (404) breaks the
  // post/redirect/get the scenario names, a failure of the server, not an operation it lacks.
  const page = await this.driver.followRedirect(this.agent, redirect.exchange, 'messages.list').catch((error: unknown) => {
    if (error instanceof OperationNotOffered) assert.fail(`the redirect after the message leads to no page: ${error.message}`)
    throw error
  })
  this.lastAnswer = page.answer
})

Given('the server has added a/an {level} message {string} in a request that failed with status {int}', async function (this: SpecWorld, level: string, text: string, status: number) {
  await this.visit('messages.addAndFail', { level: levelOf(level), text, status }, { acceptStatus: (s) => s === status })
  // The view failed as asked: a 2xx here would leave the scenario testing a request that succeeded.
  const answered = this.lastExchange.response.status
  assert.equal(answered, status, `the request that was to fail with status ${status} answered ${answered}`)
})

async function view(this: SpecWorld) {
  await this.visit('messages.list', {})
}
When('the visitor views the next page', view)
Given('the visitor has viewed the next page', view)

When('another visitor views the next page', async function (this: SpecWorld) {
  this.lastAnswer = (await this.driver.visit(new UserAgent(this.clock), 'messages.list', {})).answer
})

async function count(this: SpecWorld) {
  await this.visit('messages.count', {})
}
When('the server counts the visitor\'s messages', count)
Given('the server has counted the visitor\'s messages', count)

When('the page renders the visitor\'s messages', async function (this: SpecWorld) {
  await this.visit('messages.render', {})
})

Given('the message level is {level}', async function (this: SpecWorld, level: string) {
  await settle(this, { messageLevel: levelNumber(level) })
})
Given('the message level is {int}', async function (this: SpecWorld, level: number) {
  await settle(this, { messageLevel: level })
})
async function setMessageTags(this: SpecWorld, table: DataTable) {
  await settle(this, { messageTags: Object.fromEntries(table.hashes().map((row) => [row.level, row.tag])) })
}
Given('the message tags are:', setMessageTags)
Given('the message tags are changed to:', setMessageTags)
Given('the message tag of level {int} is {string}', async function (this: SpecWorld, level: number, tag: string) {
  await settle(this, { messageTags: { [String(level)]: tag } })
})
