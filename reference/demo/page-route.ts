// One demo page as a view inside the same middlewares as the fixture operations: the page's
// handler runs with request.session and request._messages attached; a page that is shown
// renders (and so uses up) the pending messages; the panel is filled in after the middlewares
// answered, so it shows what this response really stored and set.
import type { Request, RequestHandler, Response } from 'express'
import type { Clock } from '../clock.js'
import type { OperationContext } from '../pipeline/operation.js'
import type { MountedMiddleware } from '../pipeline/request-middleware.js'
import { createRequestContext, middlewareChain, runInRequest, sendableLines } from '../pipeline/run-in-request.js'
import { renderMessages } from '../messages/render.js'
import type { MessageSettingsRuntime } from '../messages/settings.js'
import type { SessionRuntime } from '../sessions/runtime.js'
import type { CookieSigningSettings } from '../signing/signed-cookies.js'
import { otherSiteOrigin } from './addresses.js'
import { behindTheScenes, type ServerState } from './behind-the-scenes.js'
import { raw, type Html } from './html.js'
import { layout, type PageContent } from './layout.js'

export interface DemoOptions {
  clock: Clock
  /** The app's mounted middlewares; every demo page runs inside those that apply to "demo.*". */
  middlewares: readonly MountedMiddleware[]
  sessions: SessionRuntime
  messages: MessageSettingsRuntime
  /** What signs and reads signed cookies now: the control API may change the keys after start-up. */
  signing: () => CookieSigningSettings
}

/** What a page handler answers: a page to show, or where to send the visitor (post/redirect/get). */
export type PageResult = PageContent | { redirect: string }
export type PageHandler = (context: OperationContext, req: Request) => Promise<PageResult>

interface Shown {
  page: PageContent
  flash: Html
  messagesArrived: number
}

async function show(context: OperationContext, page: PageContent): Promise<Shown> {
  const storage = context.messages
  if (storage === undefined) return { page, flash: raw(''), messagesArrived: 0 }
  const messagesArrived = await storage.count()
  return { page, flash: raw(await renderMessages(storage)), messagesArrived }
}

/** Read after the middlewares answered: the session as this response left it. */
async function serverState(context: OperationContext, options: DemoOptions, messagesArrived: number): Promise<ServerState> {
  const session = context.session
  const settings = options.sessions.settings
  return {
    sessionKey: session?.sessionKey ?? null,
    engine: settings.engine,
    expireAtBrowserClose: session ? await session.getExpireAtBrowserClose() : settings.sessionExpireAtBrowserClose,
    expiryAge: session ? await session.getExpiryAge() : settings.sessionCookieAge,
    data: Object.fromEntries(session ? await session.items() : []),
    messageStorage: options.messages.settings.messageStorage,
    messagesArrived,
  }
}

function sendHead(res: Response, status: number, headers: Map<string, string>, lines: readonly string[]): void {
  res.status(status)
  for (const [header, value] of headers) res.setHeader(header, value)
  for (const line of lines) res.append('Set-Cookie', line)
  // A reload asks the server again: a cached copy would show a used-up message a second time.
  res.setHeader('Cache-Control', 'no-store')
}

/** An Express handler for one page; `name` ("demo.cart") selects the middlewares, as an operation name does. */
export function pageRoute(name: string, handler: PageHandler, options: DemoOptions): RequestHandler {
  return async (req, res) => {
    let shown: Shown | undefined
    const context = createRequestContext(req, options.clock, req.method === 'POST' ? req.body : {})
    const response = await runInRequest(async (ctx) => {
      const result = await handler(ctx, req)
      if ('redirect' in result) {
        ctx.status = 303
        ctx.responseHeaders.set('Location', result.redirect)
      } else {
        shown = await show(ctx, result)
      }
      return {}
    }, context, middlewareChain(options.middlewares, name))
    sendHead(res, response.status, response.headers, sendableLines(response.cookies))
    if (shown === undefined) {
      res.type('text').send(`See ${response.headers.get('Location') ?? 'the next page'}`)
      return
    }
    const behind = behindTheScenes(await serverState(context, options, shown.messagesArrived), {
      cookieHeader: req.headers.cookie,
      receivedNames: [...context.requestCookies.keys()],
      setCookieLines: response.cookies.lines(),
    })
    const otherSite = otherSiteOrigin(req.headers.host)
    res.type('html').send(layout({ page: shown.page, path: req.baseUrl + req.path, flash: shown.flash, behind, otherSite }).text)
  }
}
