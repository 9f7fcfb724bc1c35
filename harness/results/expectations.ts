import { loadYamlDocument } from '../target/validate-document.js'
import type { Expectation } from './outcome.js'

/** Reads an expectations file; an entry for "ID" covers every Examples row "ID:N". */
export async function loadExpectations(file: string | undefined): Promise<(scenarioId: string) => Expectation | undefined> {
  if (file === undefined) return () => undefined
  const { expectations } = (await loadYamlDocument(file, 'expectations.schema.json')) as { expectations: Expectation[] }
  const byId = new Map(expectations.map((e) => [e.id, e]))
  return (scenarioId) => byId.get(scenarioId) ?? byId.get(scenarioId.replace(/:\d+$/, ''))
}
