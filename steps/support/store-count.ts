import type { TargetDriver } from '../../harness/driver/http-driver.js'
import { TargetError } from '../../harness/driver/target-error.js'
import { COUNTS_SESSIONS } from '../../harness/runtime/applicability.js'

/**
 * The number of sessions the engine's store holds. Whether the store can count is decided before
 * the scenario runs (its COUNTS_SESSIONS tag); a refusal here means the tag is missing.
 */
export async function countStoredSessions(driver: TargetDriver): Promise<number> {
  const answer = await driver.control('sessions.count', {})
  if ('count' in answer) return answer.count
  throw new TargetError(`the store cannot count its sessions (${answer.rejected}), and the scenario is not tagged ${COUNTS_SESSIONS}`)
}
