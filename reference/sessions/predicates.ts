// SessionMiddleware's decisions at response time (036-058), one named predicate each, over
// the few facts Django's process_response looks at.

export interface SessionResponseState {
  /** The session was read or written during the request (040). */
  accessed: boolean
  /** The session was written, or a signed cookie had to be replaced (042, 084). */
  modified: boolean
  /** is_empty(): no valid key and no data (044, 045). */
  empty: boolean
  /** The request carried a cookie under SESSION_COOKIE_NAME, whatever its value. */
  cookieSent: boolean
  /** SESSION_SAVE_EVERY_REQUEST (055, 056). */
  saveEveryRequest: boolean
  /** The response status. */
  status: number
}

/** 044, 045, 047: a session cookie came in and the session is empty now; this wins over saving. */
export function shouldDeleteCookie(state: SessionResponseState): boolean {
  return state.cookieSent && state.empty
}

/** 040, 043, 055, 190: Vary: Cookie when the session was touched, the cookie is deleted, or the cookie
 * is set ("With a session cookie set, it must be varied on": Django 5.2.14+, CVE-2026-35192). */
export function shouldVary(state: SessionResponseState): boolean {
  return shouldDeleteCookie(state) || state.accessed || shouldSetCookie(state)
}

/** 042, 051, 053, 055: a non-empty session that changed (or every one, with SESSION_SAVE_EVERY_REQUEST)
 * is saved, unless the response is a server error (current Django: any status >= 500; 4xx still save). */
export function shouldSave(state: SessionResponseState): boolean {
  if (shouldDeleteCookie(state) || state.empty) return false
  return (state.modified || state.saveEveryRequest) && state.status < 500
}

/** 041: the cookie is re-issued exactly when the session is saved, so reading alone never refreshes it. */
export function shouldSetCookie(state: SessionResponseState): boolean {
  return shouldSave(state)
}
