// The signing settings the control API switches (docs/fixture-api.md, settings.set): SECRET_KEY,
// SECRET_KEY_FALLBACKS and SIGNED_COOKIE_LEGACY_SALT_FALLBACK, with the start-up values `reset` returns to. Everything
// that signs (cookies, sessions, messages) reads the secret key from here when it signs; the
// control API reads the parameters (reference/control/signing-settings.ts).
import { forgetDerivedKeys } from '../../lib/signing/index.js'
import type { CookieSigningSettings } from './signed-cookies.js'

export interface SigningSettings {
  /** SECRET_KEY */
  secretKey: string
  /** SECRET_KEY_FALLBACKS (034): former keys whose signatures are still read; nothing is signed with them. */
  secretKeyFallbacks: readonly string[]
  /** SIGNED_COOKIE_LEGACY_SALT_FALLBACK: Django 5.2.17's default is True (188). */
  signedCookieLegacySaltFallback: boolean
}

export const DJANGO_SIGNING_DEFAULTS: Readonly<Omit<SigningSettings, 'secretKey'>> = { secretKeyFallbacks: [], signedCookieLegacySaltFallback: true }

export class SigningSettingsRuntime {
  readonly #startup: SigningSettings
  #settings: SigningSettings

  constructor(secretKey: string, startup: Partial<SigningSettings> = {}) {
    this.#startup = { ...DJANGO_SIGNING_DEFAULTS, secretKey, ...startup }
    this.#settings = this.reset()
  }

  get settings(): Readonly<SigningSettings> {
    return this.#settings
  }

  /** What signs and reads signed cookies now. */
  get cookieSigning(): CookieSigningSettings {
    const { secretKey, secretKeyFallbacks, signedCookieLegacySaltFallback } = this.#settings
    return { secretKey, secretKeyFallbacks, legacySaltFallback: signedCookieLegacySaltFallback }
  }

  change(change: Partial<SigningSettings>): void {
    this.#settings = { ...this.#settings, ...change }
  }

  /** The start-up settings again; keys derived before are derived again (lib/signing/salted-hmac.ts). */
  reset(): SigningSettings {
    forgetDerivedKeys()
    this.#settings = { ...this.#startup }
    return this.#settings
  }
}
