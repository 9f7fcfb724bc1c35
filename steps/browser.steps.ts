import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { parseCookieAttributes } from '../harness/agent/cookie-form.js'
import type { CrossSiteArrival, Lifetime } from '../harness/agent/demo-site.js'
import type { CookieRef } from './support/parameter-types.js'
import type { SpecWorld } from './support/world.js'

// A real browser (Chromium) on the demo site: every step works through its pages and forms.
const DEFAULT_VALUE = 'dark'

function nameOf(world: SpecWorld, ref: CookieRef): string {
  return 'session' in ref ? world.sessionCookie : ref.name
}

async function putInCart(this: SpecWorld, item: string): Promise<void> {
  await (await this.demoSite()).addToCart(item)
}
Given('the visitor has put {string} in the cart', putInCart)
When('the visitor puts {string} in the cart', putInCart)

async function chooseLifetime(this: SpecWorld, lifetime: string): Promise<void> {
  await (await this.demoSite()).chooseLifetime(lifetime as Lifetime)
}
Given('the visitor has chosen a {lifetime} session', chooseLifetime)
When('the visitor chooses a {lifetime} session', chooseLifetime)

When('the visitor closes the browser and opens it again', async function (this: SpecWorld) {
  await (await this.demoSite()).visitor.restart()
})

Given('the visitor\'s browser refuses all cookies', async function (this: SpecWorld) {
  await (await this.demoSite()).visitor.refuseAllCookies()
})

Given('the visitor browses the demo site at its {address-kind}', async function (this: SpecWorld, kind: 'host name' | 'IP address') {
  ;(await this.demoSite()).useAddress(kind)
})

async function setCookie(this: SpecWorld, name: string, attributes: string): Promise<void> {
  await (await this.demoSite()).setCookie(name, DEFAULT_VALUE, parseCookieAttributes(attributes))
}
Given('the visitor has set the cookie {string} on the cookie page', async function (this: SpecWorld, name: string) {
  await setCookie.call(this, name, '')
})
Given('the visitor has set the cookie {string} on the cookie page with {string}', setCookie)
When('the visitor sets the cookie {string} on the cookie page with {string}', setCookie)

When('the visitor sets the cookie {string} on the cookie page with {string} and its host as the Domain', async function (this: SpecWorld, name: string, attributes: string) {
  const site = await this.demoSite()
  await site.setCookie(name, DEFAULT_VALUE, { ...parseCookieAttributes(attributes), domain: site.host })
})

Given('a script on the page has changed the cookie {string} to {string}', async function (this: SpecWorld, name: string, value: string) {
  await (await this.demoSite()).changeCookieByScript(name, value)
})

When('the visitor opens the cookie page', async function (this: SpecWorld) {
  await (await this.demoSite()).open('/demo/cookies')
})

When('the visitor opens the cart', async function (this: SpecWorld) {
  await (await this.demoSite()).open('/demo/cart')
})

async function sendMessage(this: SpecWorld, level: string, text: string): Promise<void> {
  await (await this.demoSite()).sendMessage(level, text)
}
Given('the visitor has sent a/an {level} message {string} with the message form', sendMessage)
When('the visitor sends a/an {level} message {string} with the message form', sendMessage)

When('the visitor reloads the page', async function (this: SpecWorld) {
  await (await this.demoSite()).reload()
})

async function arrive(world: SpecWorld, how: CrossSiteArrival): Promise<void> {
  await (await world.demoSite()).arriveFromAnotherSite(how)
}
When('the visitor follows a link from another site to {demo-page}', async function (this: SpecWorld, page: string) {
  await arrive(this, page === 'the cart' ? 'link to the cart' : 'link to the cookie page')
})
When('the visitor posts a form from another site to the demo site', async function (this: SpecWorld) {
  await arrive(this, 'form post')
})
When('the visitor opens another site that embeds the demo site in a frame', async function (this: SpecWorld) {
  await arrive(this, 'frame')
})

Then('the cart lists {string}', async function (this: SpecWorld, item: string) {
  const items = await (await this.demoSite()).cartItems()
  assert.deepEqual(items, [item], `expected the cart to list ${JSON.stringify(item)} alone; it lists ${JSON.stringify(items)}`)
})

Then('the cart is empty', async function (this: SpecWorld) {
  const items = await (await this.demoSite()).cartItems()
  assert.deepEqual(items, [], `expected the cart to be empty; it lists ${JSON.stringify(items)}`)
})

Then('the page shows one {level} message {string}', async function (this: SpecWorld, level: string, text: string) {
  const shown = await (await this.demoSite()).shownMessages()
  assert.deepEqual(shown.map((m) => ({ level: m.tags.includes(level), text: m.text })), [{ level: true, text }], `expected the page to show one ${level} message ${JSON.stringify(text)}; it shows ${JSON.stringify(shown)}`)
})

Then('the page shows no message', async function (this: SpecWorld) {
  const shown = await (await this.demoSite()).shownMessages()
  assert.deepEqual(shown, [], `expected the page to show no message; it shows ${JSON.stringify(shown)}`)
})

Then('the request {carried} {cookie}', async function (this: SpecWorld, carried: boolean, ref: CookieRef) {
  const name = nameOf(this, ref)
  const received = await (await this.demoSite()).receivedCookies()
  assert.equal(received.includes(name), carried, `the server received ${JSON.stringify(received)}`)
})

Then('a script on the page sees {cookie}', async function (this: SpecWorld, ref: CookieRef) {
  const visible = await (await this.demoSite()).scriptCookies()
  assert.ok(visible.includes(nameOf(this, ref)), `document.cookie holds only ${JSON.stringify(visible)}`)
})

Then('a script on the page does not see {cookie}', async function (this: SpecWorld, ref: CookieRef) {
  const visible = await (await this.demoSite()).scriptCookies()
  assert.ok(!visible.includes(nameOf(this, ref)), `document.cookie shows it: ${JSON.stringify(visible)}`)
})

Then('Chromium {kept} {cookie}', async function (this: SpecWorld, kept: boolean, ref: CookieRef) {
  const cookie = await (await this.demoSite()).keptCookie(nameOf(this, ref))
  assert.equal(cookie !== undefined, kept, cookie ? `Chromium keeps ${cookie.name}=${cookie.value}` : 'Chromium keeps no such cookie')
})

Then('Chromium keeps {cookie} until the browser closes', async function (this: SpecWorld, ref: CookieRef) {
  const cookie = await (await this.demoSite()).keptCookie(nameOf(this, ref))
  assert.equal(cookie?.expires, -1, 'a cookie without an expiry shows expires -1')
})

Then('the cookie page reads the signed cookie {string} as {string}', async function (this: SpecWorld, name: string, value: string) {
  const reading = await (await this.demoSite()).signedReading(name)
  assert.equal(reading, `signature valid: ${value}`, `expected the page to read the signed cookie "${name}" as ${JSON.stringify(value)} with a valid signature; it reads ${JSON.stringify(reading)}`)
})

Then('the cookie page finds the signed cookie {string} altered', async function (this: SpecWorld, name: string) {
  const reading = await (await this.demoSite()).signedReading(name)
  assert.equal(reading, 'not signed, or altered', `expected the page to find the signed cookie "${name}" not signed, or altered; it reads ${JSON.stringify(reading)}`)
})

Then('the page address carries no session key', async function (this: SpecWorld) {
  const address = new URL((await this.demoSite()).pageAddress())
  assert.equal(address.search + address.hash, '', `the address is ${address.href}`)
  assert.ok(!address.pathname.includes(this.sessionCookie), `the address is ${address.href}`)
})
