import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { classify, isBad } from '../harness/results/outcome.js'
import { closingLine } from '../harness/results/summary.js'

const expected = { id: 'COOK-LIF-007', reason: 'Django 3.2 rejects a timedelta max_age' }

describe('outcome classification', () => {
  it('passes a passing scenario and fails a failing one', () => {
    assert.deepEqual(classify({ status: 'PASSED' }), { outcome: 'passed' })
    assert.equal(classify({ status: 'FAILED', errorType: 'AssertionError', message: 'x' }).outcome, 'failed')
  })

  it('makes a scenario the target cannot run not applicable, with the reason', () => {
    assert.deepEqual(classify({ status: 'SKIPPED', notApplicable: 'the target does not claim the django profile' }), {
      outcome: 'not-applicable',
      reason: 'the target does not claim the django profile',
    })
  })

  it('never lets a scenario be skipped without a reason', () => {
    assert.equal(classify({ status: 'SKIPPED' }).outcome, 'error')
  })

  it('makes a broken target an error, not a failure', () => {
    const result = classify({ status: 'FAILED', errorType: 'TargetError', message: 'cannot reach http://127.0.0.1:1: connection refused' })
    assert.deepEqual(result, { outcome: 'error', reason: 'cannot reach http://127.0.0.1:1: connection refused' })
  })

  it('makes an operation the target does not offer not applicable, with the reason', () => {
    const reason = 'the target does not offer the session.fail operation (its target file maps no route for it)'
    assert.deepEqual(classify({ status: 'FAILED', errorType: 'OperationNotOffered', message: reason }), { outcome: 'not-applicable', reason })
  })

  it('makes undefined and ambiguous steps errors', () => {
    assert.equal(classify({ status: 'UNDEFINED' }).outcome, 'error')
    assert.equal(classify({ status: 'AMBIGUOUS' }).outcome, 'error')
  })

  it('turns a listed failure into an expected failure and a listed pass into an unexpected pass', () => {
    assert.deepEqual(classify({ status: 'FAILED' }, expected), { outcome: 'expected-failure', reason: expected.reason })
    assert.equal(classify({ status: 'PASSED' }, expected).outcome, 'unexpected-pass')
  })

  it('still reports an error when a listed scenario could not reach the target', () => {
    assert.equal(classify({ status: 'FAILED', errorType: 'UnreachableError' }, expected).outcome, 'error')
  })

  it('makes a broken answer bound an error, even for a listed scenario', () => {
    const raw = { status: 'FAILED', errorType: 'AnswerLimitError', message: 'the answer to cookie.set exceeded 1 MiB' } as const
    assert.deepEqual(classify(raw, expected), { outcome: 'error', reason: 'the answer to cookie.set exceeded 1 MiB' })
  })

  it("makes cucumber's step timeout an error that says the target was too slow", () => {
    const raw = { status: 'FAILED', errorType: 'Error', message: 'function timed out, ensure the promise resolves within 20000 milliseconds' } as const
    assert.deepEqual(classify(raw), { outcome: 'error', reason: 'a step did not finish within 20 s: the target answered too slowly' })
  })

  it('counts a listed scenario that the target answers with a server error as the expected failure', () => {
    assert.equal(classify({ status: 'FAILED', errorType: 'ServerFailure', message: 'answered HTTP 500' }, expected).outcome, 'expected-failure')
  })

  it('makes a 500 answer a failure of the server, not harness trouble', () => {
    const message = 'session.get (POST http://127.0.0.1:1/__sessionspec/fixture/session.get) answered HTTP 500: Internal Server Error'
    assert.deepEqual(classify({ status: 'FAILED', errorType: 'ServerFailure', message }), { outcome: 'failed', reason: message })
  })

  it('counts only failed, unexpected pass and error against conformance', () => {
    assert.deepEqual(['passed', 'failed', 'not-applicable', 'expected-failure', 'unexpected-pass', 'error'].filter((o) => isBad(o as never)), ['failed', 'unexpected-pass', 'error'])
  })

  it('closes with "N passed, N failed", expected failures counting as passed', () => {
    const line = closingLine({ passed: 5, failed: 1, 'not-applicable': 7, 'expected-failure': 2, 'unexpected-pass': 1, error: 1 })
    assert.equal(line, '7 passed, 3 failed (counting 1 error and 1 unexpected pass as failed)')
  })
})
