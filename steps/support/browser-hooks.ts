import { After, AfterAll, Status } from '@cucumber/cucumber'
import { closeWorkerBrowser } from '../../harness/agent/browser.js'
import { isKeptForWholeRun } from '../../harness/runtime/worker-lifetime.js'
import type { SpecWorld } from './world.js'

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
