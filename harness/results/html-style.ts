/** The report's style sheet and filter script, inlined so the report is one self-contained file. */
export const REPORT_CSS = `
:root { --fg:#1d2330; --muted:#5d6677; --line:#e3e7ee; --bg:#f7f8fb; --card:#fff;
  --passed:#1f8a4c; --failed:#c62f3a; --error:#c76a00; --na:#8a93a3; --xfail:#6b4fbb; --xpass:#b08900; }
* { box-sizing: border-box }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--fg); background:var(--bg) }
header { background:#18202f; color:#fff; padding:28px 40px 22px }
header h1 { margin:0 0 4px; font-size:26px; font-weight:650; letter-spacing:.2px }
header p { margin:0; color:#b9c2d3 }
main { padding:24px 40px 60px; max-width:1400px; margin:0 auto }
h2 { font-size:19px; margin:34px 0 12px }
h3 { font-size:16px; margin:22px 0 6px }
.cards { display:flex; gap:16px; flex-wrap:wrap }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 20px; min-width:280px; flex:1 }
.card h3 { margin:0 0 2px }
.card .meta { color:var(--muted); font-size:13px; margin-bottom:10px }
.bar { display:flex; height:10px; border-radius:5px; overflow:hidden; background:var(--line); margin:8px 0 10px }
.bar span { display:block }
.chip { display:inline-block; padding:1px 9px; border-radius:999px; font-size:12.5px; font-weight:600; color:#fff; white-space:nowrap }
.chip.passed,.bar .passed { background:var(--passed) } .chip.failed,.bar .failed { background:var(--failed) }
.chip.error,.bar .error { background:var(--error) } .chip.not-applicable,.bar .not-applicable { background:var(--na) }
.chip.expected-failure,.bar .expected-failure { background:var(--xfail) } .chip.unexpected-pass,.bar .unexpected-pass { background:var(--xpass) }
.chip.none { background:transparent; color:var(--muted); border:1px dashed var(--line) }
.filters { position:sticky; top:0; z-index:2; background:var(--bg); padding:12px 0; display:flex; gap:10px; flex-wrap:wrap; border-bottom:1px solid var(--line) }
.filters select,.filters input { font:inherit; padding:6px 10px; border:1px solid #cfd5df; border-radius:7px; background:#fff }
.filters input { min-width:240px }
table { border-collapse:collapse; width:100%; background:var(--card); border:1px solid var(--line); border-radius:10px; overflow:hidden }
th,td { text-align:left; padding:7px 10px; border-bottom:1px solid var(--line); vertical-align:top }
th { background:#eef1f6; font-size:13px; color:var(--muted); font-weight:600 }
td.id { font-family:ui-monospace,Menlo,Consolas,monospace; font-size:12.5px; white-space:nowrap }
.feature { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:18px 22px; margin:16px 0 }
.feature > h3 { margin-top:0 } .feature .prose { color:var(--muted); margin:0 0 8px }
.rule { font-weight:600; margin:16px 0 4px; color:#2d3a55 }
.scenario { border-left:3px solid var(--line); padding:4px 0 4px 14px; margin:10px 0 }
.scenario .title { font-weight:600 } .scenario .tags { color:var(--muted); font-size:12px; font-family:ui-monospace,Menlo,monospace }
.scenario .note { color:#7a5b00; font-size:13px }
.steps { margin:4px 0 0; padding:0; list-style:none; font-family:ui-monospace,Menlo,Consolas,monospace; font-size:13px; white-space:pre-wrap }
.steps b { color:#2d5fb4; font-weight:600 }
.outcomes { float:right; display:flex; gap:6px; flex-wrap:wrap; justify-content:flex-end; max-width:45% }
details { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:10px 16px; margin:10px 0 }
summary { cursor:pointer; font-weight:600 }
pre { background:#f2f4f8; padding:10px; border-radius:7px; overflow:auto; font-size:12.5px }
.exchange { margin:12px 0; border-top:1px dashed var(--line); padding-top:8px }
.exchange .line { font-family:ui-monospace,Menlo,monospace; font-size:13px }
.hidden { display:none !important }
`

export const REPORT_SCRIPT = `
const controls = [...document.querySelectorAll('.filters [data-filter]')];
function apply() {
  const want = Object.fromEntries(controls.map((c) => [c.dataset.filter, c.value.trim().toLowerCase()]));
  for (const el of document.querySelectorAll('[data-row]')) {
    const d = el.dataset;
    const ok = (!want.area || d.area === want.area) && (!want.variant || (d.variant || '').split(' ').includes(want.variant))
      && (!want.outcome || (d.outcomes || '').split(' ').includes(want.outcome)) && (!want.tag || (d.tags || '').split(' ').includes(want.tag))
      && (!want.text || el.textContent.toLowerCase().includes(want.text));
    el.classList.toggle('hidden', !ok);
  }
}
controls.forEach((c) => c.addEventListener('input', apply));
`
