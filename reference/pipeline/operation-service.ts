// One table of operations with what runs around each call (parameter check, request context,
// middlewares, the Set-Cookie lines it may send) and how a failure is answered. Two front ends
// serve it and must answer alike: the Express router (operation-router.ts) and the plain lane
// for the common request (plain-lane.ts); both take their answers from here.
import type { IncomingMessage } from 'node:http'
import type { Clock } from '../clock.js'
import { CookieRejected } from '../cookies/cookie-rejected.js'
import { PayloadRefused } from '../../lib/signing/index.js'
import { publicFailure } from '../internal-error.js'
import { BadRequest } from './bad-request.js'
import type { OperationAnswer, OperationTable } from './operation.js'
import { ParameterRejected } from './params.js'
import type { MountedMiddleware } from './request-middleware.js'
import { createRequestContext, middlewareChain, runInRequest, sendableLines } from './run-in-request.js'

export interface OperationServiceOptions {
  /** Outermost first, as Django's MIDDLEWARE setting lists them. */
  middlewares?: readonly MountedMiddleware[]
  /** Checks an operation's parameters before it runs; throws ParameterRejected (422). */
  checkParams?: (operation: string, params: unknown) => void
}

/** What an operation answers, before any line of it is written. */
export interface OperationReply {
  status: number
  /** Headers other than Set-Cookie, under their canonical names. */
  headers: ReadonlyMap<string, string>
  setCookieLines: string[]
  body: OperationAnswer
}

/** A value the server refuses to take: a parameter, a cookie, or a session or message list beyond the encoding bounds. */
function isRejection(error: unknown): error is Error {
  return error instanceof ParameterRejected || error instanceof CookieRejected || error instanceof PayloadRefused
}

/** The answer to an operation that threw (or to a body that could not be read as JSON). */
export function errorReply(error: unknown): { status: number; body: OperationAnswer } {
  if (isRejection(error)) {
    // The reason is free text for people (Django's own wording differs by version); the answer
    // must still carry one, so a refusal without a message is named by its kind.
    return { status: 422, body: { rejected: error.message || error.name } }
  }
  // 054: Django answers 400 (SessionInterrupted is a BadRequest) with a fresh response. The
  // kind names the exception, so the harness can tell a refused save from a refused request.
  if (error instanceof BadRequest) return { status: 400, body: { error: error.message, kind: error.name } }
  // Optional: a thrown undefined or null (a bug, but a bug answers 500) has no status to read.
  const status = (error as { status?: unknown } | null | undefined)?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const parseFailed = (error as { type?: unknown }).type === 'entity.parse.failed'
    return { status, body: { error: parseFailed ? 'the request body is not valid JSON' : String((error as Error).message) } }
  }
  // Never a Set-Cookie here: a key that was not saved must not reach the visitor. Nothing
  // internal either: the detail is in the server log under the id.
  const failure = publicFailure(error)
  return { status: failure.status, body: { error: failure.message, id: failure.id } }
}

export class OperationService {
  readonly #middlewares: readonly MountedMiddleware[]

  constructor(private readonly operations: OperationTable, private readonly clock: Clock, private readonly options: OperationServiceOptions = {}) {
    this.#middlewares = options.middlewares ?? []
  }

  has(name: string): boolean {
    return this.operations.has(name)
  }

  /** Runs a known operation on the request's cookies and its parsed body; throws what errorReply answers. */
  async run(name: string, req: IncomingMessage, rawBody: unknown): Promise<OperationReply> {
    const handler = this.operations.get(name)
    if (handler === undefined) throw new Error(`unknown operation ${JSON.stringify(name)}`)
    // JSON.parse makes "__proto__" an own key; assigned anywhere else, it would set a prototype.
    if (rawBody !== null && typeof rawBody === 'object' && Object.hasOwn(rawBody, '__proto__')) {
      throw new ParameterRejected('unknown parameter "__proto__"')
    }
    this.options.checkParams?.(name, rawBody)
    const context = createRequestContext(req, this.clock, rawBody)
    const response = await runInRequest(handler, context, middlewareChain(this.#middlewares, name))
    const setCookieLines = sendableLines(response.cookies)
    return { status: response.status, headers: response.headers, setCookieLines, body: response.body }
  }
}
