import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin'
import { areaOf } from './results-file.js'
import { IdGenerator, type Scenario } from '@cucumber/messages'

/** A feature file as a reviewer reads it: prose, rules, scenarios and their steps. */
export interface SpecFeature {
  uri: string
  area: string
  name: string
  description: string
  tags: string[]
  rules: Array<{ name: string; scenarios: SpecScenario[] }>
}

export interface SpecScenario {
  id: string
  name: string
  line: number
  tags: string[]
  steps: string[]
  /** Examples rows, header first, for an outline. */
  examples: string[][]
  /** Comment lines just above the scenario (where Django versions differ, say). */
  notes: string[]
}

/** Reads every feature under `dir` into the structure the HTML report renders. */
export async function readSpecification(root: string, dir = 'features'): Promise<SpecFeature[]> {
  const order = await readingOrder(join(root, dir, 'README.md'))
  const rank = (f: string) => (order.indexOf(f) < 0 ? order.length : order.indexOf(f))
  const files = (await readdir(join(root, dir), { recursive: true })).filter((f) => f.endsWith('.feature')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  return readFeatures(root, files.map((file) => relative(root, join(root, dir, file))))
}

/** Reads the given feature files (paths relative to `root`, in that order) as readSpecification does. */
export async function readFeatures(root: string, uris: string[]): Promise<SpecFeature[]> {
  const features: SpecFeature[] = []
  for (const uri of uris) {
    const source = await readFile(join(root, uri), 'utf8')
    const document = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(source)
    const feature = document.feature
    if (!feature) continue
    const lines = source.split('\n')
    const toScenario = (s: Scenario): SpecScenario => ({
      id: s.tags.map((t) => t.name).find((t) => t.startsWith('@id:'))?.slice(4) ?? `${uri}:${s.location.line}`,
      name: s.name,
      line: s.location.line,
      tags: s.tags.map((t) => t.name),
      steps: s.steps.map((step) => `${step.keyword.trim()} ${step.text}${step.docString ? `\n${step.docString.content}` : ''}${step.dataTable ? `\n${step.dataTable.rows.map((r) => `| ${r.cells.map((c) => c.value).join(' | ')} |`).join('\n')}` : ''}`),
      examples: s.examples.flatMap((e) => [e.tableHeader, ...e.tableBody].filter((r) => r !== undefined).map((r) => r.cells.map((c) => c.value))),
      notes: notesAbove(lines, (s.tags[0]?.location.line ?? s.location.line) - 1),
    })
    const loose = feature.children.filter((c) => c.scenario).map((c) => toScenario(c.scenario!))
    const rules = feature.children.filter((c) => c.rule).map((c) => ({ name: c.rule!.name, scenarios: c.rule!.children.filter((r) => r.scenario).map((r) => toScenario(r.scenario!)) }))
    features.push({
      uri,
      area: areaOf(uri),
      name: feature.name,
      description: (feature.description ?? '').split('\n').map((l) => l.trim()).join(' ').trim(),
      tags: feature.tags.map((t) => t.name),
      rules: loose.length ? [{ name: '', scenarios: loose }, ...rules] : rules,
    })
  }
  return features
}

/** The reading order of features/README.md: feature paths in the order it names them. */
async function readingOrder(readme: string): Promise<string[]> {
  const text = await readFile(readme, 'utf8').catch(() => '')
  return [...text.matchAll(/`([a-z-]+\/[a-z-]+\.feature)`/g)].map((m) => m[1])
}

/** The comment lines directly above a 1-based line (a scenario's first tag line). */
function notesAbove(lines: string[], line: number): string[] {
  const notes: string[] = []
  for (let i = line - 2; i >= 0 && lines[i].trim().startsWith('#'); i--) notes.unshift(lines[i].trim().replace(/^#\s*/, ''))
  return notes
}
