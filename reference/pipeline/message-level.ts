// How the fixture and control APIs read a message level (docs/fixture-api.md): an integer, or
// one of the names of the five levels (the shortcuts' names, catalogue 184). Reading the
// parameter is the operation layer's business; which number a name stands for is the
// messages area's (LEVEL_NAMES).
import { LEVEL_NAMES, type LevelName } from '../messages/levels.js'

/** A level as the APIs give it: an integer, or one of the five names. Anything else is undefined. */
export function parseLevel(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined
  if (typeof value === 'string' && Object.hasOwn(LEVEL_NAMES, value)) return LEVEL_NAMES[value as LevelName]
  return undefined
}
