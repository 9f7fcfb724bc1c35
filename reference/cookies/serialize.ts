import { CookieRejected } from './cookie-rejected.js'
import { formatHttpDate } from './http-date.js'
import { isLegalToken, isReservedName, quoteCookieValue } from './quote.js'

/** The arguments of Django's set_cookie, one field per argument. */
export interface CookieOptions {
  /** Seconds, may be fractional or negative (003-006); a timedelta is its total seconds. */
  maxAge?: number
  /** A string copied verbatim into `expires=` (007). Django's one `expires` argument is a string
   * or a datetime: give this or expiresAt, not both (the fixture refuses both). */
  expires?: string
  /** `expires` given as a datetime, in Unix seconds (008). */
  expiresAt?: number
  /** Default "/"; null omits Path (002). */
  path?: string | null
  domain?: string
  secure?: boolean
  httponly?: boolean
  samesite?: string
}

export interface DeleteCookieOptions {
  path?: string | null
  domain?: string
  samesite?: string
}

/** What Python's Morsel holds; attributes keyed by their lowercase Morsel names. */
interface Morsel {
  codedValue: string
  attributes: Map<string, string | boolean>
}

// 001: Morsel sorts its keys; these are the display spellings, in that sorted order.
const ATTRIBUTE_ORDER: ReadonlyArray<[string, string]> = [
  ['domain', 'Domain'], ['expires', 'expires'], ['httponly', 'HttpOnly'], ['max-age', 'Max-Age'],
  ['path', 'Path'], ['samesite', 'SameSite'], ['secure', 'Secure'],
]
const FLAGS = new Set(['httponly', 'secure'])
const SAMESITE_VALUES = new Set(['lax', 'none', 'strict'])
const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT'
// Anything that could end the attribute or the header line.
const UNSAFE_ATTRIBUTE = /[;\x00-\x1f\x7f]/

function checkName(name: string): void {
  if (isReservedName(name)) throw new CookieRejected(`Attempt to set a reserved key ${JSON.stringify(name)}`)
  if (!isLegalToken(name)) throw new CookieRejected(`Illegal key ${JSON.stringify(name)}`)
}

function checkAttribute(attribute: string, value: string | null | undefined): void {
  if (typeof value === 'string' && UNSAFE_ATTRIBUTE.test(value)) {
    throw new CookieRejected(`${attribute} ${JSON.stringify(value)} contains ";" or a control character`)
  }
}

function checkOptions(options: CookieOptions): void {
  checkAttribute('path', options.path)
  checkAttribute('domain', options.domain)
  checkAttribute('expires', options.expires)
  checkAttribute('samesite', options.samesite)
  if (options.samesite && !SAMESITE_VALUES.has(options.samesite.toLowerCase())) {
    throw new CookieRejected('samesite must be "lax", "none", or "strict".')
  }
  // 009: current Django raises ValueError for a datetime together with max_age.
  if (options.expiresAt !== undefined && options.maxAge !== undefined) {
    throw new CookieRejected("'expires' and 'max_age' can't be used together.")
  }
}

function httpDateOrReject(seconds: number): string {
  try {
    return formatHttpDate(seconds)
  } catch {
    throw new CookieRejected('the expiry date falls outside the years 1 to 9999')
  }
}

/** 008: whole seconds until the datetime, plus one, floored at 0. Python subtracts
 * datetimes in whole microseconds, so round there before flooring. */
function maxAgeUntil(expiresAt: number, now: number): number {
  const micros = Math.round((expiresAt - now) * 1e6)
  return Math.max(0, Math.floor(micros / 1e6) + 1)
}

/** The expiry attributes one set_cookie call writes: `expires` always, Max-Age if asked. */
function expiryAttributes(options: CookieOptions, now: number): { expires: string; maxAge?: number } {
  const maxAge = options.expiresAt !== undefined ? maxAgeUntil(options.expiresAt, now) : options.maxAge
  let expires = options.expires ?? ''
  if (maxAge === undefined) return { expires }
  if (!Number.isFinite(maxAge)) throw new CookieRejected('max_age must be a finite number')
  // 004: Max-Age is truncated; expires keeps the fraction. 007: a given string is kept.
  if (expires === '') expires = httpDateOrReject(now + maxAge)
  return { expires, maxAge: Math.trunc(maxAge) }
}

/**
 * The Set-Cookie lines of one response, as Django's response.cookies (a SimpleCookie)
 * produces them. Every method that takes `now` uses it as the current Unix time.
 */
export class ResponseCookies {
  private readonly morsels = new Map<string, Morsel>()

  /** 016: a second call for a name keeps its place and only overwrites what it sets. */
  set(name: string, value: string, options: CookieOptions, now: number): void {
    checkName(name)
    checkOptions(options)
    const { expires, maxAge } = expiryAttributes(options, now)
    const morsel = this.morsels.get(name) ?? { codedValue: '', attributes: new Map() }
    morsel.codedValue = quoteCookieValue(value)
    const attributes = morsel.attributes
    attributes.set('expires', expires)
    if (maxAge !== undefined) attributes.set('max-age', BigInt(maxAge).toString())
    if (options.path !== null) attributes.set('path', options.path ?? '/')
    if (options.domain !== undefined) attributes.set('domain', options.domain)
    if (options.secure) attributes.set('secure', true)
    if (options.httponly) attributes.set('httponly', true)
    if (options.samesite) attributes.set('samesite', options.samesite)
    this.morsels.set(name, morsel)
  }

  /** 017, 018: an empty value expiring at the epoch; Secure for prefixed names or SameSite=None. */
  delete(name: string, options: DeleteCookieOptions, now: number): void {
    const secure = name.startsWith('__Secure-') || name.startsWith('__Host-') ||
      options.samesite?.toLowerCase() === 'none'
    this.set(name, '', { ...options, maxAge: 0, expires: EPOCH, secure }, now)
  }

  /** One header value per cookie, in the order names were first set (019). */
  lines(): string[] {
    return [...this.morsels].map(([name, morsel]) => outputString(name, morsel))
  }
}

/** Morsel.OutputString: empty attributes are left out, flags are bare words. */
function outputString(name: string, morsel: Morsel): string {
  const parts = [`${name}=${morsel.codedValue}`]
  for (const [key, display] of ATTRIBUTE_ORDER) {
    const value = morsel.attributes.get(key)
    if (value === undefined || value === '' || value === false) continue
    parts.push(FLAGS.has(key) ? display : `${display}=${value}`)
  }
  return parts.join('; ')
}
