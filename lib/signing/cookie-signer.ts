import type { SigningAlgorithm, SigningKey } from './salted-hmac.js'
import { keyBytes } from './salted-hmac.js'
import { TimestampSigner } from './signer.js'

export interface CookieSignerOptions {
  secretKey: SigningKey
  secretKeyFallbacks?: readonly SigningKey[]
  /** set_signed_cookie passes cookieSignerSalt(name, salt) (027); messages pass "django.contrib.messages". */
  salt?: string
  algorithm?: SigningAlgorithm
}

/** 027: "django.http.cookies" is part of the key, prepended to the secret, not of the salt. */
export function cookieSignerKey(secretKey: SigningKey): Buffer {
  return Buffer.concat([Buffer.from('django.http.cookies', 'utf8'), keyBytes(secretKey)])
}

/**
 * 027: the salt set_signed_cookie signs with since Django 5.2.17 (`_cookie_signer_salt` in
 * django/core/signing.py): "Prefix the salt length so (cookie_name, salt) pairs can't collide".
 */
export function cookieSignerSalt(cookieName: string, salt = ''): string {
  return `django.http.cookies.v2:${[...salt].length}:${salt}${cookieName}`
}

/** 027: the salt of Django 5.2.16 and earlier, still read while SIGNED_COOKIE_LEGACY_SALT_FALLBACK is on. */
export function legacyCookieSignerSalt(cookieName: string, salt = ''): string {
  return cookieName + salt
}

export function getCookieSigner(options: CookieSignerOptions): TimestampSigner {
  return new TimestampSigner({
    key: cookieSignerKey(options.secretKey),
    fallbackKeys: (options.secretKeyFallbacks ?? []).map(cookieSignerKey),
    salt: options.salt || 'django.core.signing.get_cookie_signer',
    algorithm: options.algorithm,
  })
}
