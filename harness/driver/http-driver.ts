import { answerLimits, type AnswerLimits } from '../agent/answer-limits.js'
import type { Exchange } from '../agent/exchange.js'
import { UserAgent } from '../agent/user-agent.js'
import { VirtualClock } from '../agent/virtual-clock.js'
import type { BadRequest } from '../../lib/schema-types/fixture-api.js'
import type { Target } from '../target/types.js'
import { checkAnswer } from './answer-validator.js'
import type { ControlOperation, ControlOperations, FixtureOperation, FixtureOperations, OperationName } from './operations.js'
import { levelOf, mapAnswer } from './answer-mapping.js'
import { buildRequest, unusedParams, type BuiltRequest } from './request-template.js'
import { OperationNotOffered, ServerFailure, TargetError } from './target-error.js'

export interface VisitOptions {
  /** The visitor's browser to send the request from (default: the scenario's). */
  agent?: UserAgent
  /** HTTP statuses this visit may legitimately answer with besides 2xx and 422 (e.g. 400 from the session middleware). */
  acceptStatus?: (status: number) => boolean
}

/** Control answers that report a state rather than a broken target: a missing part (503), a refused operation (422). */
const CONTROL_STATUSES = new Set([422, 503])

export interface Visit<Op extends FixtureOperation> {
  answer: FixtureOperations[Op]['answer']
  exchange: Exchange
}

/** The one port through which the harness reaches a target. */
export interface TargetDriver {
  readonly target: Target
  readonly baseUrl: string
  /** Runs a fixture operation inside a request of the visitor whose browser is `agent`. */
  visit<Op extends FixtureOperation>(agent: UserAgent, operation: Op, params: FixtureOperations[Op]['params'], options?: VisitOptions): Promise<Visit<Op>>
  /** Follows the redirect an operation answered with, as the visitor's browser does, reading the page as `operation`. */
  followRedirect<Op extends FixtureOperation>(agent: UserAgent, from: Exchange, operation: Op): Promise<Visit<Op>>
  /** Runs a control operation out of band. */
  control<Op extends ControlOperation>(operation: Op, params: ControlOperations[Op]['params']): Promise<ControlOperations[Op]['answer']>
}

/** Reaches a target over HTTP, through its standard fixture API or the request templates of its target file. */
export class HttpDriver implements TargetDriver {
  readonly target: Target
  readonly baseUrl: string
  readonly limits: AnswerLimits
  readonly #controlAgent = new UserAgent(new VirtualClock(0))

  constructor(target: Target, baseUrl: string) {
    this.target = target
    this.baseUrl = baseUrl.replace(/\/$/, '')
    this.limits = answerLimits(target.limits)
  }

