// The demo site as a visitor uses it in a real browser: its pages, forms and links, and what a
// page shows. Selectors live here and nowhere else; steps speak of carts, messages and cookies.
import type { Cookie } from 'playwright-core'
import { BrowserVisitor } from './browser-visitor.js'
import type { CookieFormFields } from './cookie-form.js'
import { addressOf, otherSiteOf } from './site-addresses.js'

export type Lifetime = 'browser-length' | 'persistent'
export type CrossSiteArrival = 'link to the cart' | 'link to the cookie page' | 'form post' | 'frame'

export interface ShownMessage { tags: string[]; text: string }

const CART = '/demo/cart'
const COOKIES = '/demo/cookies'
const SCRIPT_WRITE_WAIT_MS = 2000

/** "a=1; b=2" -> ["a", "b"] */
function cookieNames(header: string): string[] {
  return header.split(';').map((pair) => pair.split('=')[0].trim()).filter((name) => name !== '')
}

export class DemoSite {
  private origin: string

  private constructor(readonly visitor: BrowserVisitor, private readonly baseUrl: string) {
    this.origin = new URL(baseUrl).origin
  }

  static async open(baseUrl: string): Promise<DemoSite> {
    return new DemoSite(await BrowserVisitor.open(), baseUrl)
  }

  /** From now on the visitor types the site's address by its host name or its IP address. */
  useAddress(kind: 'host name' | 'IP address'): void {
    this.origin = addressOf(this.baseUrl, kind)
  }

  private get page() {
    return this.visitor.page
  }

  private isAt(path: string): boolean {
    const url = new URL(this.visitor.view.url())
    return url.origin === this.origin && url.pathname === path
  }

  async open(path: string): Promise<void> {
    await this.visitor.goto(this.origin + path)
  }

  private async openUnlessThere(path: string): Promise<void> {
    if (!this.isAt(path)) await this.open(path)
  }

  /**
   * Fills a form's fields in one go (text and select fields by value, checkboxes by a boolean,
   * radio groups by the value to choose): what typing would leave in the form, without the
   * per-keystroke cost. The submit itself is a real click.
   */
  private async fillForm(form: string, values: Record<string, string | boolean>): Promise<void> {
    const missing = await this.page.locator(form).evaluate((element, entries) => {
      const fields = (element as HTMLFormElement).elements
      const unknown: string[] = []
      for (const [name, value] of entries) {
        const field = fields.namedItem(name)
        if (field === null) unknown.push(name)
        else if (field instanceof RadioNodeList) field.value = String(value)
        else if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === true
        else (field as HTMLInputElement | HTMLSelectElement).value = String(value)
      }
      return unknown
    }, Object.entries(values))
    if (missing.length > 0) throw new Error(`the form ${form} has no field ${missing.join(', ')}`)
  }

  private async submit(selector: string): Promise<void> {
    await this.visitor.navigateBy(() => this.page.click(selector))
  }

  async addToCart(item: string): Promise<void> {
    await this.openUnlessThere(CART)
    await this.submit(`button[aria-label="Add ${item}"]`)
  }

  async chooseLifetime(lifetime: Lifetime): Promise<void> {
    await this.openUnlessThere(CART)
    await this.fillForm('#lifetime', { lifetime: lifetime === 'browser-length' ? 'browser' : 'persistent' })
    await this.submit('#lifetime button')
  }

