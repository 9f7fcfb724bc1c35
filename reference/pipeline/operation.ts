// What the request pipeline hands an operation and what it takes back: the types every
// operation, middleware and router shares, in a file of their own so that none of them imports
// another for its types. The middlewares add what they attach to the context (the session
// middleware adds `session`, the message middleware `messages`) by declaration merging, as
// express-session adds `req.session`: the pipeline knows nothing of sessions or messages.
import type { ResponseCookies } from '../cookies/serialize.js'
import type { ParamReader } from './params.js'

/** What one operation sees: its parameters, the visitor's request cookies, and the
 * response's cookies, which are sent only if the operation succeeds. */
export interface OperationContext {
  readonly params: ParamReader
  /** The same parameters as a plain object, for values of any JSON type (a session value). */
  readonly body: Readonly<Record<string, unknown>>
  /** The server clock, read once when the request arrives. */
  readonly now: number
  readonly requestCookies: ReadonlyMap<string, string>
  readonly responseCookies: ResponseCookies
  /** Headers other than Set-Cookie the operation answers with (Location, for a redirect). */
  readonly responseHeaders: Map<string, string>
  /** The answer's HTTP status, 200 unless the operation says otherwise (session.fail). */
  status: number
}

export type OperationAnswer = Record<string, unknown>
export type OperationHandler = (context: OperationContext) => OperationAnswer | Promise<OperationAnswer>
export type OperationTable = ReadonlyMap<string, OperationHandler>
