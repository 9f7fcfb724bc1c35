/**
 * The target or its adapter broke the contract (unreachable, malformed answer, server error).
 * A scenario that ends with it is an error, not a failure of the behaviour under test.
 */
export class TargetError extends Error {
  override get name(): string {
    return 'TargetError'
  }
}
