import type { Exchange } from '../agent/exchange.js'
import { UserAgent } from '../agent/user-agent.js'
import { VirtualClock } from '../agent/virtual-clock.js'
import type { Target } from '../target/types.js'
import { checkAnswer } from './answer-validator.js'
import type { ControlOperation, ControlOperations, FixtureOperation, FixtureOperations, OperationName } from './operations.js'
import { buildRequest, mapAnswer, type BuiltRequest } from './request-template.js'
import { TargetError } from './target-error.js'

export interface Visit<Op extends FixtureOperation> {
  answer: FixtureOperations[Op]['answer']
  exchange: Exchange
}

/** The one port through which the harness reaches a target. */
export interface TargetDriver {
  readonly target: Target
  readonly baseUrl: string
  /** Runs a fixture operation inside a request of the visitor whose browser is `agent`. */
  visit<Op extends FixtureOperation>(agent: UserAgent, operation: Op, params: FixtureOperations[Op]['params']): Promise<Visit<Op>>
  /** Runs a control operation out of band. */
  control<Op extends ControlOperation>(operation: Op, params: ControlOperations[Op]['params']): Promise<ControlOperations[Op]['answer']>
}

/** Reaches a target over HTTP, through its standard fixture API or the request templates of its target file. */
export class HttpDriver implements TargetDriver {
  readonly target: Target
  readonly baseUrl: string
  readonly #controlAgent = new UserAgent(new VirtualClock(0))

  constructor(target: Target, baseUrl: string) {
    this.target = target
    this.baseUrl = baseUrl.replace(/\/$/, '')
  }

  async visit<Op extends FixtureOperation>(agent: UserAgent, operation: Op, params: FixtureOperations[Op]['params']): Promise<Visit<Op>> {
    const exchange = await this.#send(agent, operation, 'fixture', params)
    return { answer: this.#read(operation, exchange) as FixtureOperations[Op]['answer'], exchange }
  }

  async control<Op extends ControlOperation>(operation: Op, params: ControlOperations[Op]['params']): Promise<ControlOperations[Op]['answer']> {
    const exchange = await this.#send(this.#controlAgent, operation, 'control', params)
    return this.#read(operation, exchange) as ControlOperations[Op]['answer']
  }

  #send(agent: UserAgent, operation: OperationName, kind: 'fixture' | 'control', params: object): Promise<Exchange> {
    const template = this.target.operations?.[operation]
    const request: BuiltRequest = template
      ? buildRequest(template, params as Record<string, unknown>)
      : {
          method: 'POST',
          path: `${this.target.fixturePrefix}/${kind}/${operation}`,
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(params),
        }
    return agent.send(this.baseUrl + request.path, { method: request.method, headers: request.headers, body: request.body })
  }

  #read(operation: OperationName, exchange: Exchange): unknown {
    const { status, body } = exchange.response
    const where = `${operation} (${exchange.request.method} ${exchange.request.url})`
    if (status === 404) throw new TargetError(`${where} answered 404: the target does not offer this operation`)
    if (status !== 422 && (status < 200 || status > 299)) {
      throw new TargetError(`${where} answered HTTP ${status}: ${firstLine(body)}`)
    }
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      throw new TargetError(`${where} answered HTTP ${status} with a body that is not JSON: ${firstLine(body)}`)
    }
    const pointers = this.target.operations?.[operation]?.answer
    const answer = pointers ? mapAnswer(json, pointers) : json
    checkAnswer(operation, answer)
    return answer
  }
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '(empty body)'
  return line.length > 160 ? `${line.slice(0, 160)}…` : line
}
