// The real browser: Debian's Chromium driven by playwright-core, one per test worker, launched
// on first use and closed when the worker ends. Each scenario gets its own BrowserContext
// (browser-visitor.ts): a fresh profile with no cookies, like a new private window.
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { importOptional, MissingPackage } from '../../lib/optional-package.js'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/** docs: research/stack.md §3.5. Playwright adds --headless, --no-sandbox and a fresh --user-data-dir itself. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // One renderer process for every page of a worker's browser, without site isolation: a
  // scenario's contexts and the other sites it embeds then share one renderer instead of
  // starting their own. The process model only: cookies, SameSite and the jar are the network
  // service's, unchanged. features/browser on the quiet machine, two runs each, alternating:
  // 115-123 s of wall and 75-81 CPU s before, 94-97 s and 66-68 CPU s after (bench/README.md).
  '--renderer-process-limit=1', '--disable-features=site-per-process,IsolateOrigins', '--disable-site-isolation-trials',
  '--disable-extensions', '--disable-dev-shm-usage',
]

export const CHROMIUM_MISSING = `Chromium is not installed at ${CHROMIUM_PATH}; apt-get install chromium`

/** The browser could not be found or started: the run's environment broke, not the behaviour. */
export class BrowserUnavailable extends Error {
  override get name(): string {
    return 'BrowserUnavailable'
  }
}

export function isChromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH)
}

let launched: Promise<Browser> | undefined

async function launch(): Promise<Browser> {
  // Imported here, so workers that never open a browser never load playwright-core, and a
  // project without it (an optional peer dependency) can run every other scenario.
  const { chromium } = await importOptional('playwright-core', 'a @browser scenario', () => import('playwright-core')).catch((error: unknown) => {
    throw error instanceof MissingPackage ? new BrowserUnavailable(error.message) : error
  })
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  } catch (error) {
    throw new BrowserUnavailable(`Chromium at ${CHROMIUM_PATH} did not start: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** This worker's browser, launched on the first call. */
export function workerBrowser(): Promise<Browser> {
  launched ??= launch().catch((error: unknown) => {
    launched = undefined
    throw error
  })
  return launched
}

export async function closeWorkerBrowser(): Promise<void> {
  const current = launched
  launched = undefined
  await (await current?.catch(() => undefined))?.close()
}
