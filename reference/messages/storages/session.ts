/**
 * Messages in the visitor's session (Django's SessionStorage, 138-140): the key "_messages"
 * holds the JSON text of the list, written with json's default separators, and is popped once
 * nothing is left. Every load reads the session, so the response varies on Cookie (140).
 */
import type { ResponseCookies } from '../../cookies/serialize.js'
import type { Session } from '../../sessions/session.js'
import { decodeMessages, DEFAULT_SEPARATOR, encodeMessages, NOT_FINISHED } from '../encoding.js'
import type { Message } from '../message.js'
import type { Loaded, StorageBackend } from '../storage.js'

export const SESSION_KEY = '_messages'

/** 139: without the session middleware before it, every request fails (ImproperlyConfigured, 500). */
export function requireSession(session: Session | undefined): Session {
  if (session === undefined) {
    throw new Error('The session-based temporary message storage requires session middleware to be installed, and come before the message middleware in the MIDDLEWARE list.')
  }
  return session
}

export class SessionBackend implements StorageBackend {
  constructor(private readonly session: Session) {}

  /** A missing key is "nothing at all", so a fallback stops there; the session holds every message it has. */
  async load(): Promise<Loaded> {
    const stored = await this.session.get(SESSION_KEY)
    if (stored === undefined || stored === null || stored === '') return { messages: undefined, allRetrieved: true }
    if (typeof stored !== 'string') throw new Error(`the session's ${SESSION_KEY} is not the JSON text of a message list`)
    const items = decodeMessages(JSON.parse(stored))
    return { messages: items.filter((item): item is Message => item !== NOT_FINISHED), allRetrieved: true }
  }

  /** Never leaves anything behind: the session has no size limit. */
  async store(messages: readonly Message[], _response: ResponseCookies): Promise<Message[]> {
    if (messages.length > 0) await this.session.set(SESSION_KEY, encodeMessages(messages, DEFAULT_SEPARATOR))
    else await this.session.pop(SESSION_KEY)
    return []
  }
}
