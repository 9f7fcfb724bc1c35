// A browser set to block all cookies, made faithful from outside: Chromium has no per-context
// switch for it, so every request of the context goes out without a Cookie header and every
// response comes back without its Set-Cookie lines (nothing is stored, nothing is sent), and
// document.cookie is disabled for scripts. The server sees what a cookie-blocking browser sends.
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { BrowserContext, Page, Route } from 'playwright-core'
import { DEFAULT_ANSWER_LIMITS } from './answer-limits.js'
import { readBytesCapped } from './answer-reading.js'

const HOP_BY_HOP_REQUEST = ['cookie', 'host', 'connection', 'content-length', 'accept-encoding']
// fetch has already decoded the body, so the length and encoding it came with no longer hold.
const DROPPED_RESPONSE = new Set(['set-cookie', 'content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'])

async function withoutCookies(route: Route): Promise<void> {
  const request = route.request()
  const headers = { ...(await request.allHeaders()) }
  for (const name of HOP_BY_HOP_REQUEST) delete headers[name]
  const body = request.postDataBuffer()
  const answer = await fetch(request.url(), {
    method: request.method(),
    headers,
    body: body === null ? undefined : new Uint8Array(body),
    redirect: 'manual',
    // The page's requests are bounded as the harness's own are (answer-limits.ts).
    signal: AbortSignal.timeout(DEFAULT_ANSWER_LIMITS.answerSeconds * 1000),
  })
  const kept: Record<string, string> = {}
  answer.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE.has(name)) kept[name] = value
  })
  const label = `${request.method()} ${new URL(request.url()).pathname}`
  const answered = answer.body ? await readBytesCapped(Readable.fromWeb(answer.body as NodeReadableStream), DEFAULT_ANSWER_LIMITS.answerBytes, label) : Buffer.alloc(0)
  await route.fulfill({ status: answer.status, headers: kept, body: answered })
}

export async function refuseAllCookies(context: BrowserContext, page: Page): Promise<void> {
  await context.route('**/*', withoutCookies)
  const devtools = await context.newCDPSession(page)
  await devtools.send('Emulation.setDocumentCookieDisabled', { disabled: true })
}
