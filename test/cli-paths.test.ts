// The command line run from a user's project, not from this checkout: paths relative to the
// current directory, the bundled features and the built-in reference target found in the
// package, and a clear exit code 2 when the run would select nothing.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, it } from 'node:test'

const BIN = resolve('bin/sessionspec.mjs')
const project = mkdtempSync(join(tmpdir(), 'sessionspec-user-project-'))

function sessionspec(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: project, encoding: 'utf8' })
  return { ...result, lastLine: result.stdout.trim().split('\n').at(-1), errorLines: result.stderr.trim().split('\n') }
}

/** A feature of the project's own, features/shop/pages.feature, and the step file it needs, own-steps/pages.steps.mjs. */
function writeShopFeature() {
  // In the installed package a step file imports "sessionspec/steps"; this checkout has no
  // build of it, so the file imports the same module as the checkout's run transpiles it
  // (bin/checkout-build.mjs: .run/dist/, brought up to date by every run before steps load).
  mkdirSync(join(project, 'own-steps'), { recursive: true })
  writeFileSync(join(project, 'own-steps', 'pages.steps.mjs'), [
    `import assert from 'node:assert/strict'`,
    `import { Then, When } from '${pathToFileURL(resolve('.run/dist/lib/steps.js')).href}'`,
    `When('the visitor opens {string}', async function (path) { await this.agent.send(new URL(path, this.driver.baseUrl).href) })`,
    `Then('the page answers with the status {int}', function (status) { assert.equal(this.lastExchange.response.status, status) })`,
    '',
  ].join('\n'))
  writeFeature('features/shop/pages.feature', [
    '@shop',
    'Feature: Pages of our own',
    '  Scenario: The fixture page answers and sets no cookie',
    '    When the visitor opens "/__sessionspec/"',
    '    Then the page answers with the status 200',
    '    And the visitor does not hold the cookie "sessionid"',
    '',
    '  @id:SHOP-002',
    '  Scenario: A missing page answers 404',
    '    When the visitor opens "/no-such-page"',
    '    Then the page answers with the status 404',
  ])
}

/** A feature file of the project, its folders made as needed. */
function writeFeature(path: string, lines: string[]) {
  mkdirSync(join(project, path, '..'), { recursive: true })
  writeFileSync(join(project, path), [...lines, ''].join('\n'))
}

