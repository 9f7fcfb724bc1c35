import { AfterAll, After, Before, Status } from '@cucumber/cucumber'
import { describeExchange } from '../../harness/agent/exchange.js'
import { applicability } from '../../harness/runtime/applicability.js'
import { stopWorkerRuntime, workerRuntime } from '../../harness/runtime/worker-runtime.js'
import { NOT_APPLICABLE_MEDIA_TYPE } from '../../harness/results/outcome.js'
import type { SpecWorld } from './world.js'

/** The one place where tags become outcomes: a scenario the target cannot run is not applicable. */
Before({ timeout: 60_000 }, async function (this: SpecWorld, { pickle }) {
  const runtime = await workerRuntime()
  this.target = runtime.target
  this.driver = runtime.driver
  const verdict = applicability(pickle.tags.map((t) => t.name), runtime.target)
  if (!verdict.applicable) {
    this.attach(verdict.reason, NOT_APPLICABLE_MEDIA_TYPE)
    return 'skipped'
  }
  if (this.target.capabilities.includes('clock')) {
    await this.driver.control('reset', {})
    await this.driver.control('clock.set', { now: this.clock.nowSeconds() })
  }
  return undefined
})

After(async function (this: SpecWorld, { result }) {
  if (result?.status !== Status.FAILED || this.agent.history.length === 0) return
  this.attach(this.agent.history.map(describeExchange).join('\n\n'), 'text/x.sessionspec.exchanges')
})

AfterAll({ timeout: 30_000 }, async function () {
  await stopWorkerRuntime()
})
