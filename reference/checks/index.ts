// What the deployment checks see of the reference server: its settings of the moment, as
// Django's `check --deploy` looks at its own settings (run by the control operation checks.run,
// reference/control/checks.ts).
import type { CheckInput } from '../../lib/checks/deployment-checks.js'
import type { MessageSettingsRuntime } from '../messages/settings.js'
import type { SessionRuntime } from '../sessions/runtime.js'
import type { SigningSettingsRuntime } from '../signing/settings.js'

export interface ChecksSources {
  sessions: SessionRuntime
  messages: MessageSettingsRuntime
  signing: SigningSettingsRuntime
}

/** What the checks see: every setting they look at, as the server runs now. */
export function currentCheckInput({ sessions, messages, signing }: ChecksSources): CheckInput {
  const session = sessions.settings
  return {
    secretKey: signing.settings.secretKey,
    secretKeyFallbacks: signing.settings.secretKeyFallbacks,
    sessionCookieSecure: session.sessionCookieSecure,
    sessionCookieHttpOnly: session.sessionCookieHttpOnly,
    sessionCookieSameSite: session.sessionCookieSameSite,
    // The reference server always runs its session middleware before the message middleware.
    sessionMiddleware: true,
    messageStorage: messages.settings.messageStorage,
  }
}
