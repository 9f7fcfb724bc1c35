import { parseSetCookieLine, attribute } from '../agent/set-cookie-line.js'
import { UserAgent } from '../agent/user-agent.js'
import { VirtualClock } from '../agent/virtual-clock.js'
import type { TargetDriver } from '../driver/http-driver.js'
import { systemNow } from '../runtime/system-clock.js'
import type { CheckInput } from '../../lib/checks/deployment-checks.js'

/**
 * Gathers what the deployment checks look at: the target's settings (reported by its control
 * API when it has one, else declared in its target file) and its session cookie as a browser
 * receives it, observed by storing a value in a fresh visitor's session.
 */
export async function inspectTarget(driver: TargetDriver): Promise<CheckInput> {
  const { target } = driver
  let settings: Record<string, unknown> = { ...target.settings }
  if (target.capabilities.includes('settings')) {
    const answer = await driver.control('settings.set', {})
    if ('settings' in answer) settings = { ...settings, ...answer.settings }
  }
  const input: CheckInput = {
    secretKey: target.settings.secretKey,
    sessionCookieSecure: settings.sessionCookieSecure as boolean | undefined,
    sessionCookieHttpOnly: settings.sessionCookieHttpOnly as boolean | undefined,
    sessionCookieSameSite: settings.sessionCookieSameSite as string | false | undefined,
    sessionMiddleware: target.engines.length > 0,
    messageStorage: settings.messageStorage as string | undefined,
    sessionFileDirectoryMode: settings.engine === 'file' ? (settings.sessionFileDirectoryMode as number | undefined) : undefined,
  }
  if (target.engines.length > 0) {
    const visitor = new UserAgent(new VirtualClock(systemNow().getTime()))
    const { exchange } = await driver.visit(visitor, 'session.set', { key: 'sessionspec-check', value: true })
    const name = (settings.sessionCookieName as string | undefined) ?? 'sessionid'
    const line = exchange.response.setCookies.map(parseSetCookieLine).find((c) => c.name === name)
    if (line) {
      input.observedSessionCookie = {
        secure: attribute(line, 'secure').present,
        httpOnly: attribute(line, 'httponly').present,
        sameSite: attribute(line, 'samesite').value,
      }
    }
  }
  return input
}
