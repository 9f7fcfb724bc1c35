// A worker's browser keeps one scenario's BrowserContext and tab for the next, wiped clean, rather
// than making a new one: a new context and its first tab cost about 0.45 CPU s more than a wipe
// (bench/README.md, "Browser scenarios"), once or more per browser scenario. Wiped means what a
// new private window starts with: no cookies, no HTTP cache, no local, session or IndexedDB
// storage, no service worker, no granted permission, an empty tab. A context whose requests were
// rerouted or whose page had DevTools emulation (a browser that blocks cookies) is never kept,
// nor one whose wipe failed: those are closed and the next visitor gets a new one.
import type { Browser, BrowserContext, Page } from 'playwright-core'

export const VIEWPORT = { width: 1100, height: 800 }
/** Long enough for a slow CI machine, short enough to fail inside the step's own timeout. */
export const ACTION_TIMEOUT_MS = 10_000

/** A context with its one tab, and every web origin its requests went to. */
export interface CleanableContext {
  context: BrowserContext
  page: Page
  origins: Set<string>
  /** Rerouted or emulated: closed at the end, never kept. */
  altered: boolean
}

let kept: CleanableContext | undefined

export async function openContext(browser: Browser, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>): Promise<CleanableContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...(storageState ? { storageState } : {}) })
  context.setDefaultTimeout(ACTION_TIMEOUT_MS)
  const origins = new Set<string>()
  context.on('request', (request) => {
    const { protocol, origin } = new URL(request.url())
    if (protocol === 'http:' || protocol === 'https:') origins.add(origin)
  })
  return { context, page: await context.newPage(), origins, altered: false }
}

/** A clean context for a new visitor: the one kept from an earlier scenario, or a new one. */
export async function takeContext(browser: Browser): Promise<CleanableContext> {
  const previous = kept
  kept = undefined
  // A context of a browser closed since (the worker's browser is launched again) is not reused.
  if (previous !== undefined && previous.context.browser() === browser) return previous
  return openContext(browser)
}

/** Everything a new private window would not have, removed; throws when any part fails. */
export async function wipe(entry: CleanableContext): Promise<void> {
  const { context, page, origins } = entry
  for (const other of context.pages()) if (other !== page) await other.close()
  await page.goto('about:blank')
  await context.clearCookies()
  await context.clearPermissions()
  const session = await context.newCDPSession(page)
  try {
    await session.send('Network.clearBrowserCache')
    for (const origin of origins) {
      await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' })
    }
  } finally {
    await session.detach()
  }
  origins.clear()
}

/** The visitor is done: keep its context for the next one when it can be wiped, else close it. */
export async function releaseContext(entry: CleanableContext): Promise<void> {
  if (!entry.altered && kept === undefined) {
    try {
      await wipe(entry)
      kept = entry
      return
    } catch {
      // Not wiped: closed below, and the next visitor gets a new context.
    }
  }
  await entry.context.close().catch(() => {})
}
