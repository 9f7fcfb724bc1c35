import { BadSignature, getCookieSigner, SignatureExpired, type SigningKey } from '../../lib/signing/index.js'
import type { CookieOptions, ResponseCookies } from '../cookies/serialize.js'

export interface CookieSigningSettings {
  secretKey: SigningKey
  secretKeyFallbacks?: readonly SigningKey[]
}

export type SignedCookieResult =
  | { found: true; value: string }
  | { found: false; reason: 'missing' | 'bad-signature' | 'expired' }

/** 026-028: the value is signed with salt name + salt; every other argument goes to set_cookie. */
export function setSignedCookie(
  cookies: ResponseCookies,
  name: string,
  value: string,
  options: CookieOptions & { salt?: string },
  signing: CookieSigningSettings,
  now: number,
): void {
  const { salt = '', ...cookieOptions } = options
  const signer = getCookieSigner({ ...signing, salt: name + salt })
  cookies.set(name, signer.sign(value, now), cookieOptions, now)
}

/** 029-032: missing, a signature that does not verify, or one older than maxAge seconds. */
export function getSignedCookie(
  requestCookies: ReadonlyMap<string, string>,
  name: string,
  options: { salt?: string; maxAge?: number },
  signing: CookieSigningSettings,
  now: number,
): SignedCookieResult {
  const signedValue = requestCookies.get(name)
  if (signedValue === undefined) return { found: false, reason: 'missing' }
  const signer = getCookieSigner({ ...signing, salt: name + (options.salt ?? '') })
  try {
    const check = options.maxAge === undefined ? undefined : { maxAge: options.maxAge, now }
    return { found: true, value: signer.unsign(signedValue, check) }
  } catch (error) {
    if (error instanceof SignatureExpired) return { found: false, reason: 'expired' }
    if (error instanceof BadSignature) return { found: false, reason: 'bad-signature' }
    throw error
  }
}
