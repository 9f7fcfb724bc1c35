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
export function renderTextSummary(results: ResultsFile, reportDir: string): string {
  const header = ['area', ...OUTCOMES.map((o) => LABEL[o])]
  const rows = [...byArea(results).map(([area, c]) => [area, ...OUTCOMES.map((o) => String(c[o]))]), ['total', ...OUTCOMES.map((o) => String(results.totals[o]))]]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  const out = [`sessionspec: ${results.target.title ?? results.target.name} (${results.target.profiles.join(', ')})`, '', line(header), ...rows.map(line), '']
  const bad = results.scenarios.filter((s) => s.outcome === 'failed' || s.outcome === 'error' || s.outcome === 'unexpected-pass')
  for (const s of bad.slice(0, 20)) out.push(`  ${s.outcome.toUpperCase()} ${s.id} ${s.title} (${s.uri}:${s.line})${s.reason ? `\n    ${s.reason}` : ''}`)
  if (bad.length > 20) out.push(`  ... and ${bad.length - 20} more in ${reportDir}/results.json`)
  const notApplicable = new Map<string, number>()
  for (const s of results.scenarios) if (s.outcome === 'not-applicable') notApplicable.set(s.reason ?? '', (notApplicable.get(s.reason ?? '') ?? 0) + 1)
  for (const [reason, n] of notApplicable) out.push(`  not applicable (${n}): ${reason}`)
  out.push(`reports: ${reportDir}/report.html (for people), results.json, junit.xml, summary.md, badge-<profile>.json`)
  return out.join('\n')
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

/** The closing line CI reads: conformant outcomes count as passed, the others as failed. */
export function closingLine(totals: Record<Outcome, number>): string {
  const passed = totals.passed + totals['expected-failure']
  const failed = totals.failed + totals.error + totals['unexpected-pass']
  return `${passed} passed, ${failed} failed`
}
