// The panel under every demo page: what the server stored for this visitor, and what the
// browser holds, seen from both ends (the Cookie header the server received and what a script
// on the page can read). HttpOnly cookies are in the first and missing from the second.
import { html, json, type Html } from './html.js'

export interface ServerState {
  /** The session key after this response (null: no session). */
  sessionKey: string | null
  engine: string
  expireAtBrowserClose: boolean
  expiryAge: number
  data: Record<string, unknown>
  messageStorage: string
  /** How many messages arrived with this request (they are shown, hence used up, on the page). */
  messagesArrived: number
}

export interface BrowserState {
  /** The Cookie header as the server received it. */
  cookieHeader: string | undefined
  receivedNames: readonly string[]
  /** The Set-Cookie lines of this response. */
  setCookieLines: readonly string[]
}

function shortKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key
}

function lifetime(state: ServerState): string {
  if (state.expireAtBrowserClose) return 'ends when the browser closes (the cookie has no expiry)'
  const days = state.expiryAge / 86400
  const readable = Number.isInteger(days) ? ` (${days} day${days === 1 ? '' : 's'})` : ''
  return `persistent: ${state.expiryAge} seconds${readable} from the last change`
}

export function receivedCookies(names: readonly string[]): Html {
  if (names.length === 0) return html`<p id="received-cookies" class="empty">no cookie</p>`
  return html`<ul id="received-cookies" class="names">${names.map((name) => html`<li data-cookie-name="${name}"><code>${name}</code></li>`)}</ul>`
}

function serverColumn(state: ServerState): Html {
  const session = state.sessionKey === null
    ? html`<dd class="empty">no session: nothing has been stored for this visitor</dd>`
    : html`<dd><code id="session-key">${shortKey(state.sessionKey)}</code><br><span class="muted">${lifetime(state)}</span></dd>`
  const messages = state.messagesArrived === 0
    ? html`<dd class="empty">none arrived with this request</dd>`
    : html`<dd>${state.messagesArrived === 1 ? '1 message' : `${state.messagesArrived} messages`} arrived with this request;
      shown at the top of the page, ${state.messagesArrived === 1 ? 'it is' : 'they are'} now used up</dd>`
  return html`<div class="card"><h3>What the server stored</h3><dl>
    <dt>Session <span class="pill">${state.engine} engine</span></dt>${session}
    <dt>Session data</dt><dd id="session-data">${json(state.data)}</dd>
    <dt>Flash messages <span class="pill">${state.messageStorage} storage</span></dt>${messages}
  </dl></div>`
}

function browserColumn(state: BrowserState): Html {
  const setCookie = state.setCookieLines.length === 0
    ? html`<dd class="empty">none: this response changes no cookie</dd>`
    : html`<dd>${state.setCookieLines.map((line) => html`<pre>${line}</pre>`)}</dd>`
  return html`<div class="card"><h3>What the browser holds</h3><dl>
    <dt>Cookie header the server received</dt><dd><pre id="cookie-header">${state.cookieHeader ?? '(none)'}</pre></dd>
    <dt>Cookies the server received</dt><dd>${receivedCookies(state.receivedNames)}</dd>
    <dt><code>document.cookie</code>, as a script on this page reads it</dt><dd><pre id="document-cookie">(scripts are off)</pre>
      <span class="muted">HttpOnly cookies travel in the header above but never show here. After a link from another site,
      a SameSite=Strict cookie shows here but stayed out of the header.</span></dd>
    <dt>Set-Cookie lines in this response</dt>${setCookie}
  </dl></div>`
}

export function behindTheScenes(server: ServerState, browser: BrowserState): Html {
  return html`<section class="behind" aria-label="Behind the scenes"><h2>Behind the scenes</h2>
    <div class="grid">${serverColumn(server)}${browserColumn(browser)}</div>
  </section>`
}
