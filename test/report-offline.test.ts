// The HTML report is one self-contained file: opened from a file:// URL in Chromium with every
// network request refused, it shows its summary and its scenarios, and its filter works. And a
// run's report folder holds only files that reports/README.md describes.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, isChromiumInstalled } from '../harness/agent/browser.js'

const reports = mkdtempSync(join(tmpdir(), 'sessionspec-report-offline-'))
const folder = join(reports, 'reference')

describe('a run\'s report folder', () => {
  before(() => {
    const run = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', 'reference', '--reports', reports, '--tags', '@id:COOK-SER-001 or @id:COOK-SER-002', 'features/cookies/serialization.feature'], { encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
  })

  it('keeps what the in-process server logged in server.log, off the console', () => {
    // A session record another program wrote that the server cannot read: Django logs "Session
    // data corrupted" (SESS-REC-004 and its rows, db engine).
    const own = mkdtempSync(join(tmpdir(), 'sessionspec-server-log-'))
    const logged = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', 'reference', '--reports', own, '--tags', '@engine:db', 'features/sessions/stored-record.feature'], { encoding: 'utf8' })
    assert.equal(logged.status, 0, logged.stderr)
    assert.doesNotMatch(logged.stdout + logged.stderr, /SuspiciousSession/)
    assert.match(readFileSync(join(own, 'reference', 'server.log'), 'utf8'), /^django\.security\.SuspiciousSession: Session data corrupted$/m)
    const readme = readFileSync('reports/README.md', 'utf8')
    assert.ok(readme.includes('`server.log`'))
  })

  it('holds only files that reports/README.md describes', () => {
    const readme = readFileSync('reports/README.md', 'utf8')
    const described = (file: string) => readme.includes(`\`${file.replace(/^badge-[a-z]+\.json$/, 'badge-<profile>.json')}\``)
    const files = readdirSync(folder).sort()
    assert.deepEqual(files, ['badge-core.json', 'badge-django.json', 'junit.xml', 'report.html', 'results.json', 'summary.md'])
    assert.deepEqual(files.filter((file) => !described(file)), [])
  })

  describe('report.html in Chromium, from a file:// URL, with no network', { skip: isChromiumInstalled() || process.env.CI === 'true' ? false : `Chromium is not installed at ${CHROMIUM_PATH} (an error under CI=true)` }, () => {
    let browser: Browser
    before(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
    })
    after(async () => {
      await browser?.close()
    })

    it('asks for nothing beyond the file and shows the summary, a scenario and a working filter', async () => {
      const context = await browser.newContext()
      const requested: string[] = []
      // Every request the page makes passes here; only the report file itself may load.
      await context.route('**/*', (route) => {
        const url = route.request().url()
        requested.push(url)
        return url.startsWith('file://') ? route.continue() : route.abort('blockedbyclient')
      })
      const page = await context.newPage()
      page.on('websocket', (socket) => requested.push(socket.url()))
      const report = pathToFileURL(join(folder, 'report.html')).href
      await page.goto(report, { waitUntil: 'load' })

      const card = page.locator('.cards .card').first()
      assert.ok(await card.isVisible(), 'the summary card is not visible')
      assert.match(await card.innerText(), /2 passed/)
      const first = page.locator('.scenario').filter({ hasText: '@id:COOK-SER-001' })
      assert.equal(await first.count(), 1)
      assert.ok(await first.isVisible(), 'the scenario COOK-SER-001 is not visible')
      assert.match(await first.locator('.outcomes').innerText(), /reference: 1\/1 passed/)
      assert.ok(await page.locator('tr[data-row]', { hasText: 'COOK-SER-002' }).isVisible(), 'the row of COOK-SER-002 is not visible')

      // The inline filter script runs: searching for one scenario's id hides the other's row.
      await page.locator('[data-filter="text"]').fill('COOK-SER-002')
      assert.equal(await page.locator('tr[data-row]', { hasText: 'COOK-SER-001' }).isVisible(), false)
      assert.ok(await page.locator('tr[data-row]', { hasText: 'COOK-SER-002' }).isVisible())

      assert.deepEqual(requested.filter((url) => !url.startsWith('file://')), [])
      assert.deepEqual(requested, [report])
      await context.close()
    })
  })
})
