import { describeExchange } from '../agent/exchange.js'
import type { ResultsFile, ScenarioResult } from './results-file.js'

/** JUnit XML for CI systems: one suite per feature; not-applicable is skipped with its reason. */
export function renderJunit(results: ResultsFile): string {
  const byFeature = new Map<string, ScenarioResult[]>()
  for (const s of results.scenarios) byFeature.set(s.uri, [...(byFeature.get(s.uri) ?? []), s])
  const suites = [...byFeature.values()].map((scenarios) => {
    const failures = scenarios.filter((s) => s.outcome === 'failed' || s.outcome === 'unexpected-pass').length
    const errors = scenarios.filter((s) => s.outcome === 'error').length
    const skipped = scenarios.filter((s) => s.outcome === 'not-applicable').length
    const time = scenarios.reduce((t, s) => t + s.durationMs, 0) / 1000
    const cases = scenarios.map(renderCase).join('\n')
    return `  <testsuite name="${esc(scenarios[0].feature)}" tests="${scenarios.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time.toFixed(3)}" file="${esc(scenarios[0].uri)}">\n${cases}\n  </testsuite>`
  })
  const t = results.totals
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sessionspec ${esc(results.target.name)}" tests="${results.scenarios.length}" failures="${t.failed + t['unexpected-pass']}" errors="${t.error}" skipped="${t['not-applicable']}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}

function renderCase(s: ScenarioResult): string {
  const open = `    <testcase classname="${esc(s.area)}.${esc(s.uri.split('/').pop() ?? '')}" name="${esc(`${s.id} ${s.title}`)}" time="${(s.durationMs / 1000).toFixed(3)}">`
  const outcome = `      <properties><property name="outcome" value="${s.outcome}"/></properties>`
  const detail = s.exchanges ? `\n      <system-out>${esc(s.exchanges.map(describeExchange).join('\n\n'))}</system-out>` : ''
  switch (s.outcome) {
    case 'failed':
      return `${open}\n${outcome}\n      <failure message="${esc(s.reason ?? 'failed')}">${esc(s.message ?? '')}</failure>${detail}\n    </testcase>`
    case 'unexpected-pass':
      return `${open}\n${outcome}\n      <failure message="${esc(s.reason ?? 'unexpected pass')}" type="unexpected-pass"/>\n    </testcase>`
    case 'error':
      return `${open}\n${outcome}\n      <error message="${esc(s.reason ?? 'error')}">${esc(s.message ?? '')}</error>${detail}\n    </testcase>`
    case 'not-applicable':
      return `${open}\n${outcome}\n      <skipped message="not applicable: ${esc(s.reason ?? '')}"/>\n    </testcase>`
    case 'expected-failure':
      return `${open}\n${outcome}\n      <system-out>expected failure: ${esc(s.reason ?? '')}</system-out>\n    </testcase>`
    default:
      return `${open}\n${outcome}\n    </testcase>`
  }
}

function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
