// How session data is written down: the db/file record (066) and the signed_cookies cookie
// value (083). Both are signing.dumps(data, compress=True) keyed with SECRET_KEY itself (no
// "django.http.cookies" prefix); only the salt differs.
import { BadSignature, decodePayloadText, dumps, TimestampSigner, type SigningKey } from '../../lib/signing/index.js'
import type { SessionData } from './engine.js'
import { parseSessionJson } from './ordered-json.js'
import { writeLogLine } from '../log-sink.js'

/** 066: "django.contrib.sessions." + the store class's __qualname__, which is SessionStore for every built-in engine. */
export const SESSION_STORE_SALT = 'django.contrib.sessions.SessionStore'
/** 083 */
export const SIGNED_COOKIES_SALT = 'django.contrib.sessions.backends.signed_cookies'

/**
 * The longest record text read (a db row, a session file). The writer refuses a session over
 * MAX_PAYLOAD_BYTES of JSON, whose signed record (base64 of at most that much zlib output and a
 * signature) stays under this, so every record the server wrote is read; a longer one was
 * planted and is corrupted data, never decoded.
 */
export const MAX_SESSION_RECORD_CHARS = 4 * 1024 * 1024

/** SECRET_KEY and SECRET_KEY_FALLBACKS of the moment (034): the key signs; it and the former keys read. */
export interface SessionKeys {
  secretKey: SigningKey
  fallbacks: readonly SigningKey[]
}

/** What an engine signs with: the keys of the moment when the server can switch them, else one fixed key. */
export type SessionKeySource = () => SessionKeys

export function fixedKeys(secretKey: SigningKey): SessionKeySource {
  const keys: SessionKeys = { secretKey, fallbacks: [] }
  return () => keys
}

/** 067: where "Session data corrupted" goes (Django's logger django.security.SuspiciousSession). */
export type SecurityLog = (line: string) => void

export const stderrSecurityLog: SecurityLog = (line) => {
  writeLogLine(`django.security.SuspiciousSession: ${line}`)
}

function signedText(data: SessionData, salt: string, key: SigningKey, now: number): string {
  return dumps(data, { key, salt, compress: true, now })
}

/** loads(): BadSignature or SignatureExpired when the signature does not hold, else the data or
 * undefined when the payload is not a JSON object, or not one within the decoding bounds
 * (lib/signing/bounds.ts): Django's decode() reads any other failure as an empty session. */
function loadsData(value: string, salt: string, key: SigningKey, fallbacks: readonly SigningKey[], check?: { maxAge: number; now: number }): SessionData | undefined {
  const signer = new TimestampSigner({ key, fallbackKeys: fallbacks, salt })
  const payload = signer.unsign(value, check)
  try {
    return parseSessionJson(decodePayloadText(payload))
  } catch {
    return undefined
  }
}

/** 066: the string a db row, a cached_db row or a session file holds. */
export function encodeSessionData(data: SessionData, secretKey: SigningKey, now: number): string {
  return signedText(data, SESSION_STORE_SALT, secretKey, now)
}

/** 067: a bad signature reads as an empty session and logs "Session data corrupted"; a valid
 * signature over something that is not a JSON object reads as empty without a log line. */
export function decodeSessionData(text: string, secretKey: SigningKey, log: SecurityLog = stderrSecurityLog, fallbacks: readonly SigningKey[] = []): SessionData {
  if (text.length > MAX_SESSION_RECORD_CHARS) {
    log('Session data corrupted')
    return new Map()
  }
  try {
    return loadsData(text, SESSION_STORE_SALT, secretKey, fallbacks) ?? new Map()
  } catch (error) {
    if (!(error instanceof BadSignature)) throw error
    log('Session data corrupted')
    return new Map()
  }
}

/** 083: the value of the signed_cookies session cookie, re-signed at `now` on every save (087). */
export function encodeSignedCookieSession(data: SessionData, secretKey: SigningKey, now: number): string {
  return signedText(data, SIGNED_COOKIES_SALT, secretKey, now)
}

/** 084: the data of a cookie value, or undefined when tampered, older than maxAge seconds, or
 * not a session (Django resets the session in every such case, without logging). */
export function decodeSignedCookieSession(value: string, secretKey: SigningKey, now: number, maxAge: number, fallbacks: readonly SigningKey[] = []): SessionData | undefined {
  try {
    return loadsData(value, SIGNED_COOKIES_SALT, secretKey, fallbacks, { maxAge, now })
  } catch (error) {
    if (error instanceof BadSignature) return undefined
    throw error
  }
}
