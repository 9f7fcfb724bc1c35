import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { levelOf, mapAnswer } from '../harness/driver/answer-mapping.js'

describe('reading a framework\'s own answer (docs/target-files.md)', () => {
  it('builds a message list from groups keyed by category (connect-flash, @fastify/flash)', () => {
    const answer = mapAnswer({ messages: { warning: ['Careful'], info: ['A', 'B'] } }, { messages: { list: '/messages', groupedBy: 'level', item: { text: '' } } })
    assert.deepEqual(answer, { messages: [{ level: 'warning', text: 'Careful' }, { level: 'info', text: 'A' }, { level: 'info', text: 'B' }] })
  })

  it('builds a message list from (category, text) pairs (Flask)', () => {
    const answer = mapAnswer({ flashes: [['error', 'Bad'], ['message', 'Hi']] }, { messages: { list: '/flashes', item: { level: '/0', text: '/1' } } })
    assert.deepEqual(answer, { messages: [{ level: 'error', text: 'Bad' }, { level: 'message', text: 'Hi' }] })
  })

  it('leaves out a list whose pointer finds nothing, and names a list that is not one', () => {
    assert.deepEqual(mapAnswer({}, { messages: { list: '/flashes' } }), {})
    assert.throws(() => mapAnswer({ flashes: 'x' }, { messages: { list: '/flashes' } }), { name: 'TargetError', message: /at \/flashes is not a list/ })
  })

  it('translates the server\'s words per field', () => {
    const answer = mapAnswer({ ok: false, error: 'invalid signature' }, { found: '/ok', reason: '/error' }, { reason: { 'invalid signature': 'bad-signature' } })
    assert.deepEqual(answer, { found: false, reason: 'bad-signature' })
  })

  it('turns a category into its level: built-in names, the target file\'s names, or one line naming the gap', () => {
    assert.equal(levelOf('warning', {}), 30)
    assert.equal(levelOf('message', { message: 20 }), 20)
    assert.equal(levelOf(25, {}), 25)
    assert.throws(() => levelOf('notice', {}), { name: 'TargetError', message: /category "notice", which neither messageLevels/ })
  })
})
