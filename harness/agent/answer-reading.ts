import { Agent, request, type Dispatcher } from 'undici'
import { AnswerLimitError, TargetError } from '../driver/target-error.js'
import { formatBytes, type AnswerLimits } from './answer-limits.js'

/** The server could not be reached at all: the scenario is an error, not a failure. */
export class UnreachableError extends TargetError {}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  ENOTFOUND: 'host not found',
  EHOSTUNREACH: 'host unreachable',
}

export interface RawAnswer { status: number; headers: Array<[string, string]>; body: string }

export interface RoundTrip {
  url: URL
  method: string
  headers: Array<[string, string]>
  body?: string
  /** What the request is for, in error lines: the operation's name, or the method and path. */
  label: string
  limits: AnswerLimits
}

/** Requests a step left behind when it timed out: the After hook abandons them so their download stops. */
const inFlight = new Set<AbortController>()

/** Stops every request still running in this process (a step gave up on it). */
export function abandonAnswersInFlight(): void {
  for (const controller of inFlight) controller.abort()
  inFlight.clear()
}

/** One dispatcher per header cap: undici bounds headers per connection pool, not per request. */
const dispatchers = new Map<number, Agent>()

function dispatcherFor(headerBytes: number): Agent {
  let agent = dispatchers.get(headerBytes)
  if (!agent) {
    agent = new Agent({ maxHeaderSize: headerBytes })
    dispatchers.set(headerBytes, agent)
  }
  return agent
}

/**
 * Sends one request and reads its whole answer within the limits: one deadline covers the headers
 * and the body, the body is read chunk by chunk and dropped as soon as it passes its cap, and a
 * step that gives up abandons it. Every broken bound is an AnswerLimitError naming the cause.
 */
export async function roundTrip(trip: RoundTrip): Promise<RawAnswer> {
  const { url, label, limits } = trip
  const deadline = AbortSignal.timeout(limits.answerSeconds * 1000)
  const abandon = new AbortController()
  inFlight.add(abandon)
  const signal = AbortSignal.any([deadline, abandon.signal])
  const why = (error: unknown, phase: 'connect' | 'body'): TargetError => {
    if (deadline.aborted) return new AnswerLimitError(`no complete answer to ${label} from ${url.origin} within ${limits.answerSeconds} s`)
    if (abandon.signal.aborted) return new AnswerLimitError(`the request for ${label} was abandoned: its step ended before the answer was complete`)
    if (error instanceof TargetError) return error
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'UND_ERR_HEADERS_OVERFLOW') {
      return new AnswerLimitError(`${url.origin} answered ${label} with headers larger than ${formatBytes(limits.headerBytes)}`)
    }
    if (phase === 'body') return new AnswerLimitError(`the answer to ${label} from ${url.origin} broke off before its end (${REASONS[code] ?? (error as Error).message})`)
    return new UnreachableError(`cannot reach ${url.origin}: ${REASONS[code] ?? (error as Error).message}`)
  }
  let res: Dispatcher.ResponseData
  try {
    res = await request(url, {
      method: trip.method as Dispatcher.HttpMethod,
      // A flat list keeps repeated names (several Cookie lines) as separate header lines.
      headers: trip.headers.flat(),
      body: trip.body,
      signal,
      dispatcher: dispatcherFor(limits.headerBytes),
    })
  } catch (error) {
    inFlight.delete(abandon)
    throw why(error, 'connect')
  }
  try {
    const body = await readCapped(res.body, limits.answerBytes, label)
    return { status: res.statusCode, headers: pairs(res.headers), body }
  } catch (error) {
    res.body.destroy()
    throw why(error, 'body')
  } finally {
    inFlight.delete(abandon)
  }
}

async function readCapped(body: AsyncIterable<Buffer>, cap: number, label: string): Promise<string> {
  return (await readBytesCapped(body, cap, label)).toString('utf8')
}

/** A body read chunk by chunk and dropped as soon as it passes `cap` bytes. */
export async function readBytesCapped(body: AsyncIterable<Uint8Array>, cap: number, label: string): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.length
    if (size > cap) throw new AnswerLimitError(`the answer to ${label} exceeded ${formatBytes(cap)}`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function pairs(headers: Record<string, string | string[] | undefined>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) out.push([name, one])
  }
  return out
}
