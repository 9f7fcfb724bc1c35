import { request, type Dispatcher } from 'undici'
import { TargetError } from '../driver/target-error.js'
import { VirtualCookieJar } from './cookie-jar.js'
import type { Exchange } from './exchange.js'
import type { VirtualClock } from './virtual-clock.js'

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** Send these Cookie header lines instead of what the jar holds (hostile or unusual input). */
  rawCookieHeaders?: string[]
}

/** The server could not be reached at all: the scenario is an error, not a failure. */
export class UnreachableError extends TargetError {}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for an answer',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the answer',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  ENOTFOUND: 'host not found',
  EHOSTUNREACH: 'host unreachable',
}

/**
 * The visitor's browser as far as HTTP goes: a cookie jar on the scenario's clock, and a
 * record of every exchange. It speaks undici's low-level request so that what is sent is
 * exactly what the scenario asks for (several Cookie lines, unusual values).
 */
export class UserAgent {
  readonly jar: VirtualCookieJar
  readonly history: Exchange[] = []
  readonly #timeoutMs: number
  /** Cookie header lines the next request sends instead of what the jar holds (hostile or unusual input). */
  #nextCookieHeaders: string[] | undefined

  constructor(clock: VirtualClock, timeoutMs = 15_000) {
    this.jar = new VirtualCookieJar(clock)
    this.#timeoutMs = timeoutMs
  }

  get last(): Exchange | undefined {
    return this.history.at(-1)
  }

  sendNextWithCookieHeaders(lines: string[]): void {
    this.#nextCookieHeaders = lines
  }

  async send(url: string, options: RequestOptions = {}): Promise<Exchange> {
    const method = options.method ?? 'GET'
    const headers: Array<[string, string]> = Object.entries(options.headers ?? {})
    const raw = options.rawCookieHeaders ?? this.#nextCookieHeaders
    this.#nextCookieHeaders = undefined
    const cookieLines = raw ?? [await this.jar.cookieHeader(url)].filter((h) => h !== '')
    for (const line of cookieLines) headers.push(['Cookie', line])
    const response = await this.#roundTrip(url, method, headers, options.body)
    const setCookies = response.headers.filter(([k]) => k.toLowerCase() === 'set-cookie').map(([, v]) => v.trim())
    const refused: Exchange['refused'] = []
    for (const line of setCookies) {
      const reason = await this.jar.receive(line, url)
      if (reason !== undefined) refused.push({ line, reason })
    }
    const exchange: Exchange = {
      request: { method, url, headers, body: options.body },
      response: { ...response, setCookies },
      refused,
    }
    this.history.push(exchange)
    return exchange
  }

  async #roundTrip(url: string, method: string, headers: Array<[string, string]>, body?: string) {
    const target = new URL(url)
    try {
      const res = await request(target, {
        method: method as Dispatcher.HttpMethod,
        // A flat list keeps repeated names (several Cookie lines) as separate header lines.
        headers: headers.flat(),
        body,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
      })
      return { status: res.statusCode, headers: pairs(res.headers), body: await res.body.text() }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      const reason = REASONS[code] ?? (error as Error).message
      throw new UnreachableError(`cannot reach ${target.origin}: ${reason}`)
    }
  }
}

function pairs(headers: Record<string, string | string[] | undefined>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) out.push([name, one])
  }
  return out
}
