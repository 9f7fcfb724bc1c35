import { AfterAll, After, Before, Status } from '@cucumber/cucumber'
import { EXCHANGES_MEDIA_TYPE } from '../../harness/results/outcome.js'
import { applicability, needsPeer, passSettings, serverApplicability, type Applicability } from '../../harness/runtime/applicability.js'
import { workerBrowser } from '../../harness/agent/browser.js'
import { MissingPart } from '../../harness/driver/target-error.js'
import { DEFAULT_TARGET_FILE } from '../../harness/runtime/world-parameters.js'
import { stopWorkerRuntime, workerRuntime, workerTarget } from '../../harness/runtime/worker-runtime.js'
import { abandonAnswersInFlight } from '../../harness/agent/answer-reading.js'
import type { SpecWorld } from './world.js'

/**
 * The one place where a scenario's applicability is decided, before any of its steps run
 * (harness/runtime/applicability.ts): first from the target's claims and this machine, then from
 * the readied server (and peer). A missing part is not applicable, or an error under CI=true.
 */
Before({ timeout: 60_000 }, async function (this: SpecWorld, { pickle }) {
  const { targetFile = DEFAULT_TARGET_FILE, engine, storage } = this.parameters
  const tags = pickle.tags.map((t) => t.name)
  // The target's claims are decided from its file, before (and without) starting its server.
  const claims = applicability(tags, await workerTarget(targetFile), engine)
  if (!claims.applicable) return notApplicable(this, claims)
  const runtime = await workerRuntime(targetFile)
  this.target = runtime.target
  this.driver = runtime.driver
  const pass = passSettings(engine, storage)
  let verdict = await serverApplicability(tags, this.driver, pass, this.clock.nowSeconds())
  // The peer runs the pass's engine and storage too, on the same clock, only when a scenario needs it.
  if (verdict.applicable && needsPeer(tags) && runtime.peer) {
    this.peer = runtime.peer
    verdict = await serverApplicability(tags, runtime.peer, pass, this.clock.nowSeconds(), `the peer ${runtime.peer.target.name}`)
  }
  if (!verdict.applicable) return notApplicable(this, verdict)
  // The worker's browser starts here, under this hook's longer timeout, the first time a scenario needs it.
  if (tags.includes('@browser')) await workerBrowser()
  return undefined
})

/** A scenario that does not apply, with its reason; a missing part under CI=true is an error instead. */
function notApplicable(world: SpecWorld, verdict: Applicability & { applicable: false }): 'skipped' {
  if (verdict.missingPart && process.env.CI === 'true') throw new MissingPart(`${verdict.reason} (CI=true: every part must be present)`)
  return world.notApplicable(verdict.reason)
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
