// sessionspec as a user's project gets it: `npm pack` here, the tarball installed into an empty
// project, then `npx sessionspec` there. A packaging mistake (a file left out of `files`, a
// runtime import of a devDependency, a path looked up in the wrong directory) fails here.
// The project then runs the suite against the express-session example as a user copies it
// (examples/express-session/README.md: the app, its target file and an npm install of its four
// packages), together with a feature and a step file of its own.
// Needs the npm registry or a warm npm cache (--prefer-offline); when npm cannot install, the
// test fails with npm's own last line.
import assert from 'node:assert/strict'
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { before, describe, it } from 'node:test'

const OPTIONAL_PEERS = ['better-sqlite3', 'pg', 'ioredis', 'memjs', 'playwright-core']
const work = mkdtempSync(join(tmpdir(), 'sessionspec-packaging-'))
const project = join(work, 'project')

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000, ...options })
  const lastLine = (text: string) => String(text ?? '').trim().split('\n').at(-1) ?? ''
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr), lastLine: lastLine(String(result.stdout)), lastError: lastLine(String(result.stderr)) }
}

let tarball = ''
let packed: string[] = []

describe('the packed package installed into a project of its own', () => {
  before(() => {
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: resolve('.') })
    assert.equal(pack.status, 0, `npm pack failed: ${pack.lastError}`)
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>
    tarball = join(work, info.filename)
    packed = info.files.map((f) => f.path)
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'user-project', private: true, type: 'module' }, null, 2)}\n`)
    const install = run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project })
    assert.equal(install.status, 0, `npm install of the tarball failed: ${install.lastError}`)
  })

  it('ships the harness, features and schemas, and no tests, benchmarks, CI or examples', () => {
    for (const needed of ['bin/sessionspec.mjs', 'bin/reference-server.mjs', 'cucumber.mjs', 'schemas/target.schema.json', 'targets/reference.yaml', 'features/cookies/signed-cookies.feature']) {
      assert.ok(packed.includes(needed), `${needed} is not in the package`)
    }
    const stray = packed.filter((path) => /^(test|bench|\.ci|examples|scripts|adapters)\//.test(path))
    assert.deepEqual(stray, [])
  })

  it('ships compiled JavaScript, with declarations and without TypeScript sources', () => {
    assert.ok(packed.includes('dist/harness/cli/main.js'), 'dist/harness/cli/main.js is not in the package')
    assert.ok(packed.includes('dist/harness/cli/main.d.ts'), 'dist/harness/cli/main.d.ts is not in the package')
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'sessionspec', 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> }
    const steps = manifest.exports['./steps']
    assert.ok(packed.includes(steps.types.slice(2)) && packed.includes(steps.default.slice(2)), `${steps.types} or ${steps.default} is not in the package`)
    assert.deepEqual(packed.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts')), [])
  })

  it('installs none of the optional peers, nor tsx', () => {
    const installed = [...OPTIONAL_PEERS, 'tsx'].filter((name) => existsSync(join(project, 'node_modules', name)))
    assert.deepEqual(installed, [])
  })

  it('runs bundled features of two areas against the built-in reference server', () => {
    // The message storage passes use the server's default engine: without better-sqlite3 (an
    // optional peer, not installed here) that is the memory engine, not a 500 on every request.
    // One feature of each of two areas: what is tested is the package's layout, not the features
    // (npm test runs all of them against the reference server); the whole folders cost this test
    // about a third of its CPU time.
    const result = run('npx', ['sessionspec', 'run', '--target', 'reference', 'features/cookies/same-site.feature', 'features/messages/levels.feature'], { cwd: project })
    assert.equal(result.status, 0, result.lastError)
    assert.match(result.lastLine, /^[1-9]\d* passed, 0 failed$/)
    const results = JSON.parse(readFileSync(join(project, 'reports', 'reference', 'results.json'), 'utf8')) as { scenarios: Array<{ area: string; outcome: string }> }
    const passed = new Set(results.scenarios.filter((s) => s.outcome === 'passed').map((s) => s.area.split(' ')[0]))
    assert.deepEqual(['cookies', 'messages'].filter((area) => !passed.has(area)), [])
  })

  it('names a mistyped feature path with exit code 2', () => {
    const result = run('npx', ['sessionspec', 'run', '--target', 'reference', 'features/cookiez'], { cwd: project })
    assert.equal(result.status, 2)
    assert.equal(result.lastError, 'sessionspec run: features/cookiez: no such feature file or folder, here or among the bundled features')
  })

  it('names a tag expression that matches nothing, and a missing target, in one line with exit code 2', () => {
    const tags = run('npx', ['sessionspec', 'run', '--target', 'reference', '--tags', '@id:NO-SUCH-001', 'features/cookies'], { cwd: project })
    assert.equal(tags.status, 2)
    assert.equal(tags.stderr.trim(), 'sessionspec run: the tag expression "@id:NO-SUCH-001" matches no scenario in features/cookies')
    const untargeted = run('npx', ['sessionspec', 'run'], { cwd: project })
    assert.equal(untargeted.status, 2)
    assert.equal(untargeted.stderr.trim().split('\n').length, 1)
    assert.match(untargeted.stderr, /^sessionspec run: no target file: write one for your server with "sessionspec init"/)
  })

  it('runs the express-session example, a feature and a step file of the project, and bundled features of every area in one run', () => {
    for (const file of ['examples/express-session/server.mjs', 'targets/express-session.yaml', 'targets/express-session.expectations.yaml']) {
      mkdirSync(dirname(join(project, file)), { recursive: true })
      copyFileSync(file, join(project, file))
    }
    const install = run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', ...EXAMPLE_PACKAGES], { cwd: project })
    assert.equal(install.status, 0, `npm install of the example's packages failed: ${install.lastError}`)
    writeOwnFeature()
    // The project's own features/ folder hides the bundled one: sessionspec/features names it
    // (one bundled feature of each area here; npm test runs the whole specification against the
    // example from the checkout).
    const bundledFeatures = ['cookies/same-site.feature', 'messages/session-storage.feature', 'sessions/session-cookie.feature'].map((path) => `sessionspec/features/${path}`)
    const result = run('npx', ['sessionspec', 'run', '--target', 'targets/express-session.yaml', '--profile', 'core', '--import', 'steps/**/*.mjs', 'features/shop', ...bundledFeatures], { cwd: project })
    assert.equal(result.status, 0, `${result.lastLine} ${result.lastError}`)
    assert.match(result.lastLine, /^[1-9]\d* passed, 0 failed$/)
    const reports = join(project, 'reports', 'express-session')
    const results = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as { scenarios: Array<{ id: string; uri: string; area: string; outcome: string }> }
    const own = results.scenarios.filter((s) => s.area === 'shop')
    assert.deepEqual(own.map((s) => [s.id, s.uri, s.outcome]), [
      ['SHOP-001', 'features/shop/cart.feature', 'passed'],
      ['SHOP-002', 'features/shop/cart.feature', 'passed'],
    ])
    const bundled = new Set(results.scenarios.filter((s) => s.outcome === 'passed').map((s) => s.area.split(' ')[0]))
    assert.deepEqual(['cookies', 'messages', 'sessions'].filter((area) => !bundled.has(area)), [])
    assert.match(readFileSync(join(reports, 'junit.xml'), 'utf8'), /<testcase classname="shop\.cart\.feature" name="SHOP-001 The health page answers and starts no session"/)
    assert.match(readFileSync(join(reports, 'report.html'), 'utf8'), /<h3>The shop's own pages <span class="tags">features\/shop\/cart\.feature<\/span><\/h3>/)
  })
})

