// The session settings of the reference server, named as the control API names them
// (docs/fixture-api.md, "Settings and store inspection"), with Django's defaults.
import { ENGINE_IDS } from '../../lib/engine-ids.js'
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

export { ENGINE_IDS }

/** The stores an engine runs on, its default first; empty when it has no choice. */
export function storesOf(engine: EngineId): readonly StoreId[] {
  if (engine === 'db') return ['sqlite', 'postgres']
  if (engine === 'cache' || engine === 'cached-db') return ['local', 'redis', 'memcached']
  return []
}

export function isEngineId(value: string): value is EngineId {
  return (ENGINE_IDS as readonly string[]).includes(value)
}

/** A store that fits the engine: the one asked for if allowed, else the engine's default (null when it has none). */
export function storeFor(engine: EngineId, asked: string | null | undefined): StoreId | null | undefined {
  const stores = storesOf(engine)
  if (asked === undefined || asked === null) return stores[0] ?? null
  return (stores as readonly string[]).includes(asked) ? (asked as StoreId) : undefined
}