describe('the command line in a project of its own', () => {
  it('says how to write a target file when there is none', () => {
    const { status, errorLines } = sessionspec('doctor')
    assert.equal(status, 2)
    assert.equal(errorLines.length, 1)
    assert.match(errorLines[0], /^sessionspec doctor: no target file: write one for your server with "sessionspec init".*--target reference/)
  })

  it('names a target file that does not exist', () => {
    const { status, errorLines } = sessionspec('run', '--target', 'targets/mine.yaml')
    assert.equal(status, 2)
    assert.deepEqual(errorLines.length, 1)
    assert.match(errorLines[0], /^sessionspec run: --target targets\/mine\.yaml: no such file in .*; write one .*"sessionspec init"/)
  })

  it('names a feature path that exists neither here nor in the package', () => {
    const { status, errorLines, stdout } = sessionspec('run', '--target', 'reference', 'features/cookiez')
    assert.equal(status, 2)
    assert.deepEqual(errorLines, ['sessionspec run: features/cookiez: no such feature file or folder, here or among the bundled features'])
    assert.doesNotMatch(stdout, /passed/)
  })

  it('names a folder without features and a file that is not one', () => {
    mkdirSync(join(project, 'empty'), { recursive: true })
    writeFileSync(join(project, 'notes.txt'), 'not a feature\n')
    const folder = sessionspec('run', '--target', 'reference', 'empty')
    assert.equal(folder.status, 2)
    assert.deepEqual(folder.errorLines, ['sessionspec run: empty: the folder holds no .feature file'])
    const file = sessionspec('run', '--target', 'reference', 'notes.txt')
    assert.equal(file.status, 2)
    assert.deepEqual(file.errorLines, ['sessionspec run: notes.txt: not a .feature file'])
  })

  it('names a tag expression that matches nothing, and keeps the previous report', () => {
    const reports = join(project, 'reports-kept')
    mkdirSync(join(reports, 'reference'), { recursive: true })
    writeFileSync(join(reports, 'reference', 'results.json'), '{"kept":true}\n')
    const { status, errorLines } = sessionspec('run', '--target', 'reference', '--reports', reports, '--tags', '@id:NO-SUCH-001', 'features/cookies')
    assert.equal(status, 2)
    assert.deepEqual(errorLines, ['sessionspec run: the tag expression "@id:NO-SUCH-001" matches no scenario in features/cookies'])
    assert.equal(readFileSync(join(reports, 'reference', 'results.json'), 'utf8'), '{"kept":true}\n')
  })

  it('runs bundled features against the built-in reference target, writing reports here', () => {
    const { status, lastLine, stderr } = sessionspec('run', '--target', 'reference', '--tags', '@id:COOK-SER-001', 'features/cookies')
    assert.equal(status, 0, stderr)
    assert.equal(lastLine, '1 passed, 0 failed')
    const results = JSON.parse(readFileSync(join(project, 'reports', 'reference', 'results.json'), 'utf8')) as { scenarios: Array<{ id: string }> }
    assert.deepEqual(results.scenarios.map((s) => s.id), ['COOK-SER-001'])
  })

  it('prefers a feature of the project over a bundled one at the same path, with the bundled steps', () => {
    writeFeature('features/cookies/own.feature', [
      'Feature: A cookie of our own',
      '  @id:OWN-001',
      '  Scenario: Our server keeps a signed cookie readable',
      '    When the server sets the signed cookie "color" to "blue"',
      '    Then the visitor holds the cookie "color" with a signed form of "blue"',
    ])
    const { status, lastLine, stderr } = sessionspec('run', '--target', 'reference', 'features/cookies')
    assert.equal(status, 0, stderr)
    assert.equal(lastLine, '1 passed, 0 failed')
  })

  it('says that no target file was given to run, in one line', () => {
    const { status, errorLines, stdout } = sessionspec('run', 'features/cookies')
    assert.equal(status, 2)
    assert.equal(errorLines.length, 1)
    assert.match(errorLines[0], /^sessionspec run: no target file: write one for your server with "sessionspec init"/)
    assert.equal(stdout, '')
  })

  it('names an --import path that does not exist', () => {
    const { status, errorLines } = sessionspec('run', '--target', 'reference', '--import', 'stepz/**/*.mjs', 'features/cookies')
    assert.equal(status, 2)
    assert.deepEqual(errorLines, [`sessionspec run: --import stepz/**/*.mjs: no such file or folder in ${project}`])
  })

  it('runs a feature of the project with its own step file beside the bundled steps, named from here in every report', () => {
    writeShopFeature()
    const { status, lastLine, stderr } = sessionspec('run', '--target', 'reference', '--import', 'own-steps/*.mjs', '--tags', '@shop', 'features/shop', 'features/cookies')
    assert.equal(status, 0, stderr)
    assert.equal(lastLine, '2 passed, 0 failed')
    const results = JSON.parse(readFileSync(join(project, 'reports', 'reference', 'results.json'), 'utf8')) as { scenarios: Array<{ id: string; uri: string; area: string }> }
    assert.deepEqual(results.scenarios.map((s) => [s.id, s.uri, s.area]), [
      ['features/shop/pages.feature:3', 'features/shop/pages.feature', 'shop'],
      ['SHOP-002', 'features/shop/pages.feature', 'shop'],
    ])
    const junit = readFileSync(join(project, 'reports', 'reference', 'junit.xml'), 'utf8')
    assert.match(junit, /<testcase classname="shop\.pages\.feature" name="features\/shop\/pages\.feature:3 The fixture page answers and sets no cookie"/)
    const html = readFileSync(join(project, 'reports', 'reference', 'report.html'), 'utf8')
    assert.match(html, /<h3>Pages of our own <span class="tags">features\/shop\/pages\.feature<\/span><\/h3>/)
    assert.match(html, /reference: 1\/1 passed<\/span><\/div><div class="title">The fixture page answers and sets no cookie/)
    const render = sessionspec('report', 'render', 'reports/reference/results.json', '-o', 'rendered.html')
    assert.equal(render.status, 0, render.stderr)
    assert.match(readFileSync(join(project, 'rendered.html'), 'utf8'), /<h3>Pages of our own <span class="tags">features\/shop\/pages\.feature<\/span><\/h3>/)
  })

  it('without its step file, fails the project\'s scenarios on the undefined steps', () => {
    writeShopFeature()
    const { status, lastLine } = sessionspec('run', '--target', 'reference', '--tags', '@shop', 'features/shop')
    assert.equal(status, 1)
    assert.equal(lastLine, '0 passed, 2 failed (counting 2 errors as failed)')
    const results = JSON.parse(readFileSync(join(project, 'reports', 'reference', 'results.json'), 'utf8')) as { scenarios: Array<{ outcome: string; reason: string }> }
    assert.deepEqual(results.scenarios.map((s) => [s.outcome, s.reason]), [
      ['error', 'a step is undefined: no step definition matches "the visitor opens "/__sessionspec/""'],
      ['error', 'a step is undefined: no step definition matches "the visitor opens "/no-such-page""'],
    ])
  })

  it('names a step file that cannot be loaded, in one line with exit code 2', () => {
    writeShopFeature()
    mkdirSync(join(project, 'broken-steps'), { recursive: true })
    writeFileSync(join(project, 'broken-steps', 'broken.steps.mjs'), "throw new Error('this step file is broken on purpose')\n")
    const { status, errorLines } = sessionspec('run', '--target', 'reference', '--import', 'broken-steps/*.mjs', 'features/shop')
    assert.equal(status, 2)
    assert.deepEqual(errorLines, ['sessionspec: a test worker could not start: the step definitions could not be loaded: this step file is broken on purpose (set SESSIONSPEC_DEBUG=1 for details)'])
  })
})
