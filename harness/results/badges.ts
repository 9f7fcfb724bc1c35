import type { ResultsFile } from './results-file.js'

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export interface Badge { schemaVersion: 1; label: string; message: string; color: string }

/**
 * One badge per profile the target claims: scenarios tagged @profile:django count for django,
 * the others for core. Conformant outcomes over applicable ones.
 */
export function renderBadges(results: ResultsFile): Record<string, Badge> {
  const badges: Record<string, Badge> = {}
  for (const profile of results.target.profiles) {
    const inProfile = results.scenarios.filter((s) => (profile === 'django' ? s.tags.includes('@profile:django') : !s.tags.includes('@profile:django')))
    const applicable = inProfile.filter((s) => s.outcome !== 'not-applicable')
    const good = applicable.filter((s) => s.outcome === 'passed' || s.outcome === 'expected-failure').length
    const ratio = applicable.length ? good / applicable.length : 0
    badges[profile] = {
      schemaVersion: 1,
      label: `sessionspec ${profile}`,
      message: `${good}/${applicable.length} passed`,
      color: ratio === 1 ? 'brightgreen' : ratio >= 0.95 ? 'green' : ratio >= 0.8 ? 'yellow' : 'red',
    }
  }
  return badges
}
