// How settings.set reads the signing settings (docs/fixture-api.md, "Settings and store
// inspection"): SECRET_KEY, a non-empty string, SECRET_KEY_FALLBACKS, a list of them, and
// SIGNED_COOKIE_LEGACY_SALT_FALLBACK, a boolean; and which of them its answer shows (not the
// secret keys). What the settings do is the signing
// area's (reference/signing); reading the parameters and writing the answer are the operation layer's.
import type { SigningSettings } from '../signing/settings.js'
import type { ParamReader } from '../pipeline/params.js'

/** The signing settings a settings.set asks for. */
export function readSigningSettings(params: ParamReader): Partial<SigningSettings> {
  const change: Partial<SigningSettings> = {}
  const secretKey = params.optionalString('secretKey')
  if (secretKey !== undefined) change.secretKey = secretKey || params.reject('secretKey', 'a non-empty string')
  const fallbacks = params.optionalList('secretKeyFallbacks')
  if (fallbacks !== undefined) {
    if (!fallbacks.every((key): key is string => typeof key === 'string' && key !== '')) params.reject('secretKeyFallbacks', 'a list of non-empty strings')
    change.secretKeyFallbacks = fallbacks
  }
  const fallback = params.optionalBoolean('signedCookieLegacySaltFallback')
  if (fallback !== undefined) change.signedCookieLegacySaltFallback = fallback
  return change
}

/** The settings an answer may show: not the secret key, nor the former ones. */
export function shownSigningSettings(settings: SigningSettings): Omit<SigningSettings, 'secretKey' | 'secretKeyFallbacks'> {
  const { secretKey: _secret, secretKeyFallbacks: _former, ...shown } = settings
  return shown
}
