import { AfterAll, After, Before, Status } from '@cucumber/cucumber'
import { EXCHANGES_MEDIA_TYPE } from '../../harness/results/outcome.js'
import { applicability } from '../../harness/runtime/applicability.js'
import { stopWorkerRuntime, workerRuntime } from '../../harness/runtime/worker-runtime.js'
import { TargetError } from '../../harness/driver/target-error.js'
import type { SettingsChange } from '../../harness/driver/operations.js'
import type { SpecWorld } from './world.js'

/** The one place where tags become outcomes: a scenario the target cannot run is not applicable. */
Before({ timeout: 60_000 }, async function (this: SpecWorld, { pickle }) {
  const runtime = await workerRuntime()
  this.target = runtime.target
  this.driver = runtime.driver
  const engine = process.env.SESSIONSPEC_ENGINE
  const verdict = applicability(pickle.tags.map((t) => t.name), runtime.target, engine)
  if (!verdict.applicable) return this.notApplicable(verdict.reason)
  if (this.target.capabilities.includes('clock') || this.target.capabilities.includes('settings')) {
    await this.driver.control('reset', {})
  }
  if (this.target.capabilities.includes('clock')) await this.driver.control('clock.set', { now: this.clock.nowSeconds() })
  const storage = process.env.SESSIONSPEC_STORAGE as SettingsChange['messageStorage']
  if ((engine || storage) && this.target.capabilities.includes('settings')) {
    const [id, store] = (engine ?? '').split('/')
    const unavailable = await this.changeSettings({ ...(id ? { engine: id } : {}), ...(store ? { store } : {}), ...(storage ? { messageStorage: storage } : {}) })
    // In CI a missing part is an error; elsewhere the scenario does not apply, with the reason.
    if (unavailable !== undefined) {
      if (process.env.CI === 'true') throw new TargetError(`${unavailable} (CI=true: every part must be present)`)
      return this.notApplicable(unavailable)
    }
  }
  return undefined
})

After(async function (this: SpecWorld, { result }) {
  if (result?.status !== Status.FAILED || this.agent.history.length === 0) return
  // Bodies are clipped: a report needs what the server said, not megabytes of it.
  const clip = (text: string | undefined) => (text && text.length > 4000 ? `${text.slice(0, 4000)}…` : text)
  const exchanges = this.agent.history.map((e) => ({
    ...e,
    request: { ...e.request, body: clip(e.request.body) },
    response: { ...e.response, body: clip(e.response.body) ?? '' },
  }))
  this.attach(JSON.stringify(exchanges), EXCHANGES_MEDIA_TYPE)
})

AfterAll({ timeout: 30_000 }, async function () {
  await stopWorkerRuntime()
})
