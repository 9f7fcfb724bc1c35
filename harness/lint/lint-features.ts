import { readFile } from 'node:fs/promises'
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin'
import { IdGenerator, type Feature, type GherkinDocument, type Scenario, type Tag } from '@cucumber/messages'
import { COUNTS_SESSIONS } from '../runtime/applicability.js'
import { djangoFormatOf } from './django-format-steps.js'

/** A rule of features/README.md broken at one place. */
export interface LintProblem { file: string; line: number; message: string }

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const ABSOLUTE_DATE = new RegExp(`\\b(19|20)\\d{2}-[01]\\d-[0-3]\\d\\b|\\b${MONTH}\\w* \\d{1,2},? (19|20)\\d{2}\\b|\\b\\d{1,2} ${MONTH} (19|20)\\d{2}\\b`)
// The Unix epoch, written by every cookie deletion, is a fixed fact rather than a date in the story.
const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT'
// An HTTP date in an Examples cell is bytes captured from Django at a fixed moment (an expected
// expires attribute), not a date in the story.
const HTTP_DATE = new RegExp(`\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\\b`, 'g')

/** Checks the suite's own text: ids, spec links, titles, prose, one When, relative time. */
export async function lintFeatures(files: string[]): Promise<LintProblem[]> {
  const problems: LintProblem[] = []
  const ids = new Map<string, string>()
  for (const file of files) {
    const source = await readFile(file, 'utf8')
    const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher())
    const document = parser.parse(source)
    const feature = document.feature
    const report = (line: number, message: string) => problems.push({ file, line, message })
    if (!feature) {
      report(1, 'no Feature in the file')
      continue
    }
    checkProse(feature, report)
    source.split('\n').forEach((text, i) => {
      const story = text.trim().startsWith('|') ? text.replace(HTTP_DATE, '') : text
      if (ABSOLUTE_DATE.test(story.replace(EPOCH, ''))) report(i + 1, 'absolute date; features speak in relative time ("when 15 days pass")')
    })
    const titles = new Set<string>()
    for (const scenario of scenariosOf(feature)) {
      const line = scenario.location.line
      const tags = [...feature.tags, ...scenario.tags].map((t: Tag) => t.name)
      const id = scenario.tags.map((t) => t.name).find((t) => t.startsWith('@id:'))
      if (!id) report(line, `scenario "${scenario.name}" has no @id: tag`)
      else if (!/^@id:[A-Z]+(-[A-Z]+)*-\d{3}$/.test(id)) report(line, `${id} is not of the form @id:AREA-TOPIC-NNN`)
      else if (ids.has(id)) report(line, `${id} is also used in ${ids.get(id)}`)
      else ids.set(id, `${file}:${line}`)
      if (!tags.some((t) => t.startsWith('@spec:'))) report(line, `scenario "${scenario.name}" has no @spec: tag`)
      if (scenario.name.length >= 70) report(line, `title is ${scenario.name.length} characters; keep it under 70`)
      const notPresent = /\b(should|shall|will|won't|would)\b/i.exec(scenario.name)
      if (notPresent) report(line, `title says "${notPresent[1]}"; state the behaviour in the present tense`)
      if (titles.has(scenario.name)) report(line, `title "${scenario.name}" is used twice in this file`)
      titles.add(scenario.name)
      const whens = scenario.steps.filter((s) => s.keyword.trim() === 'When').length
      if (whens !== 1) report(line, `scenario "${scenario.name}" has ${whens} When steps; one behaviour per scenario means one When`)
    }
    checkProfileSteps(document, file, report)
  }
  return problems
}

/** Steps that need a tag: Django's formats only in the django profile; counting the store only with @store-count. */
function checkProfileSteps(document: GherkinDocument, file: string, report: (line: number, message: string) => void): void {
  const lineOf = new Map<string, number>()
  for (const scenario of document.feature ? scenariosOf(document.feature) : []) {
    for (const step of scenario.steps) lineOf.set(step.id, step.location.line)
  }
  const seen = new Set<string>()
  for (const pickle of compile(document, file, IdGenerator.incrementing())) {
    const tags = pickle.tags.map((t) => t.name)
    for (const step of pickle.steps) {
      const line = lineOf.get(step.astNodeIds[0]) ?? 1
      const problem = !tags.includes('@profile:django') && djangoFormatOf(step.text)
        ? `"${step.text}" asserts ${djangoFormatOf(step.text)}: tag the scenario (or its Examples) @profile:django, or state the property for core`
        : /the store (holds \d+ sessions$|gained no session)/.test(step.text) && !tags.includes(COUNTS_SESSIONS)
          ? `"${step.text}" counts the store's sessions: tag the scenario ${COUNTS_SESSIONS}, so that a store that cannot count is not applicable`
          : undefined
      if (problem && !seen.has(`${line}:${problem}`)) report(line, problem)
      if (problem) seen.add(`${line}:${problem}`)
    }
  }
}

function checkProse(feature: Feature, report: (line: number, message: string) => void): void {
  const lines = (feature.description ?? '').split('\n').filter((l) => l.trim() !== '')
  if (lines.length < 2 || lines.length > 6) report(feature.location.line, `a feature opens with two to six lines of prose (has ${lines.length})`)
}

function scenariosOf(feature: Feature): Scenario[] {
  return feature.children.flatMap((child) => {
    if (child.rule) return child.rule.children.flatMap((c) => (c.scenario ? [c.scenario] : []))
    return child.scenario ? [child.scenario] : []
  })
}
