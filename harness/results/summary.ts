import { countOutcomes, type ResultsFile } from './results-file.js'
import { OUTCOMES, type Outcome } from './outcome.js'

const LABEL: Record<Outcome, string> = {
  passed: 'passed',
  failed: 'failed',
  'not-applicable': 'n/a',
  'expected-failure': 'xfail',
  'unexpected-pass': 'xpass',
  error: 'error',
}

function byArea(results: ResultsFile): Array<[string, Record<Outcome, number>]> {
  const areas = [...new Set(results.scenarios.map((s) => s.area))].sort()
  return areas.map((area) => [area, countOutcomes(results.scenarios.filter((s) => s.area === area))])
}

/** The one-screen summary printed at the end of a run. */
export function renderTextSummary(results: ResultsFile, reportDir: string, files: string[] = ['report.html', 'results.json', 'junit.xml', 'summary.md', 'badge-<profile>.json']): string {
  const header = ['area', ...OUTCOMES.map((o) => LABEL[o])]
  const rows = [...byArea(results).map(([area, c]) => [area, ...OUTCOMES.map((o) => String(c[o]))]), ['total', ...OUTCOMES.map((o) => String(results.totals[o]))]]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  const out = [`sessionspec: ${results.target.title ?? results.target.name} (${results.target.profiles.join(', ')})`, '', line(header), ...rows.map(line), '']
  const bad = results.scenarios.filter((s) => s.outcome === 'failed' || s.outcome === 'unexpected-pass')
  for (const s of bad.slice(0, 20)) out.push(`  ${s.outcome.toUpperCase()} ${s.id} ${s.title} (${s.uri}:${s.line})${s.reason ? `\n    ${s.reason}` : ''}`)
  if (bad.length > 20) out.push(`  ... and ${bad.length - 20} more in ${reportDir}/results.json`)
  // Errors are no verdict on the behaviour: one line per cause, with the scenarios it stopped.
  const errors = countByReason(results.scenarios.filter((s) => s.outcome === 'error'))
  if (errors.size > 0) out.push('  errors (the harness or the target broke; not a verdict on the behaviour):')
  for (const [reason, scenarios] of errors) out.push(`    ${reason} (${scenarios.length}: ${listIds(scenarios)})`)
  for (const [reason, scenarios] of countByReason(results.scenarios.filter((s) => s.outcome === 'not-applicable'))) out.push(`  not applicable (${scenarios.length}): ${reason}`)
  const listed = files.map((file) => (file === 'report.html' ? 'report.html (for people)' : file))
  out.push(`reports: ${reportDir}/${listed.join(', ')}`)
  return out.join('\n')
}

function countByReason(scenarios: ResultsFile['scenarios']): Map<string, ResultsFile['scenarios']> {
  const byReason = new Map<string, ResultsFile['scenarios']>()
  for (const s of scenarios) byReason.set(s.reason ?? 'no reason recorded', [...(byReason.get(s.reason ?? 'no reason recorded') ?? []), s])
  return byReason
}

function listIds(scenarios: ResultsFile['scenarios']): string {
  const ids = [...new Set(scenarios.map((s) => s.id))]
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', ')
}

/** A Markdown summary for CI job pages. */
export function renderMarkdownSummary(results: ResultsFile): string {
  const header = `| area | ${OUTCOMES.map((o) => LABEL[o]).join(' | ')} |`
  const rule = `|---|${OUTCOMES.map(() => '---:').join('|')}|`
  const rows = byArea(results).map(([area, c]) => `| ${area} | ${OUTCOMES.map((o) => c[o]).join(' | ')} |`)
  const total = `| **total** | ${OUTCOMES.map((o) => `**${results.totals[o]}**`).join(' | ')} |`
  const bad = results.scenarios.filter((s) => s.outcome === 'failed' || s.outcome === 'error' || s.outcome === 'unexpected-pass')
  const details = bad.map((s) => `- **${s.outcome}** \`${s.id}\` ${s.title} (${s.uri}:${s.line})${s.reason ? `: ${s.reason}` : ''}`)
  return [`## sessionspec: ${results.target.title ?? results.target.name}`, '', header, rule, ...rows, total, '', ...details, ''].join('\n')
}

/**
 * The closing line CI reads: conformant outcomes count as passed, the others as failed. Errors and
 * unexpected passes are counted as failed (a run with them is not conformant), and the line says
 * how many of the failed they are.
 */
export function closingLine(totals: Record<Outcome, number>): string {
  const passed = totals.passed + totals['expected-failure']
  const failed = totals.failed + totals.error + totals['unexpected-pass']
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const counted = [
    totals.error ? plural(totals.error, 'error', 'errors') : '',
    totals['unexpected-pass'] ? plural(totals['unexpected-pass'], 'unexpected pass', 'unexpected passes') : '',
  ].filter(Boolean)
  return `${passed} passed, ${failed} failed${counted.length ? ` (counting ${counted.join(' and ')} as failed)` : ''}`
}
