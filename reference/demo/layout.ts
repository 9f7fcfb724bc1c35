// The page shell of the demo site: navigation, the flash messages, the page, and (on full
// pages) the panel behind the scenes. A short script fills in what document.cookie shows.
import { html, raw, type Html } from './html.js'
import { DEMO_CSS } from './style.js'

export interface PageContent {
  title: string
  lead?: string
  body: Html
  /** A compact page with no navigation and no panel, for showing inside a frame. */
  bare?: boolean
}

export interface LayoutParts {
  page: PageContent
  /** The path the page was asked for, to mark the current link. */
  path: string
  /** The rendered flash messages (Django's <ul class="messages">), empty when there are none. */
  flash: Html
  behind: Html
  /** The same demo at the other loopback name: a different site, for the SameSite demonstrations. */
  otherSite: string | undefined
}

const LINKS: ReadonlyArray<[string, string]> = [
  ['/demo/', 'Overview'],
  ['/demo/cart', 'Shopping cart'],
  ['/demo/messages', 'Flash messages'],
  ['/demo/cookies', 'Cookie preferences'],
]

const DOCUMENT_COOKIE_SCRIPT = `<script>
document.getElementById('document-cookie').textContent = document.cookie || '(empty: no cookie is visible to scripts)'
</script>`

function navigation(path: string, otherSite: string | undefined): Html {
  const links = LINKS.map(([href, label]) => html`<a href="${href}"${href === path ? html` aria-current="page"` : ''}>${label}</a>`)
  const elsewhere = otherSite === undefined ? '' : html`<a href="${otherSite}/demo/elsewhere">Another site</a>`
  return html`<header><span class="brand">sessionspec demo shop</span><nav>${links}${elsewhere}</nav></header>`
}

export function layout(parts: LayoutParts): Html {
  const { page } = parts
  const shell = page.bare
    ? html`<main>${parts.flash}${page.body}<p><code id="document-cookie">(scripts are off)</code></p></main>`
    : html`${navigation(parts.path, parts.otherSite)}<main>
  <h1>${page.title}</h1>${page.lead === undefined ? '' : html`<p class="lead">${page.lead}</p>`}
  ${parts.flash}${page.body}${parts.behind}</main>`
  // The stylesheet and the script are the server's own text, not values: raw, not escaped.
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · sessionspec demo</title><link rel="icon" href="data:,"><style>${raw(DEMO_CSS)}</style></head>
<body>${shell}
${raw(DOCUMENT_COOKIE_SCRIPT)}</body></html>
`
}
