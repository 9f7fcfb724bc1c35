// The cookie preferences page: set a cookie with chosen attributes (plain or signed), delete
// one, and see which cookies come back. The browser may refuse a cookie the server set (a bad
// prefix, SameSite=None without Secure): the page then shows it missing from the Cookie header.
import { CookieRejected } from '../cookies/cookie-rejected.js'
import { ResponseCookies, type CookieOptions } from '../cookies/serialize.js'
import type { OperationContext } from '../pipeline/operation.js'
import { sendableLines } from '../pipeline/run-in-request.js'
import { ERROR, SUCCESS } from '../messages/levels.js'
import { BadSignature } from '../../lib/signing/index.js'
import { getSignedCookie, setSignedCookie, type CookieSigningSettings } from '../signing/signed-cookies.js'
import { html, type Html } from './html.js'
import { receivedCookies } from './behind-the-scenes.js'
import type { DemoOptions, PageHandler, PageResult } from './page-route.js'
import { checked, field, messagesOf } from './request-parts.js'

const COOKIE_PAGE = '/demo/cookies'

function redirectWith(context: OperationContext, level: number, text: string): PageResult {
  messagesOf(context).add(level, text, '', false)
  return { redirect: COOKIE_PAGE }
}

/** The form's fields as set_cookie's arguments; a blank max age means "until the browser closes". */
function readOptions(context: OperationContext): CookieOptions {
  const maxAge = field(context, 'max_age').trim()
  if (maxAge !== '' && !/^-?\d+$/.test(maxAge)) throw new CookieRejected('the max age must be a whole number of seconds')
  const domain = field(context, 'domain').trim()
  const samesite = field(context, 'samesite')
  return {
    ...(maxAge === '' ? {} : { maxAge: Number(maxAge) }),
    path: field(context, 'path').trim() || '/',
    ...(domain === '' ? {} : { domain }),
    ...(samesite === '' ? {} : { samesite }),
    secure: checked(context, 'secure'),
    httponly: checked(context, 'httponly'),
  }
}

function writeCookie(cookies: ResponseCookies, context: OperationContext, signing: CookieSigningSettings): void {
  const name = field(context, 'name')
  const value = field(context, 'value')
  const options = readOptions(context)
  if (checked(context, 'signed')) setSignedCookie(cookies, name, value, options, signing, context.now)
  else cookies.set(name, value, options, context.now)
}

function setCookie(options: DemoOptions): PageHandler {
  return async (context) => {
    try {
      // Tried on a scratch response first: a refused cookie leaves the real response untouched.
      const trial = new ResponseCookies()
      writeCookie(trial, context, options.signing())
      sendableLines(trial)
    } catch (error) {
      if (error instanceof CookieRejected) return redirectWith(context, ERROR, `The server refused to set the cookie: ${error.message}`)
      throw error
    }
    writeCookie(context.responseCookies, context, options.signing())
    return redirectWith(context, SUCCESS, `The server sent a Set-Cookie line for "${field(context, 'name')}". If the Cookie header below lacks it, the browser refused it.`)
  }
}

const deleteCookie: PageHandler = async (context) => {
  const name = field(context, 'name')
  try {
    context.responseCookies.delete(name, { path: field(context, 'path').trim() || '/' }, context.now)
  } catch (error) {
    if (error instanceof CookieRejected) return redirectWith(context, ERROR, `The server refused to delete the cookie: ${error.message}`)
    throw error
  }
  return redirectWith(context, SUCCESS, `The server told the browser to forget "${name}".`)
}

function setForm(): Html {
  const text = (name: string, label: string, value = '', hint = '') =>
    html`<label for="${name}">${label}</label><input type="text" id="${name}" name="${name}" value="${value}">${hint ? html`<br><span class="muted">${hint}</span>` : ''}`
  const box = (name: string, label: string) => html`<label class="check"><input type="checkbox" id="${name}" name="${name}" value="on"> ${label}</label>`
  return html`<form method="post" action="/demo/cookies/set" id="cookie-form" class="card"><div class="grid"><div>
    ${text('name', 'Name', 'theme')}${text('value', 'Value', 'dark')}
    ${text('max_age', 'Max age (seconds)', '', 'Blank: the cookie lasts until the browser closes.')}</div><div>
    ${text('path', 'Path', '/')}${text('domain', 'Domain', '', 'Blank: this host only.')}
    <label for="samesite">SameSite</label><select id="samesite" name="samesite"><option value="">not set</option>
    <option>Lax</option><option>Strict</option><option>None</option></select></div></div>
    <p>${box('secure', 'Secure')}${box('httponly', 'HttpOnly')}${box('signed', 'Signed with the secret key')}</p>
    <p><button type="submit">Set the cookie</button></p></form>`
}

/** The cookie's value when its signature verifies; undefined when it does not (or is expired). */
function readSignedValue(context: OperationContext, name: string, signing: CookieSigningSettings): string | undefined {
  try {
    return getSignedCookie(context.requestCookies, name, {}, signing, context.now)
  } catch (error) {
    if (error instanceof BadSignature) return undefined
    throw error
  }
}

function receivedTable(context: OperationContext, signing: CookieSigningSettings): Html {
  const rows = [...context.requestCookies].map(([name, value]) => {
    const signed = readSignedValue(context, name, signing)
    const reading = signed !== undefined ? html`<span class="signed">signature valid: <code>${signed}</code></span>` : html`<span class="unsigned muted">not signed, or altered</span>`
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value
    return html`<tr data-cookie="${name}"><td><code>${name}</code></td><td class="value"><code>${shown}</code></td><td>${reading}</td>
      <td><form class="inline" method="post" action="/demo/cookies/delete"><input type="hidden" name="name" value="${name}">
      <input type="hidden" name="path" value="/"><button class="quiet" type="submit" aria-label="Delete ${name}">Delete</button></form></td></tr>`
  })
  if (rows.length === 0) return html`<p class="empty">This request carried no cookie.</p>`
  return html`<table><tr><th>Name</th><th>Value</th><th>Read as a signed cookie</th><th></th></tr>${rows}</table>
    <p class="muted">Delete sends an expired cookie for Path=/; a cookie set for another path needs that path.</p>`
}

function showPage(options: DemoOptions): PageHandler {
  return async (context) => ({
    title: 'Cookie preferences',
    lead: 'Set, sign and delete cookies with the attributes you choose, then see what the browser sends back.',
    body: html`<h2>Set a cookie</h2>${setForm()}<h2>Cookies this request carried</h2>${receivedTable(context, options.signing())}`,
  })
}

/** What one request carried, and nothing else: small enough to show inside a frame of another site. */
const showReceived: PageHandler = async (context, req) => ({
  title: 'Cookies received',
  bare: true,
  body: html`<p><strong>This ${req.method} request carried:</strong></p>${receivedCookies([...context.requestCookies.keys()])}
    <pre id="cookie-header">${req.headers.cookie ?? '(no Cookie header)'}</pre>`,
})

export function cookiePages(options: DemoOptions): Array<[string, string, PageHandler]> {
  return [
    ['GET', '/cookies', showPage(options)],
    ['POST', '/cookies/set', setCookie(options)],
    ['POST', '/cookies/delete', deleteCookie],
    ['GET', '/cookies/received', showReceived],
    ['POST', '/cookies/received', showReceived],
  ]
}
