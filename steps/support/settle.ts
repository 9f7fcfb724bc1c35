import type { SettingsChange } from '../../harness/driver/operations.js'
import type { SpecWorld } from './world.js'

/** A Given that switches server settings: a server that refuses them is harness trouble (an error), not a failed scenario. */
export async function settle(world: SpecWorld, change: SettingsChange): Promise<void> {
  const unavailable = await world.changeSettings(change)
  if (unavailable !== undefined) throw new Error(`the server refused the settings: ${unavailable}`)
}
