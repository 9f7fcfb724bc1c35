import assert from 'node:assert/strict'
import type { TargetDriver } from '../../harness/driver/http-driver.js'
import { TargetError } from '../../harness/driver/target-error.js'
import { COUNTS_SESSIONS } from '../../harness/runtime/applicability.js'

/**
 * The number of sessions the engine's store holds. Whether the store can count is decided before
 * the scenario runs (its COUNTS_SESSIONS tag); a refusal here means the tag is missing, or, from a
 * target whose file lists the stores it cannot count (uncountedEngines), a store that fails its claim.
 */
export async function countStoredSessions(driver: TargetDriver): Promise<number> {
  const answer = await driver.control('sessions.count', {})
  if ('count' in answer) return answer.count
  if (driver.target.uncountedEngines !== undefined) assert.fail(`the store refuses to count its sessions (${answer.rejected}), though the target file does not list its engine under uncountedEngines`)
  throw new TargetError(`the store cannot count its sessions (${answer.rejected}), and the scenario is not tagged ${COUNTS_SESSIONS}`)
}
