// A visitor of the reference server for the message tests: it keeps the cookies the server
// sets (a deletion removes one) and sends them back, as a browser would.
import { CookieBackend } from '../reference/messages/storages/cookie.js'
import { DJANGO_SESSION_DEFAULTS } from '../reference/sessions/settings.js'
import { NOW, SECRET, type Answer, type TestServer } from './session-http.js'

export class Visitor {
  readonly cookies = new Map<string, string>()
  last: Answer | undefined

  constructor(private readonly server: TestServer) {}

  get cookieHeader(): string | undefined {
    const pairs = [...this.cookies].map(([name, value]) => `${name}=${value}`)
    return pairs.length > 0 ? pairs.join('; ') : undefined
  }

  async visit(operation: string, params: object = {}): Promise<Answer> {
    this.last = await this.server.fixture(operation, params, this.cookieHeader)
    for (const line of this.last.setCookie) {
      const pair = line.split(';')[0]
      const name = pair.slice(0, pair.indexOf('='))
      if (/; Max-Age=0(;|$)/.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, pair.slice(pair.indexOf('=') + 1))
    }
    return this.last
  }

  /** The last response's Set-Cookie lines for one cookie. */
  lines(name: string): string[] {
    return (this.last?.setCookie ?? []).filter((line) => line.startsWith(`${name}=`))
  }

  /** The texts the visitor's next page lists. */
  async listed(): Promise<string[]> {
    return ((await this.visit('messages.list')).body.messages as Array<{ text: string }>).map((m) => m.text)
  }
}

/** The messages a cookie value holds, read the way the server reads it. */
export async function cookieTexts(value: string): Promise<{ texts: string[]; allRetrieved: boolean }> {
  const backend = new CookieBackend({ secretKey: SECRET, now: NOW, requestCookies: new Map([['messages', value]]), sessionSettings: DJANGO_SESSION_DEFAULTS })
  const loaded = await backend.load()
  return { texts: (loaded.messages ?? []).map((m) => m.text), allRetrieved: loaded.allRetrieved }
}

/** Text that zlib cannot shrink much, numbered from its first word. */
export function longText(n: number, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let state = n * 2654435761 >>> 0
  let text = `${n} `
  while (text.length < length) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    text += alphabet[(state >>> 8) % alphabet.length]
  }
  return text
}

export const DELETED = 'messages=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax'
