import type { IncomingMessage, ServerResponse } from 'node:http'
import express from 'express'
import { checksOperations } from './control/checks.js'
import { ControllableClock } from './clock.js'
import { checkControlParams, checkFixtureParams } from './pipeline/params-schema.js'
import { controlOperations, createDisabledControlRouter } from './control/index.js'
import { purgeOperations } from './control/purge.js'
import { settingsOperations } from './control/settings.js'
import { createDemoRouter } from './demo/index.js'
import { cookieOperations } from './fixtures/cookies.js'
import { serveOperations } from './pipeline/operation-router.js'
import { OperationService } from './pipeline/operation-service.js'
import { createPlainLane } from './pipeline/plain-lane.js'
import { messageOperations } from './fixtures/messages.js'
import { forOperations } from './pipeline/request-middleware.js'
import { sessionOperations } from './fixtures/sessions.js'
import { publicFailure } from './internal-error.js'
import { MessageMiddleware } from './messages/middleware.js'
import { MessageSettingsRuntime, type MessageSettings } from './messages/settings.js'
import type { StoreAddresses } from './sessions/engines/index.js'
import { SessionMiddleware } from './sessions/middleware.js'
import { SessionRuntime } from './sessions/runtime.js'
import { SigningSettingsRuntime } from './signing/settings.js'
import type { SessionSettings } from './sessions/settings.js'

export interface ReferenceSettings {
  secretKey: string
  /** Where the fixture and control APIs are mounted; default /__sessionspec. */
  fixturePrefix?: string
  enableControl: boolean
  clock?: ControllableClock
  /** Start-up session settings (what `reset` returns to); Django's defaults otherwise: db on SQLite. */
  session?: Partial<SessionSettings>
  /** Start-up message settings; Django's defaults otherwise: FallbackStorage, INFO. */
  messages?: Partial<MessageSettings>
  /** Where Redis, memcached and PostgreSQL answer. */
  stores?: Partial<StoreAddresses>
}

/** The app and what must be released with it (engine connections, the temporary directory). */
export interface ReferenceApp {
  app: express.Express
  /** Answers a plain fixture or control request without Express (pipeline/plain-lane.ts) and
   * returns true, or returns false and leaves the request to `app`. */
  plain(req: IncomingMessage, res: ServerResponse): boolean
  /** The request handler to serve: `plain`, else `app`. */
  handle(req: IncomingMessage, res: ServerResponse): void
  sessions: SessionRuntime
  close(): Promise<void>
}

export const SERVER_NAME = 'sessionspec-reference'
const DEFAULT_PREFIX = '/__sessionspec'

/** A prefix Express takes literally: slash-separated plain path segments, not the root. */
function checkPrefix(prefix: string): string {
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(prefix)) {
    throw new TypeError(`fixturePrefix ${JSON.stringify(prefix)} must look like /__sessionspec (no trailing slash)`)
  }
  return prefix
}

function homePage(prefix: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sessionspec reference server</title></head>
<body><h1>sessionspec reference server</h1>
<p>An Express implementation of Django's cookies, sessions and messages, the default target of
the sessionspec conformance suite. Its fixture API answers at <code>${prefix}/</code>.</p>
<p><a href="/demo/">The demo site</a>: a shopping cart, flash messages and cookie preferences, seen in a browser.</p>
</body></html>
`
}

/** Errors no router answered (a malformed URL): Express's own page would show a stack trace. */
function answerUncaught(error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (res.headersSent) return next(error)
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status).json({ error: 'the request is malformed' })
    return
  }
  const failure = publicFailure(error)
  res.status(failure.status).json({ error: failure.message, id: failure.id })
}

export function createReference(settings: ReferenceSettings): ReferenceApp {
  const prefix = checkPrefix(settings.fixturePrefix ?? DEFAULT_PREFIX)
  const clock = settings.clock ?? new ControllableClock()
  const signing = new SigningSettingsRuntime(settings.secretKey)
  const secretKey = () => signing.settings.secretKey
  const sessions = new SessionRuntime({ secretKey, secretKeyFallbacks: () => signing.settings.secretKeyFallbacks, settings: settings.session, stores: settings.stores })
  const messages = new MessageSettingsRuntime(settings.messages)
  const fixtures = new Map([...cookieOperations(() => signing.cookieSigning), ...sessionOperations(), ...messageOperations({ prefix })])
  const control = settings.enableControl
    ? new Map([
      ...settingsOperations(sessions, messages, signing),
      ...purgeOperations(sessions),
      ...checksOperations({ sessions, messages, signing }),
      ...controlOperations({ clock, resetHooks: [() => sessions.reset(), () => messages.reset(), () => signing.reset()] }),
    ])
    : undefined
  // Control operations are listed only when they can be called.
  const operations = [...fixtures.keys(), ...(control?.keys() ?? [])]
  // Django's MIDDLEWARE order: sessions outermost, messages inside it (059, 160). The demo
  // site's pages (demo.*) run inside the same two.
  const middlewares = [
    forOperations(new SessionMiddleware(sessions), 'session.', 'messages.', 'demo.'),
    forOperations(new MessageMiddleware({ secretKey, secretKeyFallbacks: () => signing.settings.secretKeyFallbacks, sessions, settings: messages }), 'messages.', 'demo.'),
  ]

  const app = express()
  app.disable('x-powered-by')
  app.get('/', (_req, res) => {
    res.type('html').send(homePage(prefix))
  })
  app.get(prefix, (_req, res) => {
    res.json({ sessionspec: 1, server: SERVER_NAME, operations })
  })
  const fixtureService = new OperationService(fixtures, clock, { middlewares, checkParams: checkFixtureParams })
  const controlService = control ? new OperationService(control, clock, { checkParams: checkControlParams }) : undefined
  app.use(`${prefix}/fixture`, serveOperations(fixtureService, { answerGet: true }))
  app.use('/demo', createDemoRouter({ clock, middlewares, sessions, messages, signing: () => signing.cookieSigning }))
  app.use(`${prefix}/control`, controlService ? serveOperations(controlService) : createDisabledControlRouter())
  app.use(answerUncaught)
  const plain = createPlainLane([
    { base: `${prefix}/fixture`, service: fixtureService },
    ...(controlService ? [{ base: `${prefix}/control`, service: controlService }] : []),
  ])
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!plain(req, res)) app(req, res)
  }
  return { app, plain, handle, sessions, close: () => sessions.close() }
}

/** createApp(settings) -> Express app; use createReference to release its engines when done. */
export function createApp(settings: ReferenceSettings): express.Express {
  return createReference(settings).app
}
