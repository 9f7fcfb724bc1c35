/**
 * Django's SessionMiddleware (catalogue C): before the operation it gives the request a lazy
 * session for the key in the session cookie (036); after it, the named predicates decide on
 * the deletion cookie, Vary: Cookie, saving and the refreshed cookie.
 */
import type { OperationContext } from '../pipeline/operation.js'
import type { OperationResponse, RequestMiddleware } from '../pipeline/request-middleware.js'
import { SessionInterrupted } from './engine.js'
import { sessionInterrupted } from './engines/store-errors.js'
import { shouldDeleteCookie, shouldSave, shouldSetCookie, shouldVary, type SessionResponseState } from './predicates.js'
import type { SessionRuntime } from './runtime.js'
import { Session } from './session.js'
import { sessionCookieOptions, sessionDeletionOptions } from './session-cookie.js'
import type { SessionSettings } from './settings.js'
import { addVary } from './vary.js'

declare module '../pipeline/operation.js' {
  interface OperationContext {
    /** request.session: attached by the session middleware to the operations it wraps. */
    session?: Session
  }
}

export class SessionMiddleware implements RequestMiddleware {
  /** The settings each request started with, so a concurrent settings.set cannot split one response. */
  readonly #settings = new WeakMap<OperationContext, SessionSettings>()

  constructor(private readonly runtime: SessionRuntime) {}

  async before(context: OperationContext): Promise<void> {
    const settings = this.runtime.settings
    const engine = await this.runtime.engine()
    this.#settings.set(context, settings)
    context.session = new Session(engine, context.requestCookies.get(settings.sessionCookieName), {
      now: context.now,
      cookieAge: settings.sessionCookieAge,
      expireAtBrowserClose: settings.sessionExpireAtBrowserClose,
      drawKey: () => this.runtime.drawKey(),
    })
  }

  async after(context: OperationContext, response: OperationResponse): Promise<void> {
    const { session } = context
    const settings = this.#settings.get(context)
    if (session === undefined || settings === undefined) return
    const name = settings.sessionCookieName
    const state: SessionResponseState = {
      accessed: session.accessed,
      modified: session.modified,
      empty: session.isEmpty(),
      cookieSent: context.requestCookies.has(name),
      saveEveryRequest: settings.sessionSaveEveryRequest,
      status: response.status,
    }
    if (shouldDeleteCookie(state)) response.cookies.delete(name, sessionDeletionOptions(settings), context.now)
    if (shouldVary(state)) addVary(response.headers, 'Cookie')
    if (!shouldSave(state)) return
    // 057, 058: a browser-close session gets neither Max-Age nor expires.
    const maxAge = (await session.getExpireAtBrowserClose()) ? undefined : await session.getExpiryAge()
    await saveOrInterrupt(session)
    const key = session.sessionKey
    if (shouldSetCookie(state) && key !== null) {
      response.cookies.set(name, key, sessionCookieOptions(settings, maxAge), context.now)
    }
  }
}

/** 054: a record deleted meanwhile becomes Django's SessionInterrupted, answered 400 with its message. */
async function saveOrInterrupt(session: Session): Promise<void> {
  try {
    await session.save()
  } catch (error) {
    if (error instanceof SessionInterrupted) throw sessionInterrupted()
    throw error
  }
}
