import { loadYamlDocument } from '../target/validate-document.js'
import type { Expectation } from './outcome.js'

/** Reads an expectations file; an entry for "ID" covers every Examples row "ID:N". */
export async function loadExpectations(file: string | undefined): Promise<(scenarioId: string) => Expectation | undefined> {
  if (file === undefined) return () => undefined
  const { expectations } = (await loadYamlDocument(file, 'expectations.schema.json')) as { expectations: Expectation[] }
  const byId = new Map(expectations.map((e) => [e.id, e]))
  // "ID:N[engine]" is covered by an entry for itself, "ID:N", "ID[engine]" or "ID".
  return (scenarioId) => {
    const engine = /\[[^\]]+\]$/.exec(scenarioId)?.[0] ?? ''
    const row = scenarioId.slice(0, scenarioId.length - engine.length)
    const base = row.replace(/:\d+$/, '')
    return byId.get(scenarioId) ?? byId.get(row) ?? byId.get(base + engine) ?? byId.get(base)
  }
}
