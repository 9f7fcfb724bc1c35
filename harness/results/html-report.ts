import { parseSetCookieLine } from '../agent/set-cookie-line.js'
import type { Exchange } from '../agent/exchange.js'
import { REPORT_CSS, REPORT_SCRIPT } from './html-style.js'
import { OUTCOMES, type Outcome } from './outcome.js'
import type { ResultsFile, ScenarioResult } from './results-file.js'
import type { SpecFeature, SpecScenario } from './specification.js'

const LABEL: Record<Outcome, string> = {
  passed: 'passed', failed: 'failed', 'not-applicable': 'not applicable',
  'expected-failure': 'expected failure', 'unexpected-pass': 'unexpected pass', error: 'error',
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/**
 * A run's results under the ids of the scenarios they are cases of (itself, an Examples row of it,
 * or either in one engine or storage): a result's id without its
 * pass ("[db]"), exactly, and also without its Examples row (":3"). Exact first: an id made of a
 * path and a line ("features/shop/cart.feature:7") ends in digits too. Built once per run: looking
 * each scenario up by scanning every result made the report quadratic (8 s for 3,400 results).
 */
function casesById(run: ResultsFile): Map<string, ScenarioResult[]> {
  const index = new Map<string, ScenarioResult[]>()
  const add = (key: string, s: ScenarioResult) => {
    const list = index.get(key)
    if (list === undefined) index.set(key, [s])
    else list.push(s)
  }
  for (const s of run.scenarios) {
    const plain = s.id.replace(/\[[^\]]*\]$/, '')
    const withoutRow = plain.replace(/:\d+$/, '')
    add(plain, s)
    if (withoutRow !== plain) add(withoutRow, s)
  }
  return index
}
type IndexedRun = { run: ResultsFile; cases: Map<string, ScenarioResult[]> }
const variantOf = (s: ScenarioResult) => s.engine ?? s.storage ?? ''

/**
 * The reviewer's report: the features as a readable specification with each scenario's outcome
 * per target side by side, a matrix of every case across targets, and the HTTP exchanges of
 * what did not pass. One self-contained file, rendered from results files only.
 */
