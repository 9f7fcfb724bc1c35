// The demo site over plain HTTP: its pages run inside the session and message middleware (the
// cart is in the session, a message survives one redirect), and what it shows is escaped.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startTestServer, type TestServer } from './session-http.js'

let server: TestServer
let origin: string

before(async () => {
  server = await startTestServer()
  origin = new URL(server.base).origin
})
after(() => server.close())

interface Page { status: number; location: string | null; setCookie: string[]; html: string }

async function request(path: string, cookie = '', form?: Record<string, string>): Promise<Page> {
  const headers: Record<string, string> = cookie ? { cookie } : {}
  const init: RequestInit = form
    ? { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() }
    : { headers }
  const res = await fetch(`${origin}${path}`, { ...init, redirect: 'manual' })
  return { status: res.status, location: res.headers.get('location'), setCookie: res.headers.getSetCookie(), html: await res.text() }
}

/** The name=value pairs of Set-Cookie lines, as a browser would send them back. */
function cookieHeader(lines: string[]): string {
  return lines.map((line) => line.split(';')[0]).filter((pair) => !pair.endsWith('=""')).join('; ')
}

describe('the demo site', () => {
  it('keeps the cart in the session, through the session middleware', async () => {
    const added = await request('/demo/cart/add', '', { item: 'tea' })
    assert.equal(added.status, 303)
    assert.equal(added.location, '/demo/cart')
    assert.ok(added.setCookie.some((line) => line.startsWith('sessionid=')), 'the session cookie is set')
    const cart = await request('/demo/cart', cookieHeader(added.setCookie))
    assert.match(cart.html, /<tr data-item="Tea">/)
    assert.match(cart.html, /<li class="success">Added Tea to your cart\.<\/li>/)
  })

  it('shows nothing stored and sets no cookie for a first look at the cart', async () => {
    const cart = await request('/demo/cart')
    assert.deepEqual(cart.setCookie, [])
    assert.match(cart.html, /Your cart is empty/)
  })

  it('makes the session browser-length with set_expiry(0)', async () => {
    const added = await request('/demo/cart/add', '', { item: 'mug' })
    const chosen = await request('/demo/cart/lifetime', cookieHeader(added.setCookie), { lifetime: 'browser' })
    const line = chosen.setCookie.find((l) => l.startsWith('sessionid='))
    assert.ok(line && !/Max-Age|expires/i.test(line), `a session cookie without expiry: ${line}`)
  })

  it('shows a message once after the redirect, escaped', async () => {
    const sent = await request('/demo/messages', '', { level: 'error', text: '<b>Declined</b>' })
    assert.equal(sent.location, '/demo/messages/next')
    const next = await request(sent.location, cookieHeader(sent.setCookie))
    assert.match(next.html, /<li class="error">&lt;b&gt;Declined&lt;\/b&gt;<\/li>/)
    assert.ok(next.setCookie.some((line) => line.startsWith('messages=""')), 'the used-up messages cookie is deleted')
  })

  it('sets a cookie with the chosen attributes, or says why the server refused', async () => {
    const set = await request('/demo/cookies/set', '', { name: 'theme', value: 'dark', max_age: '60', samesite: 'Strict', httponly: 'on' })
    assert.ok(set.setCookie.some((line) => /^theme=dark; .*HttpOnly; Max-Age=60; Path=\/; SameSite=Strict$/.test(line)), set.setCookie.join('\n'))
    const refused = await request('/demo/cookies/set', '', { name: 'bad name', value: 'x' })
    assert.ok(!refused.setCookie.some((line) => line.startsWith('bad')), 'no cookie for an illegal name')
    const page = await request('/demo/cookies', cookieHeader(refused.setCookie))
    assert.match(page.html, /The server refused to set the cookie/)
  })

  it('signs and reads signed cookies with the keys the control API set last, not the start-up key', async () => {
    const signedWith = async () => (await request('/demo/cookies/set', '', { name: 'pref', value: 'v', signed: 'on' })).setCookie
    const reading = async (lines: string[]) => /<tr data-cookie="pref">.*?<td>(<span class="(\w+)[^"]*")/s.exec((await request('/demo/cookies', cookieHeader(lines))).html)?.[2]
    try {
      const before = await signedWith()
      assert.equal(await reading(before), 'signed')
      assert.equal((await server.control('settings.set', { secretKey: 'a-second-key-set-after-start-up' })).status, 200)
      assert.equal(await reading(before), 'unsigned', 'a cookie signed with the former key is not read once the key changed without a fallback')
      const after = await signedWith()
      assert.notDeepEqual(after, before)
      assert.equal(await reading(after), 'signed')
      await server.control('settings.set', { secretKey: 'a-third-key', secretKeyFallbacks: ['a-second-key-set-after-start-up'] })
      assert.equal(await reading(after), 'signed', 'a cookie signed with a key kept in SECRET_KEY_FALLBACKS is read')
    } finally {
      await server.control('reset')
    }
  })

  it('links the other loopback name as another site', async () => {
    const elsewhere = await request('/demo/elsewhere')
    assert.match(elsewhere.html, new RegExp(`href="http://localhost:${new URL(origin).port}/demo/cookies"`))
  })
})
