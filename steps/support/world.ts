import { setDefaultTimeout, setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber'
import type { Exchange } from '../../harness/agent/exchange.js'
import { UserAgent } from '../../harness/agent/user-agent.js'
import { VirtualClock } from '../../harness/agent/virtual-clock.js'
import type { TargetDriver } from '../../harness/driver/http-driver.js'
import type { FixtureOperation, FixtureOperations } from '../../harness/driver/operations.js'
import type { Target } from '../../harness/target/types.js'
import { systemNow } from '../../harness/runtime/system-clock.js'

/** Everything one scenario knows: the target, the visitor's browser, and the scenario's clock. */
export class SpecWorld extends World {
  clock = new VirtualClock(systemNow().getTime())
  agent = new UserAgent(this.clock)
  driver!: TargetDriver
  target!: Target
  lastAnswer: unknown
  /** Values a step chose and a later step checks (e.g. the expires text given to the server). */
  remembered = new Map<string, string>()

  constructor(options: IWorldOptions) {
    super(options)
  }

  /** Runs a fixture operation in a request of the visitor and keeps the answer. */
  async visit<Op extends FixtureOperation>(operation: Op, params: FixtureOperations[Op]['params']): Promise<FixtureOperations[Op]['answer']> {
    const { answer } = await this.driver.visit(this.agent, operation, params)
    this.lastAnswer = answer
    return answer
  }

  get lastExchange(): Exchange {
    const last = this.agent.last
    if (!last) throw new Error('no request has been made in this scenario yet')
    return last
  }

  /** Moves the scenario's time: the server's clock and the visitor's browser together. */
  async passTime(seconds: number): Promise<void> {
    const { now } = await this.driver.control('clock.advance', { seconds })
    this.clock.advance(seconds)
    if (Math.abs(now - this.clock.nowSeconds()) > 1) {
      throw new Error(`the server's clock reads ${now} after moving ${seconds} s, the scenario's ${this.clock.nowSeconds()}`)
    }
  }
}

setWorldConstructor(SpecWorld)
setDefaultTimeout(20_000)
