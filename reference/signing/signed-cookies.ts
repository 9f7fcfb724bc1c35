import {
  BadSignature, cookieSignerSalt, getCookieSigner, legacyCookieSignerSalt, SignatureExpired, type SigningKey,
} from '../../lib/signing/index.js'
import type { CookieOptions, ResponseCookies } from '../cookies/serialize.js'

export interface CookieSigningSettings {
  secretKey: SigningKey
  secretKeyFallbacks?: readonly SigningKey[]
  /** SIGNED_COOKIE_LEGACY_SALT_FALLBACK (default on): also read values signed under the legacy salt. */
  legacySaltFallback?: boolean
}

/** The request carries no cookie of that name: Django's get_signed_cookie raises KeyError (029).
 * Always caught by the caller, so it needs no name of its own. */
export class MissingCookie extends Error {}

/** 026-028: the value is signed with the v2 salt of (name, salt); every other argument goes to set_cookie. */
export function setSignedCookie(
  cookies: ResponseCookies,
  name: string,
  value: string,
  options: CookieOptions & { salt?: string },
  signing: CookieSigningSettings,
  now: number,
): void {
  const { salt = '', ...cookieOptions } = options
  const signer = getCookieSigner({ ...signing, salt: cookieSignerSalt(name, salt) })
  cookies.set(name, signer.sign(value, now), cookieOptions, now)
}

/**
 * 187-189: under the v2 salt first; a bad signature (not an expired one) is tried again under the
 * legacy salt while the fallback is on, as Django 5.2.17's `_unsign_cookie` does.
 */
function unsignCookie(signedValue: string, name: string, options: { salt?: string; maxAge?: number }, signing: CookieSigningSettings, now: number): string {
  const check = options.maxAge === undefined ? undefined : { maxAge: options.maxAge, now }
  const unsignWith = (salt: string) => getCookieSigner({ ...signing, salt }).unsign(signedValue, check)
  try {
    return unsignWith(cookieSignerSalt(name, options.salt))
  } catch (error) {
    const fallback = signing.legacySaltFallback ?? true
    if (!fallback || !(error instanceof BadSignature) || error instanceof SignatureExpired) throw error
    return unsignWith(legacyCookieSignerSalt(name, options.salt))
  }
}

/**
 * 029-032: Django's get_signed_cookie without a default: the value, or it raises. MissingCookie
 * when the request carries no such cookie, SignatureExpired when the signature is older than
 * maxAge seconds, BadSignature when it does not verify. The caller (the fixture operation, the
 * demo page) decides what each outcome becomes.
 */
export function getSignedCookie(
  requestCookies: ReadonlyMap<string, string>,
  name: string,
  options: { salt?: string; maxAge?: number },
  signing: CookieSigningSettings,
  now: number,
): string {
  const signedValue = requestCookies.get(name)
  if (signedValue === undefined) throw new MissingCookie(name)
  return unsignCookie(signedValue, name, options, signing, now)
}
