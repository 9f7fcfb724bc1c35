// One visitor's real browser: a clean BrowserContext (no cookies, like a new private window)
// with one tab (clean-context.ts: kept from an earlier scenario and wiped, or new). "Closing the
// browser and opening it again" keeps what a browser keeps across a
// restart: cookies with an expiry; cookies without one end with the session (RFC 6265bis 5.7).
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { workerBrowser } from './browser.js'
import { openContext, releaseContext, takeContext, type CleanableContext } from './clean-context.js'
import { refuseAllCookies } from './cookie-refusal.js'

export class BrowserVisitor {
  /** What the visitor is looking at: the page, or a frame inside it after "another site embeds ...". */
  view: Frame

  private constructor(private readonly browser: Browser, private current: CleanableContext) {
    this.view = current.page.mainFrame()
  }

  static async open(): Promise<BrowserVisitor> {
    const browser = await workerBrowser()
    return new BrowserVisitor(browser, await takeContext(browser))
  }

  get context(): BrowserContext {
    return this.current.context
  }

  get page(): Page {
    return this.current.page
  }

  /** Goes to an address and waits for its load event (frames included). */
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' })
    this.view = this.page.mainFrame()
  }

  /** Runs an action that navigates (a form, a link) and waits for the next page's load event. */
  async navigateBy(action: () => Promise<void>): Promise<void> {
    await Promise.all([this.page.waitForEvent('load'), action()])
    this.view = this.page.mainFrame()
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' })
    this.view = this.page.mainFrame()
  }

  /** Closes the browser and opens it again: only cookies with an expiry come back (session restore off). */
  async restart(): Promise<void> {
    const state = await this.context.storageState()
    const persistent = state.cookies.filter((cookie) => cookie.expires !== -1)
    await this.context.close()
    this.current = await openContext(this.browser, { ...state, cookies: persistent })
    this.view = this.page.mainFrame()
  }

  async refuseAllCookies(): Promise<void> {
    this.current.altered = true
    await refuseAllCookies(this.context, this.page)
  }

  async screenshot(): Promise<Buffer> {
    return this.page.screenshot({ fullPage: true })
  }

  async close(): Promise<void> {
    await releaseContext(this.current)
  }
}
