// An ordinary Express app with its own routes, built on the real express-session (MemoryStore),
// connect-flash and cookie-parser. It knows nothing of sessionspec: targets/express-session.yaml
// maps the suite's operations onto these routes.
//
//   npm install express@5 express-session@1.19 connect-flash@0.1 cookie-parser@1.4
//   node examples/express-session/server.mjs --port 3000
//
// Its JSON API answers every request it understood with HTTP 200 and an envelope, as Slack's Web
// API does: { "ok": true, "data": ... } or { "ok": false, "error": "..." }.
import { parseArgs } from 'node:util'
import express from 'express'
import session from 'express-session'
import flash from 'connect-flash'
import cookieParser from 'cookie-parser'

const SECRET = 'express-session example secret, not for production'
const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000

const app = express()
app.use(express.json())
app.use(cookieParser(SECRET))
app.use(session({
  secret: SECRET,
  store: new session.MemoryStore(),
  resave: false,
  saveUninitialized: false,
  cookie: { maxAge: TWO_WEEKS_MS, httpOnly: true, sameSite: 'lax' },
}))
app.use(flash())

const ok = (res, data) => res.json(data === undefined ? { ok: true } : { ok: true, data })
const failed = (res, error) => res.json({ ok: false, error })

app.get('/api/health', (_req, res) => ok(res))

// The shopping cart lives in the session.
app.get('/api/cart', (req, res) => ok(res, { items: req.session.cart ?? {} }))
app.get('/api/cart/:key', (req, res) => {
  const cart = req.session.cart ?? {}
  if (!Object.hasOwn(cart, req.params.key)) return failed(res, 'no such item')
  return ok(res, { key: req.params.key, item: cart[req.params.key] })
})
app.post('/api/cart/:key', (req, res) => {
  req.session.cart = { ...req.session.cart, [req.params.key]: req.body.item }
  ok(res, { key: req.params.key, item: req.body.item })
})
app.patch('/api/cart', (req, res) => {
  const items = req.body.items ?? {}
  req.session.cart = { ...req.session.cart, ...items }
  ok(res, { updated: Object.keys(items).length })
})
app.delete('/api/cart/:key', (req, res) => {
  const cart = req.session.cart ?? {}
  const removed = Object.hasOwn(cart, req.params.key)
  if (removed) {
    const { [req.params.key]: _gone, ...rest } = cart
    req.session.cart = rest
  }
  ok(res, { key: req.params.key, removed })
})
app.delete('/api/cart', (req, res) => {
  if (req.session.cart) req.session.cart = {}
  ok(res)
})

// Signing in starts a new session (against fixation); signing out ends it.
app.post('/login', (req, res, next) => {
  req.session.regenerate((error) => {
    if (error) return next(error)
    req.session.user = String(req.body.username ?? 'guest')
    ok(res, { user: req.session.user })
  })
})
app.post('/logout', (req, res, next) => {
  req.session.destroy((error) => (error ? next(error) : ok(res)))
})

// Flash messages (connect-flash keeps them in the session until they are read).
app.post('/flash', (req, res) => {
  req.flash(String(req.body.type), String(req.body.msg))
  ok(res)
})
app.get('/flash', (req, res) => {
  res.json({ messages: req.flash() })
})
app.get('/api/notifications/unread', (req, res) => {
  const pending = req.session.flash ?? {}
  ok(res, { unread: Object.values(pending).reduce((n, list) => n + list.length, 0) })
})

// Cookies: the privacy page lists what the browser sent; preferences are set and removed by name.
app.get('/privacy/cookies', (req, res) => {
  const cookies = Object.entries(req.cookies).map(([name, value]) => ({ name, value: String(value) }))
  ok(res, { cookies })
})
app.put('/api/cookies/:name', (req, res) => {
  const { value, options } = req.body
  res.cookie(req.params.name, value, cookieOptions(options))
  ok(res, { name: req.params.name })
})
app.delete('/api/cookies/:name', (req, res) => {
  res.clearCookie(req.params.name, cookieOptions(req.query))
  ok(res, { name: req.params.name })
})
app.put('/api/signed-cookies/:name', (req, res) => {
  const { value, options } = req.body
  res.cookie(req.params.name, value, { ...cookieOptions(options), signed: true })
  ok(res, { name: req.params.name })
})
app.get('/api/signed-cookies/:name', (req, res) => {
  const value = req.signedCookies[req.params.name]
  if (value === undefined) return failed(res, 'no such cookie')
  if (value === false) return failed(res, 'invalid signature')
  return ok(res, { name: req.params.name, value })
})

/** Express's own cookie options, with `expires` arriving as a date string. */
function cookieOptions(raw = {}) {
  const { expires, ...rest } = raw
  return { ...rest, ...(typeof expires === 'string' ? { expires: new Date(expires) } : {}) }
}

// Invalid input (a cookie name or attribute that cannot be written) is an answer, not a crash.
// Express knows an error handler by its four parameters.
app.use((error, _req, res, _next) => {
  if (error instanceof TypeError || error instanceof RangeError) return failed(res, error.message)
  res.status(500).json({ ok: false, error: 'internal error' })
})

const { values } = parseArgs({ options: { port: { type: 'string', default: '3000' }, host: { type: 'string', default: '127.0.0.1' } } })
const server = app.listen(Number(values.port), values.host, () => {
  const { port } = server.address()
  console.log(`express-session example listening on http://${values.host}:${port}`)
})
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => process.exit(0)))