  /** The items the cart page lists: the page in view if it is the cart, else a fresh look at it. */
  async cartItems(): Promise<string[]> {
    await this.openUnlessThere(CART)
    return this.page.locator('#cart-items [data-item]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item') ?? ''))
  }

  async sendMessage(level: string, text: string): Promise<void> {
    await this.open('/demo/messages')
    await this.fillForm('#message-form', { level, text })
    await this.submit('#message-form button')
  }

  async reload(): Promise<void> {
    await this.visitor.reload()
  }

  /** The flash messages the page in view shows (Django's <ul class="messages">). */
  async shownMessages(): Promise<ShownMessage[]> {
    return this.visitor.view.locator('ul.messages li').evaluateAll((items) =>
      items.map((item) => ({ tags: (item.getAttribute('class') ?? '').split(/\s+/).filter(Boolean), text: item.textContent ?? '' })))
  }

  async setCookie(name: string, value: string, fields: CookieFormFields): Promise<void> {
    await this.openUnlessThere(COOKIES)
    await this.fillForm('#cookie-form', {
      name, value, max_age: fields.maxAge, path: fields.path, domain: fields.domain, samesite: fields.samesite,
      secure: fields.secure, httponly: fields.httponly, signed: fields.signed,
    })
    await this.submit('#cookie-form button')
  }

  /** The host the visitor is on, for a Domain attribute that names it. */
  get host(): string {
    return new URL(this.origin).hostname
  }

  /** The cookie names the server received with the request of the page (or frame) in view. */
  async receivedCookies(): Promise<string[]> {
    return this.visitor.view.locator('#received-cookies [data-cookie-name]').evaluateAll((items) => items.map((item) => item.getAttribute('data-cookie-name') ?? ''))
  }

  /** The cookie names a script on the page in view reads from document.cookie. */
  async scriptCookies(): Promise<string[]> {
    return cookieNames(await this.visitor.view.evaluate(() => document.cookie))
  }

  /**
   * A script on the page writes the cookie. Chromium's renderer hands a document.cookie write to
   * the network service on its own channel, so a navigation the harness starts next can leave
   * before the write lands and carry the old value (BRW-JS-005 read the old signature once in CI).
   * The step ends only once the browser's cookie store holds the new value, and it is an error,
   * not a failure, if the store never does.
   */
  async changeCookieByScript(name: string, value: string): Promise<void> {
    await this.visitor.view.evaluate(([n, v]) => { document.cookie = `${n}=${v}; path=/` }, [name, value] as const)
    const deadline = performance.now() + SCRIPT_WRITE_WAIT_MS
    for (;;) {
      const kept = (await this.visitor.context.cookies(this.origin)).filter((cookie) => cookie.name === name)
      if (kept.some((cookie) => cookie.value === value && cookie.path === '/')) return
      if (performance.now() > deadline) throw new Error(`Chromium did not keep the cookie "${name}" a script on the page wrote within ${SCRIPT_WRITE_WAIT_MS} ms`)
    }
  }

  /** What the cookie page's table says of a received cookie read as a signed cookie. */
  async signedReading(name: string): Promise<string> {
    await this.openUnlessThere(COOKIES)
    return (await this.page.locator(`tr[data-cookie="${name}"] td:nth-child(3)`).textContent()) ?? ''
  }

  /** The cookie as Chromium keeps it for the site's address, if it kept it. */
  async keptCookie(name: string): Promise<Cookie | undefined> {
    return (await this.visitor.context.cookies(this.origin)).find((cookie) => cookie.name === name)
  }

  /** Opens the demo's "another site" page under the other loopback name, and reaches the shop from it. */
  async arriveFromAnotherSite(how: CrossSiteArrival): Promise<void> {
    await this.visitor.goto(`${otherSiteOf(this.origin)}/demo/elsewhere`)
    if (how === 'link to the cart') await this.submit('#link-cart')
    else if (how === 'link to the cookie page') await this.submit('#link-cookies')
    else if (how === 'form post') await this.submit('#cross-site-form button')
    else this.visitor.view = await this.embeddedShop()
  }

  private async embeddedShop() {
    const frame = await (await this.page.waitForSelector('#shop-frame')).contentFrame()
    if (frame === null) throw new Error('the other site shows no frame of the shop')
    await frame.waitForLoadState('load')
    return frame
  }

  pageAddress(): string {
    return this.visitor.view.url()
  }

  async screenshot(): Promise<Buffer> {
    return this.visitor.screenshot()
  }

  async close(): Promise<void> {
    await this.visitor.close()
  }
}
