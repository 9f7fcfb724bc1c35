/**
 * The storage-independent session (Django's SessionBase): a dictionary loaded lazily from an
 * engine, with the `accessed` and `modified` flags the middleware decides on, the key rules,
 * flush / clear / cycle_key / save, and the expiry arithmetic of expiry.ts. Engines only store.
 */
import type { LoadResult, ServerSideEngine, SessionData, SessionEngine, SessionRecord } from './engine.js'
import { expiresAtBrowserClose, expiryAge, expiryDate, EXPIRY_KEY, storedExpiry, type ExpiryChange } from './expiry.js'
import { isLookupKey, newSessionKey } from './session-keys.js'

export interface SessionOptions {
  /** The clock's now for this request, in Unix seconds. */
  now: number
  /** SESSION_COOKIE_AGE */
  cookieAge: number
  /** SESSION_EXPIRE_AT_BROWSER_CLOSE */
  expireAtBrowserClose: boolean
  /** Draws a new session key (061); newSessionKey unless the server's runtime draws it. */
  drawKey?: () => string
}

/** 076: after this many collisions the cache engine gives up ("It is likely that the cache is unavailable."). */
const MAX_KEY_ATTEMPTS = 10_000

async function loadChecked(engine: ServerSideEngine, key: string, now: number): Promise<LoadResult> {
  if (engine.loadChecked) return engine.loadChecked(key, now)
  const data = await engine.load(key, now)
  return data === undefined ? { state: 'missing' } : { state: 'live', data }
}

export class Session {
  /** 040: set by any read or write; the middleware then adds Vary: Cookie. */
  accessed = false
  /** 042: set by any write; the middleware then saves and re-issues the cookie. */
  modified = false
  /** The key the request arrived with, when it is fit for a lookup (045). */
  readonly presentedKey: string | null
  #key: string | null
  #cache: SessionData | undefined

  constructor(private readonly engine: SessionEngine, presentedKey: string | undefined, private readonly options: SessionOptions) {
    this.presentedKey = isLookupKey(presentedKey) ? presentedKey : null
    this.#key = this.presentedKey
  }

  /** 164, 169: reading the key is not an access, and nobody outside sets it. For signed cookies the key is the cookie value. */
  get sessionKey(): string | null {
    return this.#key
  }