  async visit<Op extends FixtureOperation>(agent: UserAgent, operation: Op, params: FixtureOperations[Op]['params'], options: VisitOptions = {}): Promise<Visit<Op>> {
    const exchange = await this.#send(agent, operation, 'fixture', params)
    const accepted = options.acceptStatus?.(exchange.response.status) ?? false
    return { answer: this.#read(operation, exchange, accepted) as FixtureOperations[Op]['answer'], exchange }
  }

  async followRedirect<Op extends FixtureOperation>(agent: UserAgent, from: Exchange, operation: Op): Promise<Visit<Op>> {
    const location = from.response.headers.find(([name]) => name.toLowerCase() === 'location')?.[1]
    if (from.response.status < 300 || from.response.status > 399 || !location) {
      throw new TargetError(`expected a redirect from ${from.request.url}, got HTTP ${from.response.status}${location ? '' : ' without a Location'}`)
    }
    const exchange = await agent.send(new URL(location, from.request.url).toString(), { headers: { Accept: 'application/json' }, label: operation, limits: this.limits })
    return { answer: this.#read(operation, exchange) as FixtureOperations[Op]['answer'], exchange }
  }

  async control<Op extends ControlOperation>(operation: Op, params: ControlOperations[Op]['params']): Promise<ControlOperations[Op]['answer']> {
    const exchange = await this.#send(this.#controlAgent, operation, 'control', params)
    return this.#read(operation, exchange, CONTROL_STATUSES.has(exchange.response.status), 'control') as ControlOperations[Op]['answer']
  }

  #send(agent: UserAgent, operation: OperationName, kind: 'fixture' | 'control', params: object): Promise<Exchange> {
    const template = this.target.operations?.[operation]
    if (!template && this.target.fixture?.mounted === false) {
      return Promise.reject(new OperationNotOffered(`the target does not offer the ${operation} operation (its target file maps no route for it)`))
    }
    const dropped = template ? unusedParams(template, params as Record<string, unknown>) : []
    if (dropped.length > 0) {
      return Promise.reject(new OperationNotOffered(`the target does not offer ${operation} with ${dropped.join(', ')} (its target file's route for it takes no such parameter)`))
    }
    const request: BuiltRequest = template
      ? buildRequest(template, params as Record<string, unknown>)
      : {
          method: 'POST',
          path: `${this.target.fixturePrefix}/${kind}/${operation}`,
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(params),
        }
    return agent.send(this.baseUrl + request.path, { method: request.method, headers: request.headers, body: request.body, label: operation, limits: this.limits })
  }

  /** The operation's answer, checked against the fixture API; `accepted` lets a non-2xx status through as `{ status }` plus its JSON. */
  #read(operation: OperationName, exchange: Exchange, accepted = false, kind: 'fixture' | 'control' = 'fixture'): unknown {
    const { status, body } = exchange.response
    const where = `${operation} (${exchange.request.method} ${exchange.request.url})`
    const isSuccess = status === 422 || (status >= 200 && status <= 299)
    if (accepted && !isSuccess && kind === 'fixture') return { status, ...parseObject(body) }
    // 404: the server has no such route, so it does not offer the operation (not applicable).
    if (!accepted && status === 404) throw new OperationNotOffered(`the target does not offer the ${operation} operation (${exchange.request.method} ${new URL(exchange.request.url).pathname} answered 404)`)
    if (!accepted && status === 500) throw new ServerFailure(`${where} answered HTTP 500: ${firstLine(body)}`)
    if (!accepted && status === 400 && isSessionInterrupted(body)) {
      throw new ServerFailure(`the server answered that the session was deleted meanwhile (SessionInterrupted): ${where}`)
    }
    if (!accepted && !isSuccess) {
      throw new TargetError(`${where} answered HTTP ${status}: ${firstLine(body)}`)
    }
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      throw new TargetError(`${where} answered HTTP ${status} with a body that is not JSON: ${firstLine(body)}`)
    }
    const template = this.target.operations?.[operation]
    const answer = template?.answer ? mapAnswer(json, template.answer, template.values) : json
    const levelled = this.#withLevels(answer)
    checkAnswer(operation, levelled)
    return levelled
  }

  /** Messages answered with a category name get the level the target file maps it to. */
  #withLevels(answer: unknown): unknown {
    const messages = (answer as { messages?: unknown } | null)?.messages
    if (!Array.isArray(messages)) return answer
    const levels = this.target.messageLevels ?? {}
    const mapped = messages.map((m: unknown) => (m !== null && typeof m === 'object' && 'level' in m ? { ...m, level: levelOf(m.level, levels) } : m))
    return { ...(answer as object), messages: mapped }
  }
}

/** 054 as the fixture API marks it ($defs/badRequest): a 400 whose kind is SessionInterrupted. */
function isSessionInterrupted(body: string): boolean {
  return (parseObject(body) as Partial<BadRequest>).kind === 'SessionInterrupted'
}

function parseObject(body: string): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(body)
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '(empty body)'
  return line.length > 160 ? `${line.slice(0, 160)}…` : line
}
