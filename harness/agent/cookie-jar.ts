import { Cookie, CookieJar } from 'tough-cookie'
import type { VirtualClock } from './virtual-clock.js'

/** What the visitor's browser holds for one cookie, as RFC 6265bis stores it. */
export interface HeldCookie {
  name: string
  value: string
  domain: string | null
  path: string | null
  secure: boolean
  httpOnly: boolean
  sameSite: string | undefined
  /** Expiry in ms since the epoch; undefined for a browser-session cookie. */
  expiresAtMs: number | undefined
}

/**
 * An RFC 6265bis jar (tough-cookie) whose notion of "now" is the scenario's virtual clock.
 * tough-cookie counts Max-Age from the last access and compares with Date.now(); RFC 6265bis
 * §5.7 step 9 counts it from the moment the cookie was received, so expiry is evaluated here
 * from the creation time the jar stored under the virtual clock.
 */
export class VirtualCookieJar {
  readonly #jar = new CookieJar(undefined, { rejectPublicSuffixes: false, allowSecureOnLocal: true })
  readonly #clock: VirtualClock
  /**
   * When each stored cookie was received. RFC 6265bis §5.7 keeps a replaced cookie's
   * creation-time (tough-cookie does too), but its expiry-time is "the current date and time
   * plus delta-seconds" at the moment it is received; so Max-Age counts from here.
   */
  readonly #receivedAt = new WeakMap<Cookie, Date>()

  constructor(clock: VirtualClock) {
    this.#clock = clock
  }

  /** Stores one Set-Cookie line received from url; returns why it was refused, if it was. */
  async receive(setCookieLine: string, url: string): Promise<string | undefined> {
    try {
      const stored = await this.#jar.setCookie(setCookieLine, url, { now: this.#clock.now(), ignoreError: false })
      if (stored === undefined) return 'not stored'
      this.#receivedAt.set(stored, this.#clock.now())
      return undefined
    } catch (error) {
      return (error as Error).message
    }
  }

  /** The cookies the browser would send to url now, in RFC order. */
  async cookiesFor(url: string): Promise<HeldCookie[]> {
    const cookies = await this.#jar.getCookies(url, { expire: false, sort: true })
    return cookies.filter((c) => this.#isAlive(c)).map((c) => this.#toHeld(c))
  }

  async cookieHeader(url: string): Promise<string> {
    return (await this.cookiesFor(url)).map((c) => `${c.name}=${c.value}`).join('; ')
  }

  /** Every cookie still alive, whatever its scope. */
  async all(): Promise<HeldCookie[]> {
    return (await this.#jar.store.getAllCookies()).filter((c) => this.#isAlive(c)).map((c) => this.#toHeld(c))
  }

  async find(name: string): Promise<HeldCookie | undefined> {
    return (await this.all()).find((c) => c.name === name)
  }

  /** Puts a cookie in the jar as if the server had set it (used to model forged or tampered cookies). */
  async plant(name: string, value: string, url: string): Promise<void> {
    const stored = await this.#jar.setCookie(new Cookie({ key: name, value, path: '/' }), url, { now: this.#clock.now() })
    if (stored) this.#receivedAt.set(stored, this.#clock.now())
  }

  /** Removes a cookie, as a visitor clearing it by hand would. */
  async forget(name: string): Promise<void> {
    for (const cookie of await this.#jar.store.getAllCookies()) {
      if (cookie.key === name && cookie.domain && cookie.path) await this.#jar.store.removeCookie(cookie.domain, cookie.path, cookie.key)
    }
  }

  /** RFC 6265 §5.3: when "the current session is over", the user agent "MUST remove from the cookie
   * store all cookies with the persistent-flag set to false". Expired cookies are not evicted here:
   * they stay stored but are never read back or sent (#isAlive, on the virtual clock). */
  async closeBrowser(): Promise<void> {
    for (const cookie of await this.#jar.store.getAllCookies()) {
      if (!cookie.isPersistent() && cookie.domain && cookie.path) await this.#jar.store.removeCookie(cookie.domain, cookie.path, cookie.key)
    }
  }

  #expiry(cookie: Cookie): number | undefined {
    const received = this.#receivedAt.get(cookie) ?? (cookie.creation instanceof Date ? cookie.creation : undefined)
    return cookie.expiryTime(received)
  }

  #isAlive(cookie: Cookie): boolean {
    const expiry = this.#expiry(cookie)
    return expiry === undefined || expiry > this.#clock.nowMs()
  }

  #toHeld(c: Cookie): HeldCookie {
    return toHeld(c, this.#expiry(c))
  }
}

function toHeld(c: Cookie, expiry: number | undefined): HeldCookie {
  return {
    name: c.key,
    value: c.value,
    domain: c.domain,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    expiresAtMs: expiry === undefined || expiry === Infinity ? undefined : expiry,
  }
}
