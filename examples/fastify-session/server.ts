// An ordinary Fastify 5 app with its own REST routes, built on the real @fastify/cookie,
// @fastify/session (its MemoryStore) and @fastify/flash. It knows nothing of sessionspec:
// targets/fastify-session.yaml maps the suite's operations onto these routes.
//
//   node --import tsx examples/fastify-session/server.ts --port 3000
//
// Unlike the Express example it answers with plain JSON and status codes: 422 for a cookie it
// cannot write, and a signed cookie that does not verify is {"valid": false, "why": …}.
import { parseArgs } from 'node:util'
import Fastify, { type FastifyReply } from 'fastify'
import fastifyCookie, { type CookieSerializeOptions } from '@fastify/cookie'
import fastifySession from '@fastify/session'

// The serializer's options: @fastify/cookie's own without 'auto' for Secure, which this app never uses.
type SerializeOptions = Parameters<typeof app.serializeCookie>[2]
import fastifyFlash from '@fastify/flash'

declare module 'fastify' {
  interface Session {
    basket?: Record<string, unknown>
    user?: string
  }
}

const SECRET = 'fastify-session example secret, not for production use'
const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000

const app = Fastify()
await app.register(fastifyCookie, { secret: SECRET })
await app.register(fastifySession, {
  secret: SECRET,
  cookieName: 'sid',
  saveUninitialized: false,
  // Plain HTTP in the example: Secure would keep the browser from sending the cookie back.
  cookie: { secure: false, httpOnly: true, sameSite: 'lax', maxAge: TWO_WEEKS_MS, path: '/' },
})
await app.register(fastifyFlash)

app.get('/healthz', async () => ({ up: true }))

// The basket lives in the session.
const basket = (request: { session: { get(key: 'basket'): Record<string, unknown> | undefined } }) => request.session.get('basket') ?? {}
app.get('/basket', async (request) => ({ items: basket(request) }))
app.get<{ Params: { key: string } }>('/basket/:key', async (request) => {
  const items = basket(request)
  const inBasket = Object.hasOwn(items, request.params.key)
  return { key: request.params.key, inBasket, ...(inBasket ? { item: items[request.params.key] } : {}) }
})
app.put<{ Params: { key: string }; Body: { item: unknown } }>('/basket/:key', async (request) => {
  request.session.set('basket', { ...basket(request), [request.params.key]: request.body.item })
  return { key: request.params.key }
})
app.delete<{ Params: { key: string } }>('/basket/:key', async (request) => {
  const { [request.params.key]: gone, ...rest } = basket(request)
  if (gone !== undefined) request.session.set('basket', rest)
  return { removed: gone !== undefined }
})
app.delete('/basket', async (request) => {
  if (request.session.get('basket')) request.session.set('basket', {})
  return { emptied: true }
})

// Signing in regenerates the session against fixation; signing out destroys it.
app.post<{ Body: { user?: string } }>('/session', async (request) => {
  await request.session.regenerate()
  request.session.set('user', request.body?.user ?? 'guest')
  return { user: request.session.get('user'), renewed: true }
})
app.delete('/session', async (request) => {
  await request.session.destroy()
  return { signedOut: true }
})

// Flash messages: @fastify/flash keeps them in the session until reply.flash() hands them out.
app.post<{ Body: { type: string; message: string } }>('/notices', async (request) => {
  request.flash(request.body.type, request.body.message)
  return { queued: true }
})
app.get('/notices', async (_request, reply) => ({ notices: reply.flash() }))
app.get('/notices/count', async (request) => {
  const pending = (request.session.get('flash' as never) ?? {}) as Record<string, string[]>
  return { pending: Object.values(pending).reduce((n, list) => n + list.length, 0) }
})

// Cookies: a debug page lists what the browser sent; preferences are set and removed by name.
app.get('/debug/cookies', async (request) => ({
  received: Object.entries(request.cookies).map(([name, value]) => ({ name, value: String(value) })),
}))
type CookieBody = { value: string; expires?: string; path?: string; domain?: string; secure?: boolean; httpOnly?: boolean; sameSite?: string }
app.put<{ Params: { name: string }; Body: CookieBody }>('/prefs/:name', async (request, reply) => setCookie(reply, request.params.name, request.body, false))
app.put<{ Params: { name: string }; Body: CookieBody }>('/signed-prefs/:name', async (request, reply) => setCookie(reply, request.params.name, request.body, true))
app.delete<{ Params: { name: string }; Querystring: { path?: string; domain?: string; sameSite?: string } }>('/prefs/:name', async (request, reply) => {
  const { path, domain, sameSite } = request.query
  const options: CookieSerializeOptions = { path: path ?? '/', domain, ...(sameSite ? { sameSite: sameSite.toLowerCase() as CookieSerializeOptions['sameSite'] } : {}) }
  try {
    app.serializeCookie(request.params.name, '', options as SerializeOptions)
    reply.clearCookie(request.params.name, options)
  } catch (error) {
    return reply.code(422).send({ message: (error as Error).message })
  }
  return { cleared: request.params.name }
})
app.get<{ Params: { name: string } }>('/signed-prefs/:name', async (request) => {
  const raw = request.cookies[request.params.name]
  if (raw === undefined) return { valid: false, why: 'absent' }
  const { valid, value } = request.unsignCookie(raw)
  return valid ? { valid, value } : { valid, why: 'tampered' }
})

function setCookie(reply: FastifyReply, name: string, body: CookieBody, signed: boolean) {
  const { value, expires, sameSite, ...rest } = body
  const options: CookieSerializeOptions = {
    path: '/',
    ...rest,
    ...(expires ? { expires: new Date(expires) } : {}),
    ...(sameSite !== undefined ? { sameSite: sameSite.toLowerCase() as CookieSerializeOptions['sameSite'] } : {}),
  }
  try {
    // setCookie writes the header only when the reply is sent: check the cookie now, so that a
    // bad name or attribute is a refusal rather than a server error.
    app.serializeCookie(name, value, options as SerializeOptions)
    reply.setCookie(name, value, { ...options, signed })
  } catch (error) {
    // An illegal name, value or attribute: the app refuses it and sets nothing.
    return reply.code(422).send({ message: (error as Error).message })
  }
  return { name }
}

const { values } = parseArgs({ options: { port: { type: 'string', default: '3000' }, host: { type: 'string', default: '127.0.0.1' } } })
await app.listen({ port: Number(values.port), host: values.host })
console.log(`fastify-session example listening on http://${values.host}:${app.server.address() && (app.server.address() as { port: number }).port}`)
