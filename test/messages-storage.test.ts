// The storage rules over HTTP (catalogue 117-124, 138-145, 154, 160, 182): what each storage
// keeps, consumes and sends, on the memory engine and a frozen clock.
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { cookieTexts, DELETED, longText, Visitor } from './messages-http.js'
import { startTestServer, type TestServer } from './session-http.js'

let server: TestServer
before(async () => { server = await startTestServer() })
after(() => server.close())
beforeEach(() => server.reset())

const useStorage = (messageStorage: string) => server.control('settings.set', { messageStorage })
const info = (text: string) => ({ level: 'info', text })
const sixLong = { messages: Array.from({ length: 6 }, (_, i) => info(longText(i + 1, 400))) }
const numbers = (texts: string[]) => texts.map((text) => Number(text.split(' ')[0]))

for (const storage of ['cookie', 'session', 'fallback']) {
  describe(`every storage: ${storage} (117-122)`, () => {
    let visitor: Visitor
    beforeEach(async () => {
      await useStorage(storage)
      visitor = new Visitor(server)
    })
    test('117: a message survives to the next page, then is gone', async () => {
      await visitor.visit('messages.add', info('Saved'))
      assert.deepEqual(await visitor.listed(), ['Saved'])
      assert.deepEqual(await visitor.listed(), [])
    })
    test('118: counting consumes nothing and sends no cookie', async () => {
      await visitor.visit('messages.add', info('Kept'))
      assert.deepEqual((await visitor.visit('messages.count')).body, { count: 1 })
      assert.deepEqual(visitor.last?.setCookie, [])
      assert.deepEqual(await visitor.listed(), ['Kept'])
    })
    test('120, 122: messages not shown pile up, oldest first', async () => {
      await visitor.visit('messages.add', info('one'))
      await visitor.visit('messages.add', { level: 'error', text: 'two' })
      await visitor.visit('messages.addMany', { messages: [info('three'), info('four')] })
      assert.deepEqual(await visitor.listed(), ['one', 'two', 'three', 'four'])
    })
    test('121: added and shown in one request, never kept; older ones are shown with them', async () => {
      await visitor.visit('messages.add', info('old'))
      const answer = await visitor.visit('messages.addMany', { messages: [info('new')], thenList: true })
      assert.deepEqual((answer.body.messages as Array<{ text: string }>).map((m) => m.text), ['old', 'new'])
      assert.deepEqual(await visitor.listed(), [])
    })
    test('117: post/redirect/get: the page redirected to is fetched with GET', async () => {
      const answer = await fetch(`${server.base}/fixture/messages.addAndRedirect`, { method: 'POST', body: JSON.stringify(info('Placed')), redirect: 'manual' })
      assert.equal(answer.status, 302)
      assert.equal(answer.headers.get('location'), '/__sessionspec/fixture/messages.list')
      const cookie = answer.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
      const page = await fetch(new URL(answer.headers.get('location') ?? '', server.base), { headers: { cookie } })
      assert.deepEqual(((await page.json()) as { messages: Array<{ text: string }> }).messages.map((m) => m.text), ['Placed'])
    })
  })
}

describe('the cookie storage (125-136, 154)', () => {
  let visitor: Visitor
  beforeEach(async () => {
    await useStorage('cookie')
    visitor = new Visitor(server)
  })
  test('126, 127: attributes from the session settings, Path always /', async () => {
    await server.control('settings.set', { sessionCookiePath: '/app/', sessionCookieDomain: '.example.com', sessionCookieSameSite: 'Strict', sessionCookieSecure: true, sessionCookieHttpOnly: false })
    await visitor.visit('messages.add', info('Hello'))
    const [line] = visitor.lines('messages')
    assert.match(line, /^messages=[^;]+; Domain=\.example\.com; Path=\/; SameSite=Strict; Secure$/)
    await visitor.visit('messages.list')
    assert.deepEqual(visitor.lines('messages'), ['messages=""; Domain=.example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Strict'])
  })
  test('132: six long messages keep 3-6 and the sentinel; 1-2 are lost', async () => {
    await visitor.visit('messages.addMany', sixLong)
    const held = await cookieTexts(visitor.cookies.get('messages') ?? '')
    assert.deepEqual(numbers(held.texts), [3, 4, 5, 6])
    assert.equal(held.allRetrieved, false)
    assert.deepEqual(numbers(await visitor.listed()), [3, 4, 5, 6])
  })
  test('134: a tampered cookie shows nothing and is deleted', async () => {
    await visitor.visit('messages.add', info('Hello'))
    visitor.cookies.set('messages', `${visitor.cookies.get('messages')}x`)
    assert.deepEqual(await visitor.listed(), [])
    assert.deepEqual(visitor.lines('messages'), [DELETED])
  })
  test('134: a tampered cookie is deleted even when only counted', async () => {
    visitor.cookies.set('messages', 'W10:1r31eq:forged')
    await visitor.visit('messages.count')
    assert.deepEqual(visitor.lines('messages'), [DELETED])
  })
  test('136: listing nothing still deletes the cookie', async () => {
    await visitor.visit('messages.list')
    assert.deepEqual(visitor.last?.setCookie, [DELETED])
  })
  test('119: rendering nothing iterates nothing, so no cookie', async () => {
    assert.deepEqual((await visitor.visit('messages.render')).body, { html: '' })
    assert.deepEqual(visitor.last?.setCookie, [])
  })
  test('154: messages in the cookie start no session and add no Vary', async () => {
    await visitor.visit('messages.add', info('Hello'))
    assert.deepEqual(visitor.lines('sessionid'), [])
    assert.equal(visitor.last?.vary, null)
  })
})

