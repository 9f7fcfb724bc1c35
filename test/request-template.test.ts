import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { mapAnswer } from '../harness/driver/answer-mapping.js'
import { buildRequest, unusedParams } from '../harness/driver/request-template.js'
import { checkAnswer } from '../harness/driver/answer-validator.js'
import { TargetError } from '../harness/driver/target-error.js'

describe('request templates of a target file', () => {
  it('fills path, query and body placeholders, keeping JSON types in the body', () => {
    const request = buildRequest(
      { method: 'PUT', path: '/cookies/{name}', query: { salt: '{salt}', fixed: 'yes' }, body: { v: '{value}', age: '{maxAge}', all: '{params}' } },
      { name: 'a b', value: 'x', maxAge: 10, salt: undefined },
    )
    assert.equal(request.method, 'PUT')
    assert.equal(request.path, '/cookies/a%20b?fixed=yes')
    assert.deepEqual(JSON.parse(request.body ?? ''), { v: 'x', age: 10, all: { name: 'a b', value: 'x', maxAge: 10 } })
    assert.equal(request.headers['Content-Type'], 'application/json')
  })

  // A route that drops a parameter would run another scenario than the one written (session.set
  // without its length stores one letter, not a large session): the driver answers "not offered".
  it('names the given parameters a template does not use, none when the body takes {params} whole', () => {
    const template = { method: 'POST' as const, path: '/cart/{key}', query: { h: '{hint}' }, headers: { 'X-Age': '{maxAge}' }, body: { item: '{value}' } }
    assert.deepEqual(unusedParams(template, { key: 'k', value: 'v', hint: 'x', maxAge: 3, length: 40, salt: 'y', gone: undefined }), ['length', 'salt'])
    assert.deepEqual(unusedParams(template, { key: 'k', value: 'v' }), [])
    assert.deepEqual(unusedParams({ method: 'POST', path: '/x', body: { all: '{params}' } }, { length: 40 }), [])
  })

  it('reads a standard answer from a server\'s own JSON through pointers', () => {
    assert.deepEqual(mapAnswer({ data: { ok: 'a', list: [{ v: 1 }] } }, { set: '/data/ok', first: '/data/list/0/v', missing: '/nope' }), { set: 'a', first: 1 })
  })
})

describe('answers checked against the fixture API schema', () => {
  it('accepts a well-formed answer', () => {
    checkAnswer('cookie.getSigned', { found: false, reason: 'expired' })
    checkAnswer('cookie.set', { rejected: 'illegal name' })
  })

  it('names the operation and the violation of a malformed answer', () => {
    assert.throws(() => checkAnswer('cookie.getSigned', { found: 'yes' }), (error: Error) => {
      assert.ok(error instanceof TargetError)
      assert.match(error.message, /^cookie\.getSigned answered \{"found":"yes"\}, which the fixture API does not allow: /)
      return true
    })
    assert.throws(() => checkAnswer('clock.get', { now: 'later' }), /clock\.get answered .*\/now must be number/)
  })
})
