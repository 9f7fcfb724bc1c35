// MESSAGE_STORAGE (124): the backend a request's storage uses, by id.
import type { Session } from '../../sessions/session.js'
import type { StorageBackend } from '../storage.js'
import { CookieBackend, type CookieBackendOptions } from './cookie.js'
import { FallbackBackend } from './fallback.js'
import { requireSession, SessionBackend } from './session.js'

export type StorageId = 'cookie' | 'session' | 'fallback'

export interface BackendRequest extends CookieBackendOptions {
  /** request.session, when the session middleware wraps the request. */
  session?: Session
}

export function createBackend(id: StorageId, request: BackendRequest): StorageBackend {
  switch (id) {
    case 'cookie': return new CookieBackend(request)
    case 'session': return new SessionBackend(requireSession(request.session))
    // 139: the fallback builds its session storage per request, so it needs the session too.
    case 'fallback': return new FallbackBackend([new CookieBackend(request), new SessionBackend(requireSession(request.session))])
  }
}
