import type { SigningAlgorithm, SigningKey } from './salted-hmac.js'
import { keyBytes } from './salted-hmac.js'
import { TimestampSigner } from './signer.js'

export interface CookieSignerOptions {
  secretKey: SigningKey
  secretKeyFallbacks?: readonly SigningKey[]
  /** set_signed_cookie passes cookie name + salt (027); messages pass "django.contrib.messages". */
  salt?: string
  algorithm?: SigningAlgorithm
}

/** 027: "django.http.cookies" is part of the key, prepended to the secret, not of the salt. */
export function cookieSignerKey(secretKey: SigningKey): Buffer {
  return Buffer.concat([Buffer.from('django.http.cookies', 'utf8'), keyBytes(secretKey)])
}

export function getCookieSigner(options: CookieSignerOptions): TimestampSigner {
  return new TimestampSigner({
    key: cookieSignerKey(options.secretKey),
    fallbackKeys: (options.secretKeyFallbacks ?? []).map(cookieSignerKey),
    salt: options.salt || 'django.core.signing.get_cookie_signer',
    algorithm: options.algorithm,
  })
}