export function renderHtmlReport(runs: ResultsFile[], features: SpecFeature[], generatedAt: string): string {
  const byTarget = runs.map((run) => ({ run, byId: new Map(run.scenarios.map((s) => [s.id, s])) }))
  const allIds = [...new Set(runs.flatMap((r) => r.scenarios.map((s) => s.id)))]
  const firstById = new Map<string, ScenarioResult>()
  for (const run of runs) for (const s of run.scenarios) if (!firstById.has(s.id)) firstById.set(s.id, s)
  const first = (id: string) => firstById.get(id)!
  const option = (values: string[]) => values.map((v) => `<option value="${esc(v.toLowerCase())}">${esc(v)}</option>`).join('')
  const areas = [...new Set(allIds.map((id) => first(id).area.split(' ')[0]))].sort()
  const variants = [...new Set(allIds.map((id) => variantOf(first(id))).filter(Boolean))].sort()
  const tags = [...new Set(allIds.flatMap((id) => first(id).tags).filter((t) => !t.startsWith('@id:')))].sort()

  const cards = runs.map((run) => {
    const total = run.scenarios.length || 1
    const bar = OUTCOMES.map((o) => `<span class="${o}" style="width:${(100 * run.totals[o]) / total}%" title="${LABEL[o]}: ${run.totals[o]}"></span>`).join('')
    const chips = OUTCOMES.filter((o) => run.totals[o] > 0).map((o) => `<span class="chip ${o}">${run.totals[o]} ${LABEL[o]}</span>`).join(' ')
    return `<div class="card"><h3>${esc(run.target.title ?? run.target.name)}</h3><div class="meta">${esc(run.target.name)} · profiles ${esc(run.target.profiles.join(', '))} · ${esc(run.run.finishedAt)}</div><div class="bar">${bar}</div>${chips}</div>`
  }).join('')

  const matrixRows = allIds.map((id) => {
    const s = first(id)
    const cells = byTarget.map(({ byId }) => cell(byId.get(id))).join('')
    const outcomes = byTarget.map(({ byId }) => byId.get(id)?.outcome ?? '').join(' ')
    return `<tr data-row data-area="${esc(s.area.split(' ')[0])}" data-variant="${esc(variantOf(s).toLowerCase())}" data-outcomes="${outcomes}" data-tags="${esc(s.tags.join(' ').toLowerCase())}"><td class="id">${esc(id)}</td><td>${esc(s.title)}</td>${cells}</tr>`
  }).join('\n')

  const indexed = runs.map((run) => ({ run, cases: casesById(run) }))
  const spec = features.map((f) => renderFeature(f, indexed)).join('\n')
  const problems = byTarget.flatMap(({ run }) => run.scenarios.filter((s) => s.outcome !== 'passed' && s.outcome !== 'not-applicable').map((s) => renderProblem(run, s))).join('\n')

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>sessionspec report: ${esc(runs.map((r) => r.target.name).join(', '))}</title><style>${REPORT_CSS}</style></head>
<body><header><h1>sessionspec conformance report</h1><p>HTTP state as Django specifies it: cookies, sessions, expiry, purging and messages. Generated ${esc(generatedAt)}.</p></header>
<main>
<div class="cards">${cards}</div>
<div class="filters">
  <input data-filter="text" placeholder="Search scenarios, ids, steps…">
  <select data-filter="area"><option value="">every area</option>${option(areas)}</select>
  <select data-filter="variant"><option value="">every engine and storage</option>${option(variants)}</select>
  <select data-filter="outcome"><option value="">every outcome</option>${OUTCOMES.map((o) => `<option value="${o}">${LABEL[o]}</option>`).join('')}</select>
  <select data-filter="tag"><option value="">every tag</option>${option(tags)}</select>
</div>
<h2>The specification</h2>
${spec}
<h2>What did not pass</h2>
${problems || '<p>Every applicable scenario passed.</p>'}
<h2>Every case, target by target</h2>
<table><thead><tr><th>id</th><th>scenario</th>${runs.map((r) => `<th>${esc(r.target.name)}</th>`).join('')}</tr></thead><tbody>
${matrixRows}
</tbody></table>
</main><script>${REPORT_SCRIPT}</script></body></html>
`
}

function cell(s: ScenarioResult | undefined): string {
  if (!s) return '<td><span class="chip none">not run</span></td>'
  return `<td><span class="chip ${s.outcome}" title="${esc(s.reason ?? '')}">${LABEL[s.outcome]}</span></td>`
}

function renderFeature(feature: SpecFeature, runs: IndexedRun[]): string {
  const rules = feature.rules.map((rule) => `${rule.name ? `<div class="rule">Rule: ${esc(rule.name)}</div>` : ''}${rule.scenarios.map((s) => renderScenario(s, feature, runs)).join('')}`).join('')
  return `<section class="feature"><h3>${esc(feature.name)} <span class="tags">${esc(feature.uri)}</span></h3><p class="prose">${esc(feature.description)}</p>${rules}</section>`
}

function renderScenario(scenario: SpecScenario, feature: SpecFeature, runs: IndexedRun[]): string {
  const casesOf = (indexed: IndexedRun) => indexed.cases.get(scenario.id) ?? []
  const summaries = runs.map((indexed) => {
    const { run } = indexed
    const cases = casesOf(indexed)
    if (cases.length === 0) return `<span class="chip none">${esc(run.target.name)}: not run</span>`
    const worst = OUTCOMES.slice().reverse().find((o) => o !== 'passed' && cases.some((c) => c.outcome === o && o !== 'not-applicable')) ?? (cases.some((c) => c.outcome === 'passed') ? 'passed' : 'not-applicable')
    const passed = cases.filter((c) => c.outcome === 'passed').length
    return `<span class="chip ${worst}" title="${esc(cases.map((c) => `${c.id}: ${LABEL[c.outcome]}${c.reason ? ` (${c.reason})` : ''}`).join('\n'))}">${esc(run.target.name)}: ${passed}/${cases.length} passed</span>`
  }).join('')
  const outcomes = runs.flatMap((indexed) => casesOf(indexed).map((s) => s.outcome))
  const variants = runs.flatMap((indexed) => casesOf(indexed).map((s) => variantOf(s).toLowerCase()))
  const steps = scenario.steps.map((step) => `<li><b>${esc(step.split(' ')[0])}</b> ${esc(step.slice(step.indexOf(' ') + 1))}</li>`).join('')
  const examples = scenario.examples.length ? `<pre>${esc(scenario.examples.map((r) => `| ${r.join(' | ')} |`).join('\n'))}</pre>` : ''
  const notes = scenario.notes.map((n) => `<div class="note">${esc(n)}</div>`).join('')
  return `<div class="scenario" data-row data-area="${esc(feature.area)}" data-variant="${esc([...new Set(variants)].join(' '))}" data-outcomes="${[...new Set(outcomes)].join(' ')}" data-tags="${esc([...feature.tags, ...scenario.tags].join(' ').toLowerCase())}">
<div class="outcomes">${summaries}</div><div class="title">${esc(scenario.name)}</div><div class="tags">${esc(scenario.tags.join(' '))}</div>${notes}<ul class="steps">${steps}</ul>${examples}</div>`
}

function renderProblem(run: ResultsFile, s: ScenarioResult): string {
  const exchanges = (s.exchanges ?? []).map(renderExchange).join('')
  return `<details data-row data-area="${esc(s.area.split(' ')[0])}" data-variant="${esc(variantOf(s).toLowerCase())}" data-outcomes="${s.outcome}" data-tags="${esc(s.tags.join(' ').toLowerCase())}">
<summary><span class="chip ${s.outcome}">${LABEL[s.outcome]}</span> ${esc(run.target.name)} · <code>${esc(s.id)}</code> ${esc(s.title)}</summary>
<p>${esc(s.reason ?? '')} <span class="tags">${esc(s.uri)}:${s.line}</span></p>${s.message ? `<pre>${esc(s.message)}</pre>` : ''}${exchanges}</details>`
}

function renderExchange(e: Exchange): string {
  const cookies = e.response.setCookies.map(parseSetCookieLine)
  const table = cookies.length
    ? `<table><thead><tr><th>cookie</th><th>value</th><th>attributes</th></tr></thead><tbody>${cookies.map((c) => `<tr><td>${esc(c.name)}</td><td class="id">${esc(c.value)}</td><td>${esc(c.attributes.map((a) => (a.value === undefined ? a.name : `${a.name}=${a.value}`)).join('; '))}</td></tr>`).join('')}</tbody></table>`
    : ''
  const cookieHeader = e.request.headers.filter(([k]) => k.toLowerCase() === 'cookie').map(([, v]) => v).join(' | ')
  return `<div class="exchange"><div class="line">${esc(e.request.method)} ${esc(e.request.url)} → ${e.response.status}</div>${cookieHeader ? `<div class="line">Cookie: ${esc(cookieHeader)}</div>` : ''}${e.request.body ? `<pre>${esc(e.request.body)}</pre>` : ''}${table}<pre>${esc(e.response.body)}</pre></div>`
}
