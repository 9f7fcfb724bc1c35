/**
 * The target or its adapter broke the contract (unreachable, malformed answer, a status the
 * contract does not allow). A scenario that ends with it is an error, not a failure of the
 * behaviour under test.
 */
export class TargetError extends Error {
  override get name(): string {
    return 'TargetError'
  }
}

/**
 * The server answered 500 Internal Server Error to a request the specification says it handles:
 * it was reached, it answered, and the answer is that it failed. That is the server's behaviour
 * (a crash on a tampered cookie or on a date it cannot store is a real non-conformance), so the
 * scenario fails; it is not harness trouble. Other 5xx statuses (a gateway, a store that is down)
 * stay target errors. So does a 400 the scenario did not expect, except the one the fixture API
 * marks SessionInterrupted (054: the server found the session deleted meanwhile), which is the
 * server's behaviour too, as a 400 for a disallowed host is not.
 */
export class ServerFailure extends Error {
  override get name(): string {
    return 'ServerFailure'
  }
}

/**
 * The target does not offer the operation: its target file maps its own routes and says it does
 * not mount the standard fixture API, and no route is mapped for this operation. Nothing is sent;
 * the scenario is not applicable, with this reason.
 */
export class OperationNotOffered extends Error {
  override get name(): string {
    return 'OperationNotOffered'
  }
}

/**
 * The target's answer broke a bound of the harness (too large, too slow, cut off): the scenario is
 * an error naming the cause, never a verdict on the behaviour and never an expected failure.
 */
export class AnswerLimitError extends TargetError {}

/** A part the run needs is absent (a store that is down, Chromium) while CI=true promises every part. */
export class MissingPart extends Error {
  override get name(): string {
    return 'MissingPart'
  }
}
