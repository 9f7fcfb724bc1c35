/**
 * Django's MessageMiddleware: before the operation it gives the request its message storage
 * (request._messages) for the storage MESSAGE_STORAGE names; after it, the storage keeps what
 * must survive. Listed after the session middleware, so its response step runs first and a
 * message written to the session is saved in the same response (160).
 */
import type { OperationContext } from '../pipeline/operation.js'
import type { OperationResponse, RequestMiddleware } from '../pipeline/request-middleware.js'
import type { SessionRuntime } from '../sessions/runtime.js'
import { levelTags } from './levels.js'
import type { MessageSettingsRuntime } from './settings.js'
import { MessageStorage } from './storage.js'
import { createBackend } from './storages/index.js'

declare module '../pipeline/operation.js' {
  interface OperationContext {
    /** request._messages: attached by the message middleware to the operations it wraps. */
    messages?: MessageStorage
  }
}

export interface MessageMiddlewareOptions {
  /** The secret key of the moment (the control API may switch it). */
  secretKey: () => string
  /** SECRET_KEY_FALLBACKS of the moment (034): a messages cookie signed with one of them is still read. */
  secretKeyFallbacks?: () => readonly string[]
  /** The session cookie settings, which the messages cookie borrows (126). */
  sessions: SessionRuntime
  settings: MessageSettingsRuntime
}

export class MessageMiddleware implements RequestMiddleware {
  constructor(private readonly options: MessageMiddlewareOptions) {}

  async before(context: OperationContext): Promise<void> {
    const settings = this.options.settings.settings
    const backend = createBackend(settings.messageStorage, {
      secretKey: this.options.secretKey(),
      secretKeyFallbacks: this.options.secretKeyFallbacks?.() ?? [],
      now: context.now,
      requestCookies: context.requestCookies,
      sessionSettings: this.options.sessions.settings,
      session: context.session,
    })
    context.messages = new MessageStorage(backend, { level: settings.messageLevel, levelTags: levelTags(settings.messageTags) })
  }

  /** 181: whatever the status. 123: what did not fit is dropped silently, as with DEBUG off. */
  async after(context: OperationContext, response: OperationResponse): Promise<void> {
    await context.messages?.update(response.cookies)
  }
}