  /**
   * What a concurrent request that logs the visitor out does to this request's session: the
   * record goes from the store while this request still holds the session (054, Django's
   * test_session_update_error_redirect). Server-side engines only.
   */
  async endElsewhere(): Promise<void> {
    if (this.engine.kind === 'server' && this.#key !== null) await this.engine.delete(this.#key)
  }

  /** is_empty: no valid key and no data; never an access (045 relies on that). */
  isEmpty(): boolean {
    return this.#key === null && (this.#cache === undefined || this.#cache.size === 0)
  }

  /** Django's _get_session: every call is an access; the first one loads. */
  private async data(noLoad = false): Promise<SessionData> {
    this.accessed = true
    if (this.#cache === undefined) {
      this.#cache = this.#key === null || noLoad ? new Map() : await this.load(this.#key)
    }
    return this.#cache
  }

  /** 062: a presented key is only looked up; when nothing live is found it is forgotten, never adopted. */
  private async load(key: string): Promise<SessionData> {
    const { engine, options } = this
    if (engine.kind === 'client') {
      const data = engine.decode(key, options.now, options.cookieAge)
      // 084: an unreadable or too old cookie resets the session and marks it modified.
      if (data === undefined) this.modified = true
      return data ?? new Map()
    }
    const result = await loadChecked(engine, key, options.now)
    if (result.state === 'live') return result.data
    if (result.state === 'expired') {
      // 081: the file engine starts a new session (new key, empty record) instead of dropping the key.
      this.#cache = new Map()
      await this.create()
      return this.#cache
    }
    this.#key = null
    return new Map()
  }

  async has(key: string): Promise<boolean> {
    return (await this.data()).has(key)
  }

  async get(key: string): Promise<unknown> {
    return (await this.data()).get(key)
  }

  /** 042: a write always modifies, even with the same value; an existing key keeps its place. */
  async set(key: string, value: unknown): Promise<void> {
    ;(await this.data()).set(key, value)
    this.modified = true
  }

  /** del session[key]; false (and nothing modified) when the key is missing, where Django raises KeyError (168). */
  async delete(key: string): Promise<boolean> {
    const removed = (await this.data()).delete(key)
    if (removed) this.modified = true
    return removed
  }

  /** 052, 167: modifies only when the key was there. */
  async pop(key: string): Promise<{ found: true; value: unknown } | { found: false }> {
    const data = await this.data()
    if (!data.has(key)) return { found: false }
    const value = data.get(key)
    data.delete(key)
    this.modified = true
    return { found: true, value }
  }

  /** 052: modifies only when the key was missing. */
  async setdefault(key: string, value: unknown): Promise<unknown> {
    const data = await this.data()
    if (data.has(key)) return data.get(key)
    await this.set(key, value)
    return value
  }

  /** 166: always modifies, even with nothing to update. */
  async update(values: Iterable<[string, unknown]>): Promise<void> {
    const data = await this.data()
    for (const [key, value] of values) data.set(key, value)
    this.modified = true
  }

  /** 165: keys(), items() read, they do not modify. */
  async items(): Promise<Array<[string, unknown]>> {
    return [...(await this.data())]
  }

  /** 048: data removed without loading it first; the key is kept, so the next save stores {}. */
  clear(): void {
    this.#cache = new Map()
    this.accessed = true
    this.modified = true
  }

  /** 047: data and record removed, key forgotten (the middleware then deletes the cookie). */
  async flush(): Promise<void> {
    this.clear()
    await this.deleteRecord(this.#key)
    this.#key = null
  }

  /** 049: the data moves to a new key and the old record is deleted. 086: signed cookies only re-sign. */
  async cycleKey(): Promise<void> {
    const data = await this.data()
    if (this.engine.kind === 'client') return this.save()
    const oldKey = this.#key
    await this.create()
    this.#cache = data
    if (oldKey !== null) await this.engine.delete(oldKey)
  }

  /** 051: only the flag; an empty keyless session is still never saved by the middleware. */
  markModified(): void {
    this.modified = true
  }

  /** 050, 071: a keyless session is created under a new key; an existing one is updated, and
   * SessionInterrupted comes through when its record vanished meanwhile (054). */
  async save(): Promise<void> {
    if (this.engine.kind === 'client') {
      // 087: the cookie value is the data, re-signed at every save.
      this.#key = this.engine.encode(await this.data(), this.options.now)
      this.modified = true
      return
    }
    if (this.#key === null) return this.create()
    await this.engine.update(this.#key, await this.record(), this.options.now)
  }

  /** Whether the store holds a live record under key (086: never, for signed cookies). */
  async exists(key: string): Promise<boolean> {
    const { engine, options } = this
    if (engine.kind === 'client') return false
    if (engine.exists) return engine.exists(key, options.now)
    return (await engine.load(key, options.now)) !== undefined
  }

  /** 061: new keys until the engine accepts one it does not hold yet; then the session counts as modified. */
  private async create(): Promise<void> {
    const { engine } = this
    if (engine.kind === 'client') {
      this.modified = true
      return
    }
    for (let attempt = 0; attempt < MAX_KEY_ATTEMPTS; attempt++) {
      const key = (this.options.drawKey ?? newSessionKey)()
      this.#key = key
      if (await engine.create(key, await this.record(true), this.options.now)) {
        this.modified = true
        return
      }
    }
    throw new Error('Unable to create a new session key. It is likely that the cache is unavailable.')
  }

  /** 070: what a server engine stores; expiresAt is get_expiry_date() at save time. */
  private async record(noLoad = false): Promise<SessionRecord> {
    const data = await this.data(noLoad)
    return { data, expiresAt: await this.getExpiryDate() }
  }

  private async deleteRecord(key: string | null): Promise<void> {
    if (this.engine.kind === 'client') {
      // 086: flush() on signed cookies empties the value, so the middleware deletes the cookie.
      this.#key = null
      this.#cache = new Map()
      this.modified = true
      return
    }
    if (key !== null) await this.engine.delete(key)
  }

  getExpiryAge(): Promise<number> {
    return this.readExpiry((stored) => expiryAge(stored, this.options.now, this.options.cookieAge))
  }

  getExpiryDate(): Promise<number> {
    return this.readExpiry((stored) => expiryDate(stored, this.options.now, this.options.cookieAge))
  }

  getExpireAtBrowserClose(): Promise<boolean> {
    return this.readExpiry((stored) => expiresAtBrowserClose(stored, this.options.expireAtBrowserClose))
  }

  /** 094, 095: any change but removing an absent custom expiry modifies the session. */
  async setExpiry(change: ExpiryChange): Promise<void> {
    const stored = storedExpiry(change, this.options.now)
    if (stored === undefined) await this.delete(EXPIRY_KEY)
    else await this.set(EXPIRY_KEY, stored)
  }

  private async readExpiry<T>(compute: (stored: unknown) => T): Promise<T> {
    return compute(await this.get(EXPIRY_KEY))
  }
}
