import { answerLimits, type AnswerLimits } from './answer-limits.js'
import { roundTrip } from './answer-reading.js'
import { VirtualCookieJar } from './cookie-jar.js'
import type { Exchange } from './exchange.js'
import type { VirtualClock } from './virtual-clock.js'

export { UnreachableError } from './answer-reading.js'

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** Send these Cookie header lines instead of what the jar holds (hostile or unusual input). */
  rawCookieHeaders?: string[]
  /** What the request is for, in error lines (an operation's name); the method and path by default. */
  label?: string
  /** The target file's bounds on the answer; the defaults otherwise. */
  limits?: AnswerLimits
}

/**
 * The visitor's browser as far as HTTP goes: a cookie jar on the scenario's clock, and a
 * record of every exchange. It speaks undici's low-level request so that what is sent is
 * exactly what the scenario asks for (several Cookie lines, unusual values).
 */
export class UserAgent {
  readonly jar: VirtualCookieJar
  readonly history: Exchange[] = []
  /** Cookie header lines the next request sends instead of what the jar holds (hostile or unusual input). */
  #nextCookieHeaders: string[] | undefined

  constructor(clock: VirtualClock) {
    this.jar = new VirtualCookieJar(clock)
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
    const target = new URL(url)
    const response = await roundTrip({
      url: target,
      method,
      headers,
      body: options.body,
      label: options.label ?? `${method} ${target.pathname}`,
      limits: options.limits ?? answerLimits(),
    })
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
}
