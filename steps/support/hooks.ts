import { AfterAll, After, Before, Status } from '@cucumber/cucumber'
import { EXCHANGES_MEDIA_TYPE } from '../../harness/results/outcome.js'
import { applicability, needsPeer } from '../../harness/runtime/applicability.js'
import { stopWorkerRuntime, workerRuntime } from '../../harness/runtime/worker-runtime.js'
import { TargetError } from '../../harness/driver/target-error.js'
import { abandonAnswersInFlight } from '../../harness/agent/answer-reading.js'
import type { TargetDriver } from '../../harness/driver/http-driver.js'
import type { SettingsChange } from '../../harness/driver/operations.js'
import type { SpecWorld } from './world.js'

/** The one place where tags become outcomes: a scenario the target cannot run is not applicable. */
Before({ timeout: 60_000 }, async function (this: SpecWorld, { pickle }) {
  const runtime = await workerRuntime()
  this.target = runtime.target
  this.driver = runtime.driver
  const engine = process.env.SESSIONSPEC_ENGINE
  const tags = pickle.tags.map((t) => t.name)
  const verdict = applicability(tags, runtime.target, engine)
  if (!verdict.applicable) return this.notApplicable(verdict.reason)
  const [id, store] = (engine ?? '').split('/')
  const storage = process.env.SESSIONSPEC_STORAGE as SettingsChange['messageStorage']
  const pass: SettingsChange = { ...(id ? { engine: id } : {}), ...(store ? { store } : {}), ...(storage ? { messageStorage: storage } : {}) }
  let unavailable = await prepareServer(this, this.driver, pass)
  // The peer runs the pass's engine and storage too, on the same clock, only when a scenario needs it.
  if (unavailable === undefined && needsPeer(tags) && runtime.peer) {
    this.peer = runtime.peer
    const peerUnavailable = await prepareServer(this, runtime.peer, pass)
    if (peerUnavailable !== undefined) unavailable = `the peer ${runtime.peer.target.name}: ${peerUnavailable}`
  }
  // In CI a missing part is an error; elsewhere the scenario does not apply, with the reason.
  if (unavailable !== undefined) {
    if (process.env.CI === 'true') throw new TargetError(`${unavailable} (CI=true: every part must be present)`)
    return this.notApplicable(unavailable)
  }
  return undefined
})

/**
 * A server starts each scenario from its start-up settings, at the scenario's clock, with the
 * pass's engine and storage. Answers what is missing when a part of the server is.
 */
async function prepareServer(world: SpecWorld, driver: TargetDriver, pass: SettingsChange): Promise<string | undefined> {
  const { capabilities } = driver.target
  if (capabilities.includes('clock') || capabilities.includes('settings')) await driver.control('reset', {})
  if (capabilities.includes('clock')) await driver.control('clock.set', { now: world.clock.nowSeconds() })
  if (Object.keys(pass).length === 0 || !capabilities.includes('settings')) return undefined
  const answer = await driver.control('settings.set', pass)
  return 'unavailable' in answer ? answer.unavailable : undefined
}

After(async function (this: SpecWorld, { result }) {
  // A step that timed out left its request running: stop the download before the next scenario.
  abandonAnswersInFlight()
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
