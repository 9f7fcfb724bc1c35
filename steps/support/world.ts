import { setDefaultTimeout, setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber'
import type { Exchange } from '../../harness/agent/exchange.js'
import { DemoSite } from '../../harness/agent/demo-site.js'
import { UserAgent } from '../../harness/agent/user-agent.js'
import { VirtualClock } from '../../harness/agent/virtual-clock.js'
import type { TargetDriver } from '../../harness/driver/http-driver.js'
import type { FixtureOperation, FixtureOperations, SettingsChange } from '../../harness/driver/operations.js'
import type { VisitOptions } from '../../harness/driver/http-driver.js'
import { NOT_APPLICABLE_MEDIA_TYPE } from '../../harness/results/outcome.js'
import type { Target } from '../../harness/target/types.js'
import type { OutageStore } from '../../harness/launch/outage-store.js'
import { systemNow } from '../../harness/runtime/system-clock.js'
import type { WorldParameters } from '../../harness/runtime/world-parameters.js'

/** Everything one scenario knows: the target, the visitor's browser, and the scenario's clock. */
export class SpecWorld extends World<WorldParameters> {
  clock = new VirtualClock(systemNow().getTime())
  agent = new UserAgent(this.clock)
  driver!: TargetDriver
  target!: Target
  /** The peer server of the target file (`peer:`), set only for @capability:peer scenarios. */
  peer?: TargetDriver
  lastAnswer: unknown
  // Values a step chose and a later step checks.
  /** A cookie value the visitor or the server was given (a long one, one with a NUL byte). */
  chosenValue?: string
  /** Every value of the attribute table given to the server, as written: what a hostile value would inject. */
  attributeValues: string[] = []
  /** The Expires text given to the server, checked verbatim in its Set-Cookie line. */
  expiresText?: string
  /** The session key the last read asked for ("session.get" answers only found/value). */
  readKey?: string
  /** The session cookie value the visitor kept a copy of. */
  copiedSessionKey?: string
  /** The session keys of many visitors, in order ('' for one who got none). */
  visitorSessionKeys: string[] = []
  /** How many sessions the store held before a step that must add none. */
  storedSessionsBefore?: number
  /** The harness's own Redis or memcached the server keeps its sessions on (@capability:store-outage), removed after the scenario. */
  outageStore?: OutageStore

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options)
  }

  /** The visitor's real browser on the demo site (@browser scenarios), opened by the first step that needs it. */
  demo?: DemoSite

  async demoSite(): Promise<DemoSite> {
    this.demo ??= await DemoSite.open(this.driver.baseUrl)
    return this.demo
  }

  /** The session cookie's name: the target file's, or what a scenario switched it to. */
  sessionCookieName?: string

  get sessionCookie(): string {
    return this.sessionCookieName ?? this.target.settings.sessionCookieName ?? 'sessionid'
  }

  /** Runs a fixture operation in a request of the visitor and keeps the answer. */
  async visit<Op extends FixtureOperation>(
    operation: Op,
    params: FixtureOperations[Op]['params'],
    options: VisitOptions = {},
  ): Promise<FixtureOperations[Op]['answer']> {
    const { answer } = await this.driver.visit(options.agent ?? this.agent, operation, params, options)
    this.lastAnswer = answer
    return answer
  }

  /** Switches server settings; answers the one-line reason when a part is missing (an engine's store is down). */
  async changeSettings(settings: SettingsChange): Promise<string | undefined> {
    const answer = await this.driver.control('settings.set', settings)
    if ('unavailable' in answer) return answer.unavailable
    if (settings.sessionCookieName) this.sessionCookieName = settings.sessionCookieName
    return undefined
  }

  /** Ends the scenario as not applicable, with the reason in the report. */
  notApplicable(reason: string): 'skipped' {
    this.attach(reason, NOT_APPLICABLE_MEDIA_TYPE)
    return 'skipped'
  }

  get lastExchange(): Exchange {
    const last = this.agent.last
    if (!last) throw new Error('no request has been made in this scenario yet')
    return last
  }

  /** Moves the scenario's time: the server's clock (and the peer's) and the visitor's browser together. */
  async passTime(seconds: number): Promise<void> {
    this.clock.advance(seconds)
    for (const [who, driver] of [['server', this.driver], ['peer server', this.peer]] as const) {
      if (driver === undefined) continue
      const { now } = await driver.control('clock.advance', { seconds })
      if (Math.abs(now - this.clock.nowSeconds()) > 1) {
        throw new Error(`the ${who}'s clock reads ${now} after moving ${seconds} s, the scenario's ${this.clock.nowSeconds()}`)
      }
    }
  }
}

setWorldConstructor(SpecWorld)
/**
 * Cucumber's time for one step: 20 s, or the target file's `limits.stepSeconds`, which the run
 * command hands to the step definitions (in its own process and its workers) as
 * SESSIONSPEC_STEP_SECONDS. A step that outlives it is an error naming the time.
 */
export const STEP_TIMEOUT_MS = Math.round(1000 * (Number(process.env.SESSIONSPEC_STEP_SECONDS) || 20))
/** A step's time that is at least `ms` (steps that plant thousands of sessions), never below the target's. */
export const atLeast = (ms: number) => ({ timeout: Math.max(ms, STEP_TIMEOUT_MS) })
setDefaultTimeout(STEP_TIMEOUT_MS)
