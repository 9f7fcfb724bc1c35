/**
 * Django's default FallbackStorage (141-145), a composition of the cookie and the session: the
 * cookie keeps the oldest messages it can and the session takes the newer overflow; the session
 * is read only when the cookie says messages are missing; only the storages that held messages
 * are cleared. An unreadable cookie is ignored but, unlike the cookie storage alone, not cleared.
 */
import type { ResponseCookies } from '../../cookies/serialize.js'
import type { Message } from '../message.js'
import type { Loaded, StorageBackend } from '../storage.js'

export class FallbackBackend implements StorageBackend {
  /** The backends that held messages when loaded, so they are cleared even when nothing is left (143). */
  readonly #held = new Set<StorageBackend>()

  /** @param backends tried in order: the cookie, then the session. */
  constructor(private readonly backends: readonly StorageBackend[]) {}

  /** 142: a backend that holds nothing, or holds everything, ends the search. Its `rejected` is not
   * passed on, so a tampered cookie does not make the storage used (144). */
  async load(): Promise<Loaded> {
    const messages: Message[] = []
    let allRetrieved = true
    for (const backend of this.backends) {
      const found = await backend.load()
      allRetrieved = found.allRetrieved
      if (found.messages === undefined) break
      if (found.messages.length > 0) this.#held.add(backend)
      messages.push(...found.messages)
      if (found.allRetrieved) break
    }
    return { messages, allRetrieved }
  }

  /** 141: the cookie keeps the oldest (removeOldest false) and hands the rest on. */
  async store(messages: readonly Message[], response: ResponseCookies): Promise<Message[]> {
    let remaining: readonly Message[] = messages
    for (const backend of this.backends) {
      if (remaining.length > 0) {
        remaining = await backend.store(remaining, response, { removeOldest: false })
      } else if (this.#held.has(backend)) {
        await backend.store([], response)
        this.#held.delete(backend)
      }
    }
    return [...remaining]
  }
}
