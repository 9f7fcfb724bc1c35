// A reference server on a free port for the session tests, on a frozen clock, with the
// runtime at hand so a test can reach the engine behind the HTTP API (054, 503).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReference, type ReferenceApp, type ReferenceSettings } from '../reference/app.js'
import { ControllableClock } from '../reference/clock.js'

export const SECRET = 'django-insecure-conformance-key'
export const NOW = 1700000000 // Tue, 14 Nov 2023 22:13:20 GMT

export interface Answer {
  status: number
  body: Record<string, unknown>
  setCookie: string[]
  vary: string | null
}

export interface TestServer {
  clock: ControllableClock
  reference: ReferenceApp
  /** The fixture prefix URL, which answers the identity document. */
  base: string
  fixture(operation: string, params?: unknown, cookie?: string): Promise<Answer>
  control(operation: string, params?: unknown): Promise<Answer>
  /** Back to the start-up settings, empty stores, and the clock frozen at NOW. */
  reset(): Promise<void>
  close(): Promise<void>
}

export async function startTestServer(settings: Partial<ReferenceSettings> = {}): Promise<TestServer> {
  const clock = new ControllableClock()
  clock.set(NOW)
  const reference = createReference({ secretKey: SECRET, enableControl: true, clock, session: { engine: 'memory' }, ...settings })
  const server = createServer(reference.app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__sessionspec`
  const post = async (path: string, params: unknown = {}, cookie?: string): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (cookie !== undefined) headers.cookie = cookie
    const res = await fetch(`${base}/${path}`, { method: 'POST', headers, body: JSON.stringify(params) })
    return { status: res.status, body: await res.json() as Record<string, unknown>, setCookie: res.headers.getSetCookie(), vary: res.headers.get('vary') }
  }
  return {
    clock,
    reference,
    base,
    fixture: (operation, params, cookie) => post(`fixture/${operation}`, params, cookie),
    control: (operation, params) => post(`control/${operation}`, params),
    async reset() {
      await post('control/reset')
      clock.set(NOW)
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await reference.close()
    },
  }
}

/** The cookie a browser would send back for a Set-Cookie line: "name=value". */
export function cookieOf(setCookie: string): string {
  return setCookie.split(';')[0]
}

/** The session key (or signed value) in a Set-Cookie line. */
export function keyOf(setCookie: string): string {
  return cookieOf(setCookie).slice(cookieOf(setCookie).indexOf('=') + 1)
}
