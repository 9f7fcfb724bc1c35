// The session cookie's attributes, mapped 1:1 from the settings (037, 038, 044, 057, 186).
import type { CookieOptions, DeleteCookieOptions } from '../cookies/serialize.js'
import type { SessionSettings } from './settings.js'

/** 037, 038: Domain only when set, Secure and HttpOnly only when true, SameSite unless false.
 * 057: a browser-close cookie (maxAge undefined) has neither expires nor Max-Age. */
export function sessionCookieOptions(settings: SessionSettings, maxAge: number | undefined): CookieOptions {
  return {
    maxAge,
    domain: settings.sessionCookieDomain ?? undefined,
    path: settings.sessionCookiePath,
    secure: settings.sessionCookieSecure,
    httponly: settings.sessionCookieHttpOnly,
    samesite: settings.sessionCookieSameSite || undefined,
  }
}

/** 044: delete_cookie with the session's path, domain and SameSite; never HttpOnly, and Secure only
 * for SameSite=None or a __Secure-/__Host- name, never because of SESSION_COOKIE_SECURE. */
export function sessionDeletionOptions(settings: SessionSettings): DeleteCookieOptions {
  return {
    path: settings.sessionCookiePath,
    domain: settings.sessionCookieDomain ?? undefined,
    samesite: settings.sessionCookieSameSite || undefined,
  }
}
