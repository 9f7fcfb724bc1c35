// What a client learns when the server fails inside: a status, what failed in general words, and
// an id. The detail (a message naming a path, a key, a Redis reply) goes to the server log under
// that id, once per distinct cause (server-log.ts): a 500 body once carried
// "EACCES: permission denied, open '/tmp/.../sessionid96epwkrc...'".
import { StoreUnavailable } from './sessions/engine.js'
import { serverLog, type ServerLog } from './server-log.js'

export interface PublicFailure {
  status: 500 | 503
  /** General words, the same for every failure of this kind. */
  message: string
  /** The server log's id for the cause. */
  id: string
}

/** The message without the parts that change per request: session keys, temporary-file suffixes, long numbers. */
function generalMessage(message: string): string {
  return message.replace(/[a-z0-9]{32,}(_out_[a-z0-9]{8})?/g, '<key>').replace(/\d{4,}/g, '<n>')
}

/** What makes two failures one cause. */
function causeOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${generalMessage(error.message)}` : `${typeof error}: ${generalMessage(String(error))}`
}

/** Where it was thrown, and the message in full when the cause left something out: for the operator only. */
function detailOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '))?.trim()
  const message = generalMessage(error.message) === error.message ? '' : `${error.message} `
  return `${message}${frame ?? ''}`.trim() || undefined
}

export function publicFailure(error: unknown, log: ServerLog = serverLog): PublicFailure {
  if (error instanceof StoreUnavailable) {
    return { status: 503, message: 'the session store is not reachable', id: log.report(`503 ${error.message}`) }
  }
  return { status: 500, message: 'the server could not complete the request', id: log.report(`500 ${causeOf(error)}`, detailOf(error)) }
}
