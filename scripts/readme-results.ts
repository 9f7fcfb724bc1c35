// Rewrites the README's per-target results table from each target's results.json, so that the
// figures are the last runs' and never typed by hand:
//   node --import tsx scripts/readme-results.ts [--check]
// Run the specification against each target first (npm test runs all three). --check exits 1
// when the README's table differs from the results (for CI), without writing.
import { readFileSync, writeFileSync } from 'node:fs'

const root = new URL('..', import.meta.url).pathname
const README = `${root}README.md`
const BEGIN = '<!-- results:begin (scripts/readme-results.ts writes this table) -->'
const END = '<!-- results:end -->'
/** The targets of the table, in its column order: results in reports/<name>/results.json. */
const TARGETS = [
  { name: 'reference', label: 'reference' },
  { name: 'django', label: 'Django 5.2' },
  { name: 'django-3.2', label: 'Django 3.2' },
]
const AREAS = ['cookies', 'sessions', 'expiry', 'purging', 'messages', 'checks', 'interop', 'browser']

interface Scenario { area: string; outcome: string }
interface Results { run: { finishedAt: string }; scenarios: Scenario[] }
type Counts = { passed: number; failed: number; notApplicable: number; expectedFailure: number }

function readResults(name: string): Results {
  const file = `${root}reports/${name}/results.json`
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Results
  } catch (error) {
    throw new Error(`reports/${name}/results.json cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): run the specification against targets/${name}.yaml first`)
  }
}

function countByArea(results: Results): Map<string, Counts> {
  const byArea = new Map<string, Counts>()
  for (const { area: pass, outcome } of results.scenarios) {
    // "sessions (db)": the area, run once per engine or storage; the table sums the passes.
    const area = pass.replace(/ \(.*\)$/, '')
    const counts = byArea.get(area) ?? { passed: 0, failed: 0, notApplicable: 0, expectedFailure: 0 }
    if (outcome === 'passed') counts.passed++
    else if (outcome === 'not-applicable') counts.notApplicable++
    else if (outcome === 'expected-failure') counts.expectedFailure++
    else counts.failed++ // failed, unexpected pass, error: not conformant
    byArea.set(area, counts)
  }
  return byArea
}

function table(): string {
  const runs = TARGETS.map((target) => ({ ...target, results: readResults(target.name) }))
  const counted = runs.map((run) => countByArea(run.results))
  const header = ['area', ...runs.flatMap(({ label }) => [`${label}: passed`, 'failed', 'xfail', 'n/a'])]
  const rows = AREAS.filter((area) => counted.some((byArea) => byArea.has(area))).map((area) => [
    area,
    ...counted.flatMap((byArea) => {
      const c = byArea.get(area) ?? { passed: 0, failed: 0, notApplicable: 0, expectedFailure: 0 }
      return [c.passed, c.failed, c.expectedFailure, c.notApplicable].map(String)
    }),
  ])
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const runDates = runs.map(({ label, results }) => `${label} ${results.run.finishedAt.slice(0, 10)}`).join(', ')
  return [
    line(header),
    line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map(line),
    '',
    `Runs: ${runDates}. xfail: expected failures listed, each with its reason, in the target's expectations file.`,
  ].join('\n')
}

function main(): number {
  const readme = readFileSync(README, 'utf8')
  const begin = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (begin < 0 || end < begin) {
    console.error(`README.md: the markers ${BEGIN} and ${END} are missing`)
    return 2
  }
  let body: string
  try {
    body = table()
  } catch (error) {
    console.error(`readme-results: ${(error as Error).message}`)
    return 2
  }
  const updated = `${readme.slice(0, begin + BEGIN.length)}\n${body}\n${readme.slice(end)}`
  if (process.argv.includes('--check')) {
    if (updated === readme) return 0
    console.error('README.md: the results table differs from reports/*/results.json; run node --import tsx scripts/readme-results.ts')
    return 1
  }
  writeFileSync(README, updated)
  console.log('README.md: results table rewritten from reports/{reference,django,django-3.2}/results.json')
  return 0
}

process.exitCode = main()
