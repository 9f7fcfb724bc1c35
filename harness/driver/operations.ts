/** The abstract operations of docs/fixture-api.md, with their parameters and answers. */

export interface CookieAttributes {
  maxAge?: number
  maxAgeDuration?: string
  expires?: string
  expiresAt?: string
  path?: string | null
  domain?: string
  secure?: boolean
  httponly?: boolean
  samesite?: string
}

export interface CookieSetParams extends CookieAttributes { name: string; value: string }
export interface SignedCookieSetParams extends CookieSetParams { salt?: string }
export interface CookieDeleteParams { name: string; path?: string; domain?: string; samesite?: string }
export type SequenceStep =
  | ({ action: 'set' } & CookieSetParams)
  | ({ action: 'setSigned' } & SignedCookieSetParams)
  | ({ action: 'delete' } & CookieDeleteParams)

export interface Rejected { rejected: string }

export interface FixtureOperations {
  'cookie.set': { params: CookieSetParams; answer: { set: string } | Rejected }
  'cookie.setSigned': { params: SignedCookieSetParams; answer: { set: string } | Rejected }
  'cookie.delete': { params: CookieDeleteParams; answer: { deleted: string } | Rejected }
  'cookie.sequence': { params: { steps: SequenceStep[] }; answer: { applied: number } | Rejected }
  'cookie.getSigned': {
    params: { name: string; salt?: string; maxAge?: number }
    answer: { found: true; value: string } | { found: false; reason: 'missing' | 'bad-signature' | 'expired' }
  }
  'cookie.received': { params: Record<string, never>; answer: { cookies: Array<{ name: string; value: string }> } }
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

export interface FixtureOperations {
  'session.set': { params: { key: string; value: JsonValue }; answer: { stored: string } }
  'session.setWhileEnded': { params: { key: string; value: JsonValue }; answer: { stored: string } }
  'session.get': { params: { key: string }; answer: { found: true; value: JsonValue } | { found: false } }
  'session.delete': { params: { key: string }; answer: { deleted: boolean } }
  'session.pop': { params: { key: string; default?: JsonValue }; answer: { found: boolean; value?: JsonValue } }
  'session.setdefault': { params: { key: string; value: JsonValue }; answer: { value: JsonValue } }
  'session.update': { params: { values: Record<string, JsonValue> }; answer: { updated: number } }
  'session.read': { params: Record<string, never>; answer: { data: Record<string, JsonValue> } }
  'session.clear': { params: Record<string, never>; answer: { cleared: true } }
  'session.flush': { params: Record<string, never>; answer: { flushed: true } }
  'session.cycleKey': { params: Record<string, never>; answer: { cycled: true } }
  'session.save': { params: Record<string, never>; answer: { saved: true } }
  'session.markModified': { params: Record<string, never>; answer: { marked: true } }
  'session.ignore': { params: Record<string, never>; answer: { ignored: true } }
  'session.fail': { params: { status: number; key?: string; value?: JsonValue }; answer: { failed: number } }
  'session.info': { params: Record<string, never>; answer: { sessionKey: string | null; exists: boolean; empty: boolean } }
}

export interface ExpiryReport { expiryAge: number; expiryDate: number; expireAtBrowserClose: boolean }

export interface FixtureOperations {
  'session.setExpiry': { params: { seconds: number } | { at: string } | { duration: string } | { none: true }; answer: ExpiryReport }
  'session.expiry': { params: Record<string, never>; answer: ExpiryReport }
}

/** A message as the fixture API reports it. */
export interface ReportedMessage {
  level: number
  text: string
  /** Django profile: a target that reports no tags fails only the django scenarios that check them. */
  levelTag?: string
  tags?: string
  extraTags?: string | null
  safe?: boolean
}

export interface MessageParams {
  text: string
  level: number | 'debug' | 'info' | 'success' | 'warning' | 'error'
  extraTags?: string
  safe?: boolean
  requestLevel?: number | null
}

export interface FixtureOperations {
  'messages.add': { params: MessageParams; answer: { added: boolean } }
  'messages.addMany': { params: { messages: MessageParams[]; thenList?: boolean }; answer: { added: number; messages?: ReportedMessage[] } }
  'messages.list': { params: Record<string, never>; answer: { messages: ReportedMessage[] } }
  'messages.count': { params: Record<string, never>; answer: { count: number } }
  'messages.render': { params: Record<string, never>; answer: { html: string } }
  'messages.addAndRedirect': { params: MessageParams; answer: { status: number } }
}

/** Settings a scenario can switch through the control API (docs/fixture-api.md). */
export interface SettingsChange {
  engine?: string
  store?: string
  sessionCookieName?: string
  sessionCookieAge?: number
  sessionCookieDomain?: string | null
  sessionCookiePath?: string
  sessionCookieSecure?: boolean
  sessionCookieHttpOnly?: boolean
  sessionCookieSameSite?: string | false
  sessionSaveEveryRequest?: boolean
  sessionExpireAtBrowserClose?: boolean
  messageStorage?: 'cookie' | 'session' | 'fallback'
  messageLevel?: number
  messageTags?: Record<string, string>
  /** SECRET_KEY: what signs cookies, sessions and messages, and what check W009 looks at. */
  secretKey?: string
  /** SIGNED_COOKIE_LEGACY_SALT_FALLBACK (Django 5.2.17): also read signed cookies under the legacy salt. */
  signedCookieLegacySaltFallback?: boolean
}

export interface ControlOperations {
  'settings.set': { params: SettingsChange; answer: { settings: Record<string, unknown> } | { unavailable: string } }
  'sessions.count': { params: Record<string, never>; answer: { count: number } | Rejected }
  'sessions.exists': { params: { sessionKey: string }; answer: { exists: boolean } }
  'sessions.purge': { params: Record<string, never>; answer: { purged: number; exitStatus: 0 } | { exitStatus: 1; error: string } }
  'sessions.plant': { params: { count: number; expiresIn: number }; answer: { planted: number } }
  'clock.get': { params: Record<string, never>; answer: { now: number } }
  'clock.set': { params: { now: number }; answer: { now: number } }
  'clock.advance': { params: { seconds: number }; answer: { now: number } }
  reset: { params: Record<string, never>; answer: { reset: true } }
  'checks.run': { params: Record<string, never>; answer: { checks: ReportedCheck[] } }
}

/** A deployment check as a target reports it (Django's check framework: id and level). */
export interface ReportedCheck {
  id: string
  level: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL'
}

export type FixtureOperation = keyof FixtureOperations
export type ControlOperation = keyof ControlOperations
export type OperationName = FixtureOperation | ControlOperation

export function isRejected(answer: unknown): answer is Rejected {
  return typeof answer === 'object' && answer !== null && 'rejected' in answer
}
