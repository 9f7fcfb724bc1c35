import { After, AfterAll, Before, Status } from '@cucumber/cucumber'
import { BrowserUnavailable, CHROMIUM_MISSING, closeWorkerBrowser, isChromiumInstalled, workerBrowser } from '../../harness/agent/browser.js'
import { isKeptForWholeRun } from '../../harness/runtime/worker-lifetime.js'
import { workerRuntime } from '../../harness/runtime/worker-runtime.js'
import type { SpecWorld } from './world.js'

/**
 * Without Chromium a @browser scenario does not apply, with the reason; under CI=true that is an
 * error. With it, the worker's browser starts here, under this hook's longer timeout, the first
 * time a scenario of a target that has the demo site needs it.
 */
Before({ tags: '@browser', timeout: 60_000 }, async function (this: SpecWorld) {
  if (!isChromiumInstalled()) {
    if (process.env.CI === 'true') throw new BrowserUnavailable(`${CHROMIUM_MISSING} (CI=true: every part must be present)`)
    return this.notApplicable(CHROMIUM_MISSING)
  }
  const { target } = await workerRuntime()
  if (target.capabilities.includes('demo-site')) await workerBrowser()
  return undefined
})

/** The page as it was when the scenario failed, then the scenario's browser context goes. */
After({ tags: '@browser', timeout: 30_000 }, async function (this: SpecWorld, { result }) {
  const demo = this.demo
  if (demo === undefined) return
  this.demo = undefined
  try {
    if (result?.status === Status.FAILED) {
      this.attach(`page in view: ${demo.pageAddress()}`, 'text/plain')
      this.attach(await demo.screenshot(), 'image/png')
    }
  } finally {
    await demo.close()
  }
})

AfterAll({ timeout: 30_000 }, async function () {
  // A pool worker keeps its browser for its next units and closes it when it ends.
  if (!isKeptForWholeRun()) await closeWorkerBrowser()
})
