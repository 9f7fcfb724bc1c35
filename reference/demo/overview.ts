// The demo's front page: what each page shows and how to read the panel under it.
import { html } from './html.js'
import type { PageHandler } from './page-route.js'

const PAGES: ReadonlyArray<[string, string, string]> = [
  ['/demo/cart', 'Shopping cart', 'A cart kept in the session. Choose whether it lasts until the browser closes or for two weeks, then close and reopen the browser.'],
  ['/demo/messages', 'Flash messages', 'A form that redirects and shows a success, warning or error message once on the next page.'],
  ['/demo/cookies', 'Cookie preferences', 'Set, sign and delete cookies with a max age, path, SameSite, Secure and HttpOnly; see which come back.'],
]

const showOverview: PageHandler = async () => ({
  title: 'Sessions, cookies and messages, seen in a browser',
  lead: 'A small shop built on the reference server\'s session and message middleware, the behaviour Django specifies.',
  body: html`<div class="grid">${PAGES.map(([href, title, text]) => html`<div class="card"><h2><a href="${href}">${title}</a></h2><p>${text}</p></div>`)}</div>
    <p class="muted">Under every page, <strong>Behind the scenes</strong> shows what the server stored (the session and the
    messages waiting) next to what the browser holds: the Cookie header the server received and what <code>document.cookie</code>
    lets a script read. "Another site" in the menu opens this demo under its other loopback name, which the browser treats as a
    different site.</p>`,
})

export function overviewPages(): Array<[string, string, PageHandler]> {
  return [['GET', '/', showOverview]]
}
