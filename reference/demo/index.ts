// The demo site: server-rendered pages over the reference server's own session and message
// middleware (the same instances that wrap the fixture operations), mounted at /demo.
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import { publicFailure } from '../internal-error.js'
import { cartPages } from './cart.js'
import { cookiePages } from './cookie-preferences.js'
import { elsewherePages } from './elsewhere.js'
import { flashPages } from './flash-form.js'
import { html } from './html.js'
import { overviewPages } from './overview.js'
import { pageRoute, type DemoOptions } from './page-route.js'

export type { DemoOptions } from './page-route.js'

/** "/cart/add" -> "demo.cart.add": the name the mounted middlewares select by. */
function pageName(path: string): string {
  return `demo${path.replace(/\//g, '.').replace(/\.$/, '')}`
}

function answerError(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error)
  const failure = publicFailure(error)
  res.status(failure.status).type('html')
    .send(html`<!doctype html><title>Demo error</title><h1>The demo could not answer</h1><p>${failure.message} (error id ${failure.id}).</p>`.text)
}

export function createDemoRouter(options: DemoOptions): Router {
  const router = express.Router()
  router.use(express.urlencoded({ extended: false, limit: '16kb' }))
  const pages = [...overviewPages(), ...cartPages(options), ...flashPages(), ...cookiePages(options), ...elsewherePages()]
  for (const [method, path, handler] of pages) {
    const route = pageRoute(pageName(path), handler, options)
    if (method === 'GET') router.get(path, route)
    else router.post(path, route)
  }
  router.use(answerError)
  return router
}
