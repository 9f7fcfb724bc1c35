/**
 * Messages in the signed cookie "messages" (Django's CookieStorage, catalogue J): attributes
 * from the session cookie settings with Path always / (125-127), a TimestampSigner value whose
 * age is never checked (128, 173), at most 2048 characters (131-133), and an unreadable cookie
 * ignored and cleared (134).
 */
import { encodePayload, decodePayload, getCookieSigner, type TimestampSigner } from '../../../lib/signing/index.js'
import type { ResponseCookies } from '../../cookies/serialize.js'
import { quoteCookieValue } from '../../cookies/quote.js'
import type { SessionSettings } from '../../sessions/settings.js'
import { COMPACT, decodeMessages, encodeMessage, NOT_FINISHED, NOT_FINISHED_JSON } from '../encoding.js'
import type { Message } from '../message.js'
import type { Loaded, StorageBackend, StoreOptions } from '../storage.js'

/** 125: a class attribute in Django, not a setting. */
export const MESSAGES_COOKIE = 'messages'
/** 131: compared with the value only, quoted if it had to be. */
export const MAX_COOKIE_SIZE = 2048
const SALT = 'django.contrib.messages'

export interface CookieBackendOptions {
  secretKey: string
  /** SECRET_KEY_FALLBACKS (034): read with, never signed with. */
  secretKeyFallbacks?: readonly string[]
  now: number
  requestCookies: ReadonlyMap<string, string>
  /** 126: Domain, Secure, HttpOnly and SameSite come from the session cookie settings. */
  sessionSettings: Readonly<SessionSettings>
}

/** Django's MessagePartGatherSerializer: the parts are JSON already. */
function gather(parts: unknown): string {
  return `[${(parts as string[]).join(COMPACT)}]`
}

/** Python's bisect over a predicate that turns true once and stays true: its first index, or `count`. */
function firstTrue(count: number, predicate: (index: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (predicate(middle)) high = middle
    else low = middle + 1
  }
  return low
}

export class CookieBackend implements StorageBackend {
  readonly #signer: TimestampSigner

  constructor(private readonly options: CookieBackendOptions) {
    this.#signer = getCookieSigner({ secretKey: options.secretKey, secretKeyFallbacks: options.secretKeyFallbacks, salt: SALT })
  }

  async load(): Promise<Loaded> {
    const value = this.options.requestCookies.get(MESSAGES_COOKIE)
    if (!value) return { messages: undefined, allRetrieved: true }
    const items = this.decode(value)
    if (items === undefined) return { messages: undefined, allRetrieved: true, rejected: true }
    const finished = items.at(-1) !== NOT_FINISHED
    return { messages: items.filter((item): item is Message => item !== NOT_FINISHED), allRetrieved: finished }
  }

  /**
   * 132, 141: when the list is too long, the oldest (removeOldest) or the newest messages are cut
   * until the rest plus the sentinel fit. Current Django finds the cut by bisection (137), which
   * for sizes that grow with the list is the cut that removing one at a time finds.
   */
  async store(messages: readonly Message[], response: ResponseCookies, { removeOldest = true }: StoreOptions = {}): Promise<Message[]> {
    const parts = messages.map((message) => encodeMessage(message, COMPACT))
    let value = parts.length > 0 ? this.encode(parts) : undefined
    let unstored: Message[] = []
    if (value !== undefined && this.isTooLarge(value)) {
      const marked = (kept: string[]) => this.encode([...kept, NOT_FINISHED_JSON])
      if (removeOldest) {
        const first = firstTrue(parts.length, (index) => !this.isTooLarge(marked(parts.slice(index))))
        unstored = messages.slice(0, first)
        value = marked(parts.slice(first))
      } else {
        const kept = firstTrue(parts.length, (index) => this.isTooLarge(marked(parts.slice(0, index + 1))))
        unstored = messages.slice(kept)
        value = marked(parts.slice(0, kept))
      }
    }
    this.updateCookie(value, response)
    return unstored
  }

  /** 128: the JSON parts gathered into one list, zlib when shorter, signed with a timestamp. */
  private encode(parts: readonly string[]): string {
    const payload = encodePayload(parts, { compress: true, serialize: gather })
    return this.#signer.sign(payload, this.options.now)
  }

  /** The messages of a cookie value, or undefined for a bad signature, base64, zlib or JSON (134). */
  private decode(value: string): ReturnType<typeof decodeMessages> | undefined {
    try {
      return decodeMessages(decodePayload(this.#signer.unsign(value)))
    } catch {
      return undefined
    }
  }

  private isTooLarge(value: string): boolean {
    return quoteCookieValue(value).length > MAX_COOKIE_SIZE
  }

  /** 125-127: a browser-session cookie while it holds something, deleted once it holds nothing. */
  private updateCookie(value: string | undefined, response: ResponseCookies): void {
    const settings = this.options.sessionSettings
    const domain = settings.sessionCookieDomain ?? undefined
    const samesite = settings.sessionCookieSameSite || undefined
    if (value === undefined) {
      response.delete(MESSAGES_COOKIE, { domain, samesite }, this.options.now)
      return
    }
    response.set(MESSAGES_COOKIE, value, {
      path: '/',
      domain,
      secure: settings.sessionCookieSecure,
      httponly: settings.sessionCookieHttpOnly,
      samesite,
    }, this.options.now)
  }
}
