// The signed_cookies engine (083-087): the cookie value is the whole session, signed (not
// encrypted) with SECRET_KEY. Nothing is stored on the server, so a replayed cookie stays
// valid until SESSION_COOKIE_AGE after it was signed, whatever custom expiry it carries (085).
import type { SigningKey } from '../../../lib/signing/index.js'
import type { ClientSideEngine } from '../engine.js'
import { decodeSignedCookieSession, encodeSignedCookieSession, fixedKeys, type SessionKeySource } from '../serialization.js'

export interface SignedCookiesEngineOptions {
  secretKey: SigningKey
  /** The keys of the moment, when the server can switch them (they then take the place of secretKey). */
  keys?: SessionKeySource
}

export function createSignedCookiesEngine({ secretKey, keys = fixedKeys(secretKey) }: SignedCookiesEngineOptions): ClientSideEngine {
  return {
    kind: 'client',
    id: 'signed-cookies',
    // 086: exists() is always false and delete() only empties the value; 103: purging is a no-op.
    encode(data, now) {
      return encodeSignedCookieSession(data, keys().secretKey, now)
    },
    /** 084: max_age is the session cookie age, checked against the embedded timestamp. */
    decode(value, now, maxAge) {
      const { secretKey: current, fallbacks } = keys()
      return decodeSignedCookieSession(value, current, now, maxAge, fallbacks)
    },
    async clearExpired() {
      return 0
    },
    async close() {},
  }
}
