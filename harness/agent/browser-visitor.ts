// One visitor's real browser: a fresh BrowserContext (no cookies, like a new private window)
// with one tab. "Closing the browser and opening it again" keeps what a browser keeps across a
// restart: cookies with an expiry; cookies without one end with the session (RFC 6265bis 5.7).
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { workerBrowser } from './browser.js'
import { refuseAllCookies } from './cookie-refusal.js'

/** Long enough for a slow CI machine, short enough to fail inside the step's own timeout. */
const ACTION_TIMEOUT_MS = 10_000

async function openContext(browser: Browser, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, ...(storageState ? { storageState } : {}) })
  context.setDefaultTimeout(ACTION_TIMEOUT_MS)
  return { context, page: await context.newPage() }
}

export class BrowserVisitor {
  /** What the visitor is looking at: the page, or a frame inside it after "another site embeds ...". */
  view: Frame

  private constructor(private readonly browser: Browser, public context: BrowserContext, public page: Page) {
    this.view = page.mainFrame()
  }

  static async open(): Promise<BrowserVisitor> {
    const browser = await workerBrowser()
    const { context, page } = await openContext(browser)
    return new BrowserVisitor(browser, context, page)
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
    const reopened = await openContext(this.browser, { ...state, cookies: persistent })
    this.context = reopened.context
    this.page = reopened.page
    this.view = this.page.mainFrame()
  }

  async refuseAllCookies(): Promise<void> {
    await refuseAllCookies(this.context, this.page)
  }

  async screenshot(): Promise<Buffer> {
    return this.page.screenshot({ fullPage: true })
  }

  async close(): Promise<void> {
    await this.context.close()
  }
}
