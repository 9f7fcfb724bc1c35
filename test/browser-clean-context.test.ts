// A browser context kept from one visitor for the next (harness/agent/clean-context.ts) starts
// as a new private window would: a page that left a cookie, local and session storage, an
// IndexedDB database, a cached script and a granted permission finds none of them, on each
// origin it used; a
// context whose requests were rerouted is never handed on.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { after, before, describe, it } from 'node:test'
import { closeWorkerBrowser, CHROMIUM_PATH, isChromiumInstalled, workerBrowser } from '../harness/agent/browser.js'
import { BrowserVisitor } from '../harness/agent/browser-visitor.js'

const LEAVE = `<script src="/cached.js"></script><script>
  document.cookie = 'left=1; max-age=3600; path=/'
  localStorage.setItem('left', '1')
  sessionStorage.setItem('left', '1')
  indexedDB.open('left').onsuccess = () => { document.title = 'stored' }
</script>`
const LOOK = `<script src="/cached.js"></script><script>
  Promise.all([indexedDB.databases(), navigator.permissions.query({ name: 'geolocation' })]).then(([found, geolocation]) => {
    document.title = JSON.stringify({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, databases: found.length, geolocation: geolocation.state })
  })
</script>`

describe('a kept browser context', { skip: isChromiumInstalled() || process.env.CI === 'true' ? false : `Chromium is not installed at ${CHROMIUM_PATH} (an error under CI=true)` }, () => {
  let server: Server
  let origins: string[]
  let scriptRequests = 0
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/cached.js') {
        scriptRequests++
        response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }).end('window.loaded = true')
        return
      }
      response.writeHead(200, { 'content-type': 'text/html' }).end(request.url === '/leave' ? LEAVE : LOOK)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    // Two origins of one server: a scenario may use the site and "another site".
    origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
  })
  after(async () => {
    await closeWorkerBrowser()
    server.close()
  })

  async function leaveEverything(visitor: BrowserVisitor): Promise<void> {
    for (const origin of origins) {
      await visitor.goto(`${origin}/leave`)
      await visitor.page.waitForFunction(() => document.title === 'stored')
      await visitor.goto(`${origin}/leave`)
    }
  }

  it('is handed to the next visitor with nothing the last one left, on every origin', async () => {
    const first = await BrowserVisitor.open()
    await leaveEverything(first)
    const context = first.context
    // A cookie for a site no request went to, as a restart's saved state may bring back.
    await context.addCookies([{ name: 'elsewhere', value: '1', domain: 'example.test', path: '/', expires: 4_000_000_000 }])
    assert.equal((await context.cookies()).length, 3)
    await context.grantPermissions(['geolocation'])
    const requestsBefore = scriptRequests
    await first.close()

    const second = await BrowserVisitor.open()
    assert.equal(second.context, context, 'the same context, kept')
    assert.equal(second.page.url(), 'about:blank')
    assert.deepEqual(await second.context.cookies(), [])
    for (const origin of origins) {
      await second.goto(`${origin}/look`)
      await second.page.waitForFunction(() => document.title.startsWith('{'))
      assert.deepEqual(JSON.parse(await second.page.title()), { cookie: '', local: 0, session: 0, databases: 0, geolocation: 'prompt' }, origin)
    }
    assert.equal(scriptRequests, requestsBefore + origins.length, 'the cached script is fetched again on each origin')
    await second.close()
  })

  it('is not handed on once its requests were rerouted', async () => {
    const first = await BrowserVisitor.open()
    await first.refuseAllCookies()
    const context = first.context
    await first.close()
    const second = await BrowserVisitor.open()
    assert.notEqual(second.context, context)
    await second.close()
    await workerBrowser()
  })
})
