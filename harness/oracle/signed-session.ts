import { decodePayload, dumps, encodePayload } from '../../lib/signing/index.js'
import { TamperImpossible } from './signed-cookie.js'

const SESSION_SALT = 'django.contrib.sessions.backends.signed_cookies'

/**
 * What Django's signed_cookies engine writes for `data` at `now` (083). Compressed payloads are
 * compared byte for byte too: the project's deflate (pako) matches CPython's zlib, so a target
 * whose zlib differs fails here while still being readable by Django; the feature says so.
 */
export function djangoSignedSession(data: unknown, secretKey: string, now: number): string {
  return dumps(data, { key: secretKey, salt: SESSION_SALT, compress: true, now })
}

/** The session data anyone can read from a signed-cookies session value, without the key (SG-08). */
export function readableSessionPayload(value: string): unknown {
  if (value.split(':').length < 3) throw new TamperImpossible(`the session cookie ${JSON.stringify(value)} is not in Django's form payload:timestamp:signature`)
  const payload = value.split(':').slice(0, -2).join(':')
  return decodePayload(payload)
}

/** The same value with its payload replaced by other data, timestamp and signature kept: a forgery. */
export function replacePayload(value: string, data: unknown): string {
  const parts = value.split(':')
  if (parts.length < 3) throw new TamperImpossible(`the session cookie ${JSON.stringify(value)} is not in Django's form payload:timestamp:signature`)
  return [encodePayload(data), ...parts.slice(-2)].join(':')
}
