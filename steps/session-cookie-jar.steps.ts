// The visitor's browser and its session cookie: a cookie planted, sent as written, moved to
// another name, copied and brought back later, or its session ended from another browser.
import { Given, When } from '@cucumber/cucumber'
import { UserAgent } from '../harness/agent/user-agent.js'
import { heldSessionKey } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

Given('the visitor\'s browser holds the session cookie {string}', async function (this: SpecWorld, value: string) {
  await this.agent.jar.plant(this.sessionCookie, value, this.driver.baseUrl)
})
Given('the visitor\'s browser holds a session cookie of {int} lowercase letters', async function (this: SpecWorld, length: number) {
  await this.agent.jar.plant(this.sessionCookie, 'k'.repeat(length), this.driver.baseUrl)
})

// Sent as a browser sends text, in UTF-8: a key made up of characters no server draws.
Given('the visitor\'s browser sends a session cookie of {int} {string} characters', function (this: SpecWorld, length: number, character: string) {
  this.agent.sendNextWithCookieHeaders([Buffer.from(`${this.sessionCookie}=${character.repeat(length)}`, 'utf8').toString('latin1')])
})

Given('the visitor\'s session key is sent under the cookie name {string} instead', async function (this: SpecWorld, name: string) {
  const key = await heldSessionKey(this)
  if (key === undefined) throw new Error('the visitor holds no session cookie to move')
  await this.agent.jar.forget(this.sessionCookie)
  await this.agent.jar.plant(name, key, this.driver.baseUrl)
})

// The file engine names a session's file SESSION_COOKIE_NAME + key: the cookie becomes
// "<path>/<that file name>", which a path join would lead back to the same file.
Given('the visitor\'s session cookie names its own file through the path {string}', async function (this: SpecWorld, path: string) {
  const key = await heldSessionKey(this)
  if (key === undefined) throw new Error('the visitor holds no session cookie to rewrite')
  await this.agent.jar.plant(this.sessionCookie, `${path}/${this.sessionCookie}${key}`, this.driver.baseUrl)
})

Given('the visitor kept a copy of the session cookie', async function (this: SpecWorld) {
  const key = await heldSessionKey(this)
  if (key === undefined) throw new Error('the visitor holds no session cookie to copy')
  this.copiedSessionKey = key
})

async function comeBackWithCopy(this: SpecWorld): Promise<void> {
  await this.agent.jar.plant(this.sessionCookie, this.copiedSessionKey ?? '', this.driver.baseUrl)
  await this.visit('session.read', {})
}
When('the visitor comes back with the copied session cookie', comeBackWithCopy)
Given('the visitor has come back with the copied session cookie', comeBackWithCopy)

Given('the visitor\'s session was ended from another browser', async function (this: SpecWorld) {
  const other = new UserAgent(this.clock)
  await other.jar.plant(this.sessionCookie, (await heldSessionKey(this)) ?? '', this.driver.baseUrl)
  await this.driver.visit(other, 'session.flush', {})
})

When('another visitor reads {string} from their session', async function (this: SpecWorld, key: string) {
  this.readKey = key
  this.lastAnswer = (await this.driver.visit(new UserAgent(this.clock), 'session.get', { key })).answer
})