describe('the session storage (138-140)', () => {
  let visitor: Visitor
  beforeEach(async () => {
    await useStorage('session')
    visitor = new Visitor(server)
  })
  test('138: "_messages" holds the JSON text with default separators', async () => {
    await visitor.visit('messages.add', info('one'))
    assert.equal(visitor.lines('sessionid').length, 1)
    assert.deepEqual((await visitor.visit('session.get', { key: '_messages' })).body, { found: true, value: '[["__json_message", 0, 20, "one", ""]]' })
  })
  test('138: showing pops "_messages", which re-sends the session cookie', async () => {
    await visitor.visit('messages.add', info('one'))
    const key = visitor.cookies.get('sessionid')
    await visitor.listed()
    assert.equal(visitor.lines('sessionid')[0].split(';')[0], `sessionid=${key}`)
    assert.deepEqual((await visitor.visit('session.get', { key: '_messages' })).body, { found: false })
  })
  test('140: listing reads the session, so the response varies on Cookie', async () => {
    await visitor.visit('messages.list')
    assert.equal(visitor.last?.vary, 'Cookie')
    assert.deepEqual(visitor.last?.setCookie, [])
  })
})

describe('the fallback storage (141-145, 160, 182)', () => {
  let visitor: Visitor
  beforeEach(async () => {
    await useStorage('fallback')
    visitor = new Visitor(server)
  })
  test('141, 160, 182: the cookie keeps 1-4, the session 5-6, both cookies in one response', async () => {
    await visitor.visit('messages.addMany', sixLong)
    assert.deepEqual(visitor.last?.setCookie.map((line) => line.split('=')[0]), ['messages', 'sessionid'])
    const held = await cookieTexts(visitor.cookies.get('messages') ?? '')
    assert.deepEqual(numbers(held.texts), [1, 2, 3, 4])
    assert.equal(held.allRetrieved, false)
    const session = (await visitor.visit('session.get', { key: '_messages' })).body.value as string
    assert.deepEqual((JSON.parse(session) as unknown[][]).map((m) => Number(String(m[3]).split(' ')[0])), [5, 6])
  })
  test('143: showing overflowed messages clears the cookie and the session key', async () => {
    await visitor.visit('messages.addMany', sixLong)
    const key = visitor.cookies.get('sessionid')
    assert.deepEqual(numbers(await visitor.listed()), [1, 2, 3, 4, 5, 6])
    assert.deepEqual(visitor.lines('messages'), [DELETED])
    assert.equal(visitor.lines('sessionid')[0].split(';')[0], `sessionid=${key}`)
    assert.deepEqual((await visitor.visit('session.get', { key: '_messages' })).body, { found: false })
  })
  test('142, 143: a complete cookie is cleared alone and the session is not read', async () => {
    await visitor.visit('messages.add', info('Hello'))
    assert.deepEqual(await visitor.listed(), ['Hello'])
    assert.deepEqual(visitor.last?.setCookie, [DELETED])
    assert.equal(visitor.last?.vary, null)
  })
  test('143: a cookie holding only the sentinel is never deleted, and the session is read each time', async () => {
    await visitor.visit('messages.add', info(longText(1, 3000)))
    assert.deepEqual((await cookieTexts(visitor.cookies.get('messages') ?? '')).texts, [])
    assert.deepEqual(numbers(await visitor.listed()), [1])
    assert.deepEqual(visitor.lines('messages'), [])
    assert.deepEqual(await visitor.listed(), [])
    assert.equal(visitor.last?.vary, 'Cookie')
  })
  test('144: a tampered cookie is ignored but not deleted', async () => {
    visitor.cookies.set('messages', 'W10:1r31eq:forged')
    assert.deepEqual(await visitor.listed(), [])
    assert.deepEqual(visitor.last?.setCookie, [])
  })
  test('145: showing nothing sends no cookie and reads no session', async () => {
    assert.deepEqual(await visitor.listed(), [])
    assert.deepEqual(visitor.last?.setCookie, [])
    assert.equal(visitor.last?.vary, null)
  })
})
