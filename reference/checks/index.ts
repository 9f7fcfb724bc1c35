// The control operation checks.run (docs/fixture-api.md, "Deployment checks"): the deployment
// checks of lib/checks over the reference server's settings of the moment, as Django's
// `check --deploy` looks at its own settings.
import { runDeploymentChecks, type CheckInput } from '../../lib/checks/deployment-checks.js'
import type { OperationTable } from '../pipeline/operation.js'
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
    sessionCookieSecure: session.sessionCookieSecure,
    sessionCookieHttpOnly: session.sessionCookieHttpOnly,
    sessionCookieSameSite: session.sessionCookieSameSite,
    // The reference server always runs its session middleware before the message middleware.
    sessionMiddleware: true,
    messageStorage: messages.settings.messageStorage,
  }
}

export function checksOperations(sources: ChecksSources): OperationTable {
  return new Map([
    ['checks.run', ({ params }) => {
      params.done()
      return { checks: runDeploymentChecks(currentCheckInput(sources)).map(({ id, level }) => ({ id, level })) }
    }],
  ])
}
