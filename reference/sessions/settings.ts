// The session settings of the reference server, named as the control API names them
// (docs/fixture-api.md, "Settings and store inspection"), with Django's defaults.
import type { EngineId, StoreId } from './engine.js'

export type SameSiteSetting = string | false

export interface SessionSettings {
  /** SESSION_ENGINE */
  engine: EngineId
  /** The backing store of db (sqlite, postgres) and of the cache of cache / cached-db; null for the others. */
  store: StoreId | null
  sessionCookieName: string
  sessionCookieAge: number
  sessionCookieDomain: string | null
  sessionCookiePath: string
  sessionCookieSecure: boolean
  sessionCookieHttpOnly: boolean
  /** "Strict", "Lax", "None" (any case, written as given) or false for no attribute. */
  sessionCookieSameSite: SameSiteSetting
  sessionSaveEveryRequest: boolean
  sessionExpireAtBrowserClose: boolean
}

/** Django's global_settings (the catalogue's "Default settings in scope"); SESSION_ENGINE is db. */
export const DJANGO_SESSION_DEFAULTS: Readonly<SessionSettings> = {
  engine: 'db',
  store: 'sqlite',
  sessionCookieName: 'sessionid',
  sessionCookieAge: 1209600,
  sessionCookieDomain: null,
  sessionCookiePath: '/',
  sessionCookieSecure: false,
  sessionCookieHttpOnly: true,
  sessionCookieSameSite: 'Lax',
  sessionSaveEveryRequest: false,
  sessionExpireAtBrowserClose: false,
}
