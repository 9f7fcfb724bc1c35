import assert from 'node:assert/strict'
import type { SpecWorld } from './world.js'

/** Sessions planted per control call: a store of a thousand sessions (more than one purge
 * batch) is planted in several calls, so that no single call outlasts the answer timeout on a
 * store that commits each row on its own. */
const PLANT_CHUNK = 200

/** Puts `count` sessions expiring `expiresIn` seconds from now straight into the store. */
export async function plantSessions(world: SpecWorld, count: number, expiresIn: number): Promise<void> {
  let planted = 0
  do {
    const chunk = Math.min(PLANT_CHUNK, count - planted)
    const answer = await world.driver.control('sessions.plant', { count: chunk, expiresIn })
    assert.equal(answer.planted, chunk)
    planted += chunk
  } while (planted < count)
}