/** The packages examples/express-session/README.md has a user install beside sessionspec. */
const EXAMPLE_PACKAGES = ['express@5', 'express-session@1.19', 'connect-flash@0.1', 'cookie-parser@1.4']

/** A feature of the project's own with bundled steps and steps of its own, the way docs tell a user to write them. */
function writeOwnFeature() {
  mkdirSync(join(project, 'steps'), { recursive: true })
  writeFileSync(join(project, 'steps', 'pages.steps.mjs'), [
    "import assert from 'node:assert/strict'",
    "import { Then, When } from 'sessionspec/steps'",
    '',
    "When('the visitor opens {string}', async function (path) {",
    '  await this.agent.send(new URL(path, this.driver.baseUrl).href)',
    '})',
    "Then('the page answers with the status {int}', function (status) {",
    '  assert.equal(this.lastExchange.response.status, status)',
    '})',
    '',
  ].join('\n'))
  mkdirSync(join(project, 'features', 'shop'), { recursive: true })
  writeFileSync(join(project, 'features', 'shop', 'cart.feature'), [
    "Feature: The shop's own pages",
    '',
    '  @id:SHOP-001',
    '  Scenario: The health page answers and starts no session',
    '    When the visitor opens "/api/health"',
    '    Then the page answers with the status 200',
    '    And the visitor does not hold the cookie "connect.sid"',
    '',
    '  @id:SHOP-002',
    '  Scenario: The cart remembers what the visitor put in it',
    '    Given the visitor\'s session holds "tea" = "2"',
    '    When the visitor opens "/api/cart"',
    '    Then the page answers with the status 200',
    '    And the visitor holds the cookie "connect.sid"',
    '',
  ].join('\n'))
}
