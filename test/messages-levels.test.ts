// Levels, tags and the message API (catalogue 106-111, 114, 172, 184), and the message
// settings of the control API (MESSAGE_STORAGE, MESSAGE_LEVEL, MESSAGE_TAGS).
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { DEFAULT_TAGS, levelTags } from '../reference/messages/levels.js'
import { parseLevel } from '../reference/fixtures/message-level.js'
import { Message } from '../reference/messages/message.js'
import { Visitor } from './messages-http.js'
import { startTestServer, type TestServer } from './session-http.js'

describe('Message (107, 109, 172)', () => {
  test('tags: extra tags then the level tag, empty parts skipped', () => {
    assert.equal(new Message(30, 'm', 'x y').tags(DEFAULT_TAGS), 'x y warning')
    assert.equal(new Message(20, 'm', '').tags(DEFAULT_TAGS), 'info')
    assert.equal(new Message(20, 'm', null).tags(DEFAULT_TAGS), 'info')
    assert.equal(new Message(27, 'm', '').tags(DEFAULT_TAGS), '')
    assert.equal(new Message(27, 'm', 'x').tags(DEFAULT_TAGS), 'x')
  })
  test('108: MESSAGE_TAGS adds, renames and blanks over the defaults', () => {
    const tags = levelTags({ 40: 'danger', 10: '', 25: 'ok ok' })
    assert.deepEqual([10, 20, 25, 30, 40].map((level) => new Message(level, 'm').levelTag(tags)), ['', 'info', 'ok ok', 'warning', 'danger'])
  })
  test('equality ignores extra tags', () => {
    assert.ok(new Message(20, 'a', 'x').equals(new Message(20, 'a', 'y')))
    assert.ok(!new Message(20, 'a').equals(new Message(25, 'a')))
  })
  test('levels are integers or the five names', () => {
    assert.deepEqual(['debug', 'info', 'success', 'warning', 'error', 27, -3].map(parseLevel), [10, 20, 25, 30, 40, 27, -3])
    assert.deepEqual(['INFO', 20.5, '20', null].map(parseLevel), [undefined, undefined, undefined, undefined])
  })
})

describe('the message operations and settings over HTTP', () => {
  let server: TestServer
  let visitor: Visitor
  before(async () => { server = await startTestServer() })
  after(() => server.close())
  beforeEach(async () => {
    await server.reset()
    visitor = new Visitor(server)
  })
  const shown = async () => (await visitor.visit('messages.list')).body.messages

  test('a message is reported with its level, tags, extra tags and safety', async () => {
    await visitor.visit('messages.add', { level: 'warning', text: 'Careful', extraTags: 'x y', safe: true })
    assert.deepEqual(await shown(), [{ level: 30, levelTag: 'warning', tags: 'x y warning', text: 'Careful', extraTags: 'x y', safe: true }])
  })
  test('115: extra tags "" and None stay apart across requests', async () => {
    await visitor.visit('messages.addMany', { messages: [{ level: 20, text: 'a' }, { level: 20, text: 'b', extraTags: null }] })
    assert.deepEqual(((await shown()) as Array<{ extraTags: unknown }>).map((m) => m.extraTags), ['', null])
  })
  test('110, 111: below the level or empty is not added', async () => {
    const added = async (params: object) => (await visitor.visit('messages.add', params)).body.added
    assert.equal(await added({ level: 'debug', text: 'hidden' }), false)
    assert.equal(await added({ level: 'info', text: '' }), false)
    assert.equal(await added({ level: 'debug', text: 'shown', requestLevel: 'debug' }), true)
    assert.equal(await added({ level: 'debug', text: 'hidden', requestLevel: 10 }), true)
    assert.equal(await added({ level: 'debug', text: 'hidden again', requestLevel: null }), false)
  })
  test('110: the request level lasts for the request only', async () => {
    await visitor.visit('messages.addMany', { messages: [{ level: 'debug', text: 'a', requestLevel: 'debug' }, { level: 'debug', text: 'b' }] })
    assert.equal((await visitor.visit('messages.add', { level: 'debug', text: 'c' })).body.added, false)
    assert.deepEqual(((await shown()) as Array<{ text: string }>).map((m) => m.text), ['a', 'b'])
  })
  test('settings.set answers the message settings, and reset restores them', async () => {
    const answer = await server.control('settings.set', { messageStorage: 'session', messageLevel: 'warning', messageTags: { 40: 'danger' } })
    assert.deepEqual(answer.body.settings, { ...(answer.body.settings as object), messageStorage: 'session', messageLevel: 30, messageTags: { 40: 'danger' } })
    await visitor.visit('messages.add', { level: 'error', text: 'e' })
    assert.deepEqual(((await shown()) as Array<{ tags: string }>).map((m) => m.tags), ['danger'])
    await server.reset()
    const settings = (await server.control('settings.set', {})).body.settings
    assert.deepEqual(settings, { ...(settings as object), messageStorage: 'fallback', messageLevel: 20, messageTags: {} })
  })
  for (const [name, value] of [['messageStorage', 'memory'], ['messageLevel', 'loud'], ['messageLevel', 2.5], ['messageTags', { x: 'a' }], ['messageTags', { 40: 1 }]] as const) {
    test(`settings.set refuses ${name} = ${JSON.stringify(value)}`, async () => {
      const answer = await server.control('settings.set', { [name]: value })
      assert.equal(answer.status, 422)
      assert.match(String(answer.body.rejected), new RegExp(name))
    })
  }
  for (const params of [{ text: 'x' }, { level: 'loud', text: 'x' }, { level: 20 }, { level: 20, text: 'x', extra: 1 }, { level: 20, text: 'x', requestLevel: 'loud' }]) {
    test(`messages.add refuses ${JSON.stringify(params)}`, async () => {
      assert.equal((await visitor.visit('messages.add', params)).status, 422)
      assert.deepEqual(visitor.last?.setCookie, [])
    })
  }
  test('114: render escapes the text and the tags unless the text is safe', async () => {
    await visitor.visit('messages.addMany', { messages: [{ level: 20, text: '<b>&</b>', extraTags: '"q"' }, { level: 27, text: '<i>ok</i>', safe: true }] })
    const { html } = (await visitor.visit('messages.render')).body
    assert.equal(html, '<ul class="messages"><li class="&quot;q&quot; info">&lt;b&gt;&amp;&lt;/b&gt;</li><li><i>ok</i></li></ul>')
  })
})
