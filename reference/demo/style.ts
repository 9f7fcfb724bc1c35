// The demo site's one stylesheet, inlined in every page: readable type, calm colours, and the
// message levels coloured as a site usually colours its flash messages.
export const DEMO_CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --paper: #f7f9fb; --accent: #2f6fb0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header { background: #17324d; color: #fff; padding: 0.8rem 1.5rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
header .brand { font-weight: 700; letter-spacing: 0.02em; }
header nav a { color: #cfe3f7; margin-right: 1rem; text-decoration: none; }
header nav a:hover, header nav a[aria-current="page"] { color: #fff; text-decoration: underline; }
main { max-width: 60rem; margin: 0 auto; padding: 1.2rem 1.5rem 2rem; }
h1 { font-size: 1.6rem; margin: 0.4rem 0 0.2rem; }
h2 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; }
p.lead { color: var(--muted); margin-top: 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.2rem; margin: 1rem 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.grid.products { grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); }
.grid.products .card { margin: 0; }
ul.names { list-style: none; padding: 0; margin: 0.3rem 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
ul.names li { background: #e4ecf5; border-radius: 999px; padding: 0 0.6rem; }
td.value { word-break: break-all; max-width: 22rem; }
ul.messages { list-style: none; padding: 0; margin: 0.8rem 0; }
ul.messages li { padding: 0.6rem 0.9rem; border-radius: 6px; margin-bottom: 0.4rem; border-left: 5px solid; background: #eef4fb; border-color: var(--accent); }
ul.messages li.success { background: #e8f6ec; border-color: #2e8540; }
ul.messages li.warning { background: #fff6e0; border-color: #d99100; }
ul.messages li.error { background: #fdecea; border-color: #c62828; }
form.inline { display: inline; margin: 0; }
label { display: block; font-weight: 600; margin: 0.5rem 0 0.2rem; }
label.check { display: inline-flex; gap: 0.35rem; font-weight: 400; margin-right: 1rem; align-items: center; }
input[type=text], input[type=number], select { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #bcccdc; border-radius: 5px; width: 100%; max-width: 22rem; }
button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 5px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.quiet { background: #fff; color: var(--accent); }
button:hover { filter: brightness(1.08); }
table { border-collapse: collapse; width: 100%; table-layout: auto; }
th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 0.9rem; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 0.88rem; }
pre { background: #f0f4f8; padding: 0.5rem 0.7rem; border-radius: 5px; white-space: pre-wrap; word-break: break-all; margin: 0.3rem 0; }
.muted { color: var(--muted); font-size: 0.92rem; }
.pill { display: inline-block; padding: 0 0.5rem; border-radius: 999px; background: #e4ecf5; font-size: 0.85rem; }
.empty { color: var(--muted); font-style: italic; }
section.behind { border-top: 2px dashed var(--line); margin-top: 2rem; padding-top: 0.5rem; }
section.behind h3 { font-size: 1rem; margin: 0 0 0.4rem; }
section.behind dt { font-weight: 600; font-size: 0.9rem; margin-top: 0.6rem; }
section.behind dd { margin: 0; }
iframe { width: 100%; height: 12rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
`
