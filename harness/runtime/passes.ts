import { ENGINE_IDS } from '../../lib/engine-ids.js'
import type { Target } from '../target/types.js'

/** The engines a feature can be tagged with (@engine:<id>): lib/engine-ids.ts. */
export { ENGINE_IDS }
/** The message storages a feature can be tagged with (@storage:<id>). */
export const STORAGE_IDS = ['cookie', 'session', 'fallback'] as const

/** One cucumber run of a suite run: the features that do not depend on a dimension, or one value's turn. */
export interface RunPass {
  name: string
  /** The engine variant this pass runs every @per-engine feature with, e.g. "cache/redis". */
  engine?: string
  /** The message storage this pass runs every @per-storage feature with. */
  storage?: string
  tags: string
}

export function engineIdOf(variant: string): string {
  return variant.split('/')[0]
}

interface Dimension {
  kind: 'engine' | 'storage'
  featureTag: string
  tagPrefix: string
  ids: readonly string[]
  values: string[]
}

/**
 * Engines and message storages are run dimensions: every @per-engine feature runs once per
 * engine the target lists, every @per-storage feature once per storage. Scenarios tagged for an
 * engine or storage the target does not offer join the shared pass, where they are reported
 * not applicable rather than silently left out. Without the settings capability a target
 * cannot switch, so each dimension runs once, with the first value it lists.
 */
export function planPasses(target: Target, userTags?: string): RunPass[] {
  const and = (tags: string) => (userTags ? `(${userTags}) and (${tags})` : tags)
  const canSwitch = target.capabilities.includes('settings')
  const dimensions: Dimension[] = [
    { kind: 'engine', featureTag: '@per-engine', tagPrefix: '@engine:', ids: ENGINE_IDS, values: target.engines },
    { kind: 'storage', featureTag: '@per-storage', tagPrefix: '@storage:', ids: STORAGE_IDS, values: target.messageStorages },
  ]
  const tagsOf = (d: Dimension, ids: readonly string[]) => ids.map((id) => `${d.tagPrefix}${id}`).join(' or ')
  const independent = dimensions.map((d) => `not ${d.featureTag}`).join(' and ')
  // Scenarios only for values the target does not offer: run once, to be reported not applicable.
  const orphans = dimensions.flatMap((d) => {
    const offered = new Set(d.values.map(engineIdOf))
    const missing = d.ids.filter((id) => !offered.has(id))
    const present = d.ids.filter((id) => offered.has(id))
    if (missing.length === 0) return []
    return [`(${d.featureTag} and (${tagsOf(d, missing)})${present.length ? ` and not (${tagsOf(d, present)})` : ''})`]
  })
  const passes: RunPass[] = [{ name: 'shared', tags: and([`(${independent})`, ...orphans].join(' or ')) }]
  for (const d of dimensions) {
    for (const value of canSwitch ? d.values : d.values.slice(0, 1)) {
      const own = `${d.tagPrefix}${engineIdOf(value)}`
      const others = tagsOf(d, d.ids.filter((id) => id !== engineIdOf(value)))
      // A scenario tagged for several values runs in each of their passes.
      passes.push({ name: value, [d.kind]: value, tags: and(`${d.featureTag} and (${own} or not (${others}))`) })
    }
  }
  return passes
}
