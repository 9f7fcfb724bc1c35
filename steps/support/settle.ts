import type { SettingsChange } from '../../harness/driver/operations.js'
import { MissingPart } from '../../harness/driver/target-error.js'
import type { SpecWorld } from './world.js'

/** A Given that switches server settings: a server that answers them "unavailable" (its store
 * down or misconfigured, a package missing) lacks a part the scenario needs, which is an error,
 * not a failed scenario (harness/results/outcome.ts). A plain Error here was counted a failure. */
export async function settle(world: SpecWorld, change: SettingsChange): Promise<void> {
  const unavailable = await world.changeSettings(change)
  if (unavailable !== undefined) throw new MissingPart(`the server cannot take the settings: ${unavailable}`)
}
