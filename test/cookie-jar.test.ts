import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { VirtualCookieJar } from '../harness/agent/cookie-jar.js'
import { VirtualClock } from '../harness/agent/virtual-clock.js'

const URL = 'http://127.0.0.1:8000/'
const T0 = Date.UTC(2030, 0, 1)

function jarAt(ms = T0) {
  const clock = new VirtualClock(ms)
  return { clock, jar: new VirtualCookieJar(clock) }
}

describe('the cookie jar on a virtual clock', () => {
  it('keeps a Max-Age=10 cookie for 9.999 s and drops it at 10 s (RFC 6265bis §5.6.2)', async () => {
    const { clock, jar } = jarAt()
    await jar.receive('a=b; Max-Age=10; Path=/', URL)
    clock.advance(9.999)
    assert.equal((await jar.find('a'))?.value, 'b')
    clock.advance(0.001)
    assert.equal(await jar.find('a'), undefined)
  })

  it('counts Max-Age from the moment a replacing cookie is received, not from the first one', async () => {
    const { clock, jar } = jarAt()
    await jar.receive('a=1; Max-Age=14; Path=/', URL)
    clock.advance(10)
    await jar.receive('a=2; Max-Age=14; Path=/', URL)
    clock.advance(10)
    assert.equal((await jar.find('a'))?.value, '2')
    clock.advance(4)
    assert.equal(await jar.find('a'), undefined)
  })

  it('does not extend Max-Age when the cookie is read (unlike tough-cookie on the system clock)', async () => {
    const { clock, jar } = jarAt()
    await jar.receive('a=b; Max-Age=2; Path=/', URL)
    for (let i = 0; i < 3; i++) {
      clock.advance(0.9)
      await jar.cookieHeader(URL)
    }
    assert.equal(await jar.find('a'), undefined)
  })

  it('drops an Expires cookie when the virtual clock passes the date, whatever the real time', async () => {
    const { clock, jar } = jarAt()
    await jar.receive(`a=b; Expires=${new Date(T0 + 3600_000).toUTCString()}; Path=/`, URL)
    clock.advance(3599)
    assert.equal(await jar.cookieHeader(URL), 'a=b')
    clock.advance(1)
    assert.equal(await jar.cookieHeader(URL), '')
  })

  it('treats Max-Age=0 and a negative Max-Age as an immediate deletion', async () => {
    const { jar } = jarAt()
    await jar.receive('a=1; Path=/', URL)
    await jar.receive('b=2; Path=/', URL)
    await jar.receive('a=""; Max-Age=0; Path=/', URL)
    await jar.receive('b=x; Max-Age=-5; Path=/', URL)
    assert.equal(await jar.cookieHeader(URL), '')
  })

  it('sends only the cookies whose path matches the request', async () => {
    const { jar } = jarAt()
    await jar.receive('shop=1; Path=/shop/', URL)
    await jar.receive('all=1; Path=/', URL)
    assert.equal(await jar.cookieHeader(URL), 'all=1')
    assert.equal(await jar.cookieHeader(`${URL}shop/cart`), 'shop=1; all=1')
  })

  it('refuses a cookie for another domain and says why', async () => {
    const { jar } = jarAt()
    const reason = await jar.receive('a=b; Domain=example.com', URL)
    assert.ok(reason, 'a foreign Domain must be refused')
    assert.equal(await jar.find('a'), undefined)
  })

  it('forgets browser-session cookies and keeps persistent ones when the browser closes', async () => {
    const { jar } = jarAt()
    await jar.receive('session=1; Path=/', URL)
    await jar.receive('persistent=1; Max-Age=3600; Path=/', URL)
    await jar.closeBrowser()
    assert.equal(await jar.cookieHeader(URL), 'persistent=1')
  })

  it('starts every scenario empty: two jars share nothing', async () => {
    const first = jarAt().jar
    await first.receive('a=b; Path=/', URL)
    assert.equal(await jarAt().jar.cookieHeader(URL), '')
  })
})

describe('the virtual clock', () => {
  it('starts on a whole second and refuses to go back', () => {
    const clock = new VirtualClock(T0 + 750)
    assert.equal(clock.nowMs(), T0)
    assert.throws(() => clock.advance(-1), /only moves forward/)
  })
})
