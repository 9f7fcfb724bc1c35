// The signing settings the control API switches (docs/fixture-api.md, settings.set): SECRET_KEY
// and SIGNED_COOKIE_LEGACY_SALT_FALLBACK, with the start-up values `reset` returns to. Everything
// that signs (cookies, sessions, messages) reads the secret key from here when it signs.
import { forgetDerivedKeys } from '../../lib/signing/index.js'
import type { ParamReader } from '../pipeline/params.js'
import type { CookieSigningSettings } from './signed-cookies.js'

export interface SigningSettings {
  /** SECRET_KEY */
  secretKey: string
  /** SIGNED_COOKIE_LEGACY_SALT_FALLBACK: Django 5.2.17's default is True (188). */
  signedCookieLegacySaltFallback: boolean
}

export const DJANGO_SIGNING_DEFAULTS: Readonly<Omit<SigningSettings, 'secretKey'>> = { signedCookieLegacySaltFallback: true }

export class SigningSettingsRuntime {
  readonly #startup: SigningSettings
  #settings: SigningSettings

  constructor(secretKey: string, startup: Partial<SigningSettings> = {}) {
    this.#startup = { ...DJANGO_SIGNING_DEFAULTS, secretKey, ...startup }
    this.#settings = { ...this.#startup }
    forgetDerivedKeys()
  }

  get settings(): Readonly<SigningSettings> {
    return this.#settings
  }

  /** What signs and reads signed cookies now. */
  get cookieSigning(): CookieSigningSettings {
    return { secretKey: this.#settings.secretKey, legacySaltFallback: this.#settings.signedCookieLegacySaltFallback }
  }

  change(change: Partial<SigningSettings>): void {
    this.#settings = { ...this.#settings, ...change }
  }

  reset(): void {
    this.#settings = { ...this.#startup }
  }
}

/** The signing settings a settings.set asks for. */
export function readSigningSettings(params: ParamReader): Partial<SigningSettings> {
  const change: Partial<SigningSettings> = {}
  const secretKey = params.optionalString('secretKey')
  if (secretKey !== undefined) change.secretKey = secretKey || params.reject('secretKey', 'a non-empty string')
  const fallback = params.optionalBoolean('signedCookieLegacySaltFallback')
  if (fallback !== undefined) change.signedCookieLegacySaltFallback = fallback
  return change
}

/** The settings an answer may show: not the secret key. */
export function shownSigningSettings(settings: SigningSettings): Omit<SigningSettings, 'secretKey'> {
  const { secretKey: _secret, ...shown } = settings
  return shown
}
