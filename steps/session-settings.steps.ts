// The session settings a scenario states (SESSION_COOKIE_*, SESSION_SAVE_EVERY_REQUEST,
// SESSION_EXPIRE_AT_BROWSER_CLOSE), switched through the control API's settings.set.
import { Given, type DataTable } from '@cucumber/cucumber'
import type { SettingsChange } from '../harness/driver/operations.js'
import { parseDuration } from '../harness/runtime/duration.js'
import { settle } from './support/settle.js'
import type { SpecWorld } from './support/world.js'

Given('the session cookie settings are:', async function (this: SpecWorld, table: DataTable) {
  const change: SettingsChange = {}
  for (const [name, value] of table.raw()) {
    if (name === 'name') change.sessionCookieName = value
    else if (name === 'age') change.sessionCookieAge = parseDuration(value)
    else if (name === 'domain') change.sessionCookieDomain = value === 'none' ? null : value
    else if (name === 'path') change.sessionCookiePath = value
    else if (name === 'secure') change.sessionCookieSecure = value === 'yes'
    else if (name === 'httponly') change.sessionCookieHttpOnly = value === 'yes'
    // "off" leaves the attribute out (SESSION_COOKIE_SAMESITE = False); any other word is sent as
    // written, so None, none and NONE are three settings (the server writes the spelling it is given).
    else if (name === 'samesite') change.sessionCookieSameSite = value === 'off' ? false : value
    else throw new Error(`unknown session cookie setting "${name}"`)
  }
  return settle(this, change)
})
Given('sessions are saved on every request', function (this: SpecWorld) {
  return settle(this, { sessionSaveEveryRequest: true })
})
Given('sessions expire when the browser closes', function (this: SpecWorld) {
  return settle(this, { sessionExpireAtBrowserClose: true })
})
