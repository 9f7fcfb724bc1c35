/**
 * What every message storage shares (Django's BaseStorage, catalogue I): the minimum level,
 * adding, counting without consuming, iterating (which consumes), and what to keep when the
 * response goes out. Where the messages live is a backend's business (storages/*).
 */
import type { ResponseCookies } from '../cookies/serialize.js'
import type { LevelTags } from './levels.js'
import { Message } from './message.js'

/** What a backend found for this request. */
export interface Loaded {
  /** undefined when the backend holds nothing at all (no cookie): a fallback stops asking there (142). */
  messages: Message[] | undefined
  /** false when the backend knows more messages are kept elsewhere (the cookie's sentinel, 142). */
  allRetrieved: boolean
  /** 134: the stored value was unreadable, so the storage counts as used and clears it. */
  rejected?: boolean
}

export interface StoreOptions {
  /** 132 vs 141: which end of the list the cookie gives up when it is full. Default true. */
  removeOldest?: boolean
}

/** One way of keeping messages between requests: cookie, session, or the fallback of both. */
export interface StorageBackend {
  /** Django's _get: reads what the request brought. */
  load(): Promise<Loaded>
  /** Django's _store: keeps `messages` for the next request (an empty list clears) and answers
   * the ones it could not keep. */
  store(messages: readonly Message[], response: ResponseCookies, options?: StoreOptions): Promise<Message[]>
}

export interface StorageSettings {
  /** MESSAGE_LEVEL: 20 (INFO) unless set (110). */
  level: number
  /** The level tags in force for this request (108). */
  levelTags: LevelTags
}

export class MessageStorage {
  /** Set by iterating: the messages were shown (118). */
  #used = false
  /** Set by adding a message that was kept (120). */
  #addedNew = false
  #queued: Message[] = []
  #loaded: Message[] | undefined
  #requestLevel: number | undefined

  constructor(private readonly backend: StorageBackend, private readonly settings: StorageSettings) {}

  get levelTags(): LevelTags {
    return this.settings.levelTags
  }

  /** 110: set_level for this request, or MESSAGE_LEVEL. */
  get level(): number {
    return this.#requestLevel ?? this.settings.level
  }

  /** 110: set_level(request, n); null (None) goes back to MESSAGE_LEVEL. */
  setLevel(level: number | null): void {
    this.#requestLevel = level ?? undefined
  }

  /** add_message: false when dropped, for empty text (111) or a level below the minimum (110). */
  add(level: number, text: string, extraTags: string | null, safe: boolean): boolean {
    if (text === '') return false
    if (level < this.level) return false
    this.#addedNew = true
    this.#queued.push(new Message(level, text, extraTags, safe))
    return true
  }

  /** len(storage): loads, but consumes nothing (118). */
  async count(): Promise<number> {
    return (await this.loaded()).length + this.#queued.length
  }

  /** Iterating shows the messages, so none of them is kept (118, 121); a second pass sees the same (183). */
  async iterate(): Promise<readonly Message[]> {
    this.#used = true
    const loaded = await this.loaded()
    loaded.push(...this.#queued)
    this.#queued = []
    return [...loaded]
  }

  /**
   * 120, at response time: after iterating only what was added since is kept; otherwise new
   * messages are kept after the old ones; otherwise nothing is written. The messages the
   * backend could not keep are dropped silently (123, as with DEBUG off).
   */
  async update(response: ResponseCookies): Promise<void> {
    if (this.#used) await this.backend.store(this.#queued, response)
    else if (this.#addedNew) await this.backend.store([...await this.loaded(), ...this.#queued], response)
  }

  private async loaded(): Promise<Message[]> {
    if (this.#loaded === undefined) {
      const found = await this.backend.load()
      if (found.rejected) this.#used = true
      this.#loaded = found.messages ?? []
    }
    return this.#loaded
  }
}
