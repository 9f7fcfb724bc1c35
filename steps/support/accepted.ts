import assert from 'node:assert/strict'
import { isRejected } from '../../harness/driver/operations.js'

/**
 * A valid call (a message, a set_expiry) that the server refuses fails the scenario, in a Given
 * too: its effect never happened, so what follows would judge something else. Where a refusal is
 * the behaviour under test, the step reads the answer itself ("the server refuses the call").
 */
export function assertAccepted(answer: unknown, call: string): void {
  assert.ok(!isRejected(answer), `the server refused ${call}: ${JSON.stringify(answer)}`)
}
