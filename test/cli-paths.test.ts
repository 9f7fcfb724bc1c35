// The command line run from a user's project, not from this checkout: paths relative to the
// current directory, the bundled features and the built-in reference target found in the
// package, and a clear exit code 2 when the run would select nothing.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'

const BIN = resolve('bin/sessionspec.mjs')
const project = mkdtempSync(join(tmpdir(), 'sessionspec-user-project-'))

function sessionspec(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: project, encoding: 'utf8' })
  return { ...result, lastLine: result.stdout.trim().split('\n').at(-1), errorLines: result.stderr.trim().split('\n') }
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
    mkdirSync(join(project, 'features', 'cookies'), { recursive: true })
    writeFileSync(join(project, 'features', 'cookies', 'own.feature'), [
      'Feature: A cookie of our own',
      '  @id:OWN-001',
      '  Scenario: Our server keeps a signed cookie readable',
      '    When the server sets the signed cookie "color" to "blue"',
      '    Then the visitor holds the cookie "color" with a signed form of "blue"',
      '',
    ].join('\n'))
    const { status, lastLine, stderr } = sessionspec('run', '--target', 'reference', 'features/cookies')
    assert.equal(status, 0, stderr)
    assert.equal(lastLine, '1 passed, 0 failed')
  })
})
