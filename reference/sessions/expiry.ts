// The arithmetic of a session's lifetime (catalogue F), as pure functions of the stored
// `_session_expiry` value, the clock's now and the settings. The session object and the
// file engine both use them, so the rules live once.
import { parseIsoDateTime } from '../pipeline/iso-time.js'

/** 093: the data key that holds a custom expiry. */
export const EXPIRY_KEY = '_session_expiry'

/** What set_expiry() accepts (090-094): seconds (090; 0 = browser close, 096), none (094: back
 * to the settings), a date in Unix seconds (091), or a duration from now in seconds (092). */
export type ExpiryChange =
  | { seconds: number }
  | { none: true }
  | { at: number }
  | { after: number }

/** A stored value read back: whole-policy ages stay numbers, dates (ISO strings) become Unix seconds. */
type StoredExpiry = { seconds: number } | { at: number } | undefined

/** Python's `if not expiry`: None, 0 and "" all mean "no custom expiry" for the age. */
function readStored(value: unknown): StoredExpiry {
  if (typeof value === 'number') return value === 0 ? undefined : { seconds: value }
  if (typeof value === 'string' && value !== '') {
    const at = parseIsoDateTime(value)
    if (at !== undefined) return { at }
  }
  return undefined
}

/** timedelta.days * 86400 + timedelta.seconds of (at - now): whole seconds, rounded down,
 * microseconds dropped, so usually one less than expected (091). */
export function secondsUntil(at: number, now: number): number {
  return Math.floor(Math.round((at - now) * 1e6) / 1e6)
}

/** get_expiry_age (089-091): the cookie age, the stored seconds, or whole seconds until the date. */
export function expiryAge(stored: unknown, now: number, cookieAge: number): number {
  const expiry = readStored(stored)
  if (expiry === undefined) return cookieAge
  if ('seconds' in expiry) return expiry.seconds
  return secondsUntil(expiry.at, now)
}

/** get_expiry_date (097): a stored date as is; otherwise now + (stored seconds or the cookie age). */
export function expiryDate(stored: unknown, now: number, cookieAge: number): number {
  const expiry = readStored(stored)
  if (expiry !== undefined && 'at' in expiry) return expiry.at
  return now + (expiry?.seconds ?? cookieAge)
}

/** get_expire_at_browser_close (096): the setting without a custom expiry, else exactly when it
 * equals 0 in Python, where False == 0 too (EXP-SET-073). */
export function expiresAtBrowserClose(stored: unknown, setting: boolean): boolean {
  if (stored === undefined || stored === null) return setting
  return stored === 0 || stored === false
}

/** datetime.isoformat() of an aware UTC datetime: microseconds only when non-zero, then +00:00 (093). */
export function formatIsoDateTime(unixSeconds: number): string {
  const micros = Math.round(unixSeconds * 1e6)
  const whole = Math.floor(micros / 1e6)
  const fraction = micros - whole * 1e6
  const text = new Date(whole * 1000).toISOString().slice(0, 19)
  return `${text}${fraction === 0 ? '' : `.${String(fraction).padStart(6, '0')}`}+00:00`
}

/** The value set_expiry() stores under EXPIRY_KEY, or undefined to remove it (094). Datetimes and
 * durations are stored as ISO strings, as main does (093); seconds stay numbers. */
export function storedExpiry(change: ExpiryChange, now: number): number | string | undefined {
  if ('none' in change) return undefined
  if ('seconds' in change) return change.seconds
  if ('at' in change) return formatIsoDateTime(change.at)
  return formatIsoDateTime(now + change.after)
}
