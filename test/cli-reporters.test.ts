// --reporter chooses which reports a run writes; the rest of reports/<target>/ stays empty.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'

const reports = mkdtempSync(join(tmpdir(), 'sessionspec-reporters-'))

function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', 'reference', '--reports', reports, ...args], { encoding: 'utf8' })
}

describe('the --reporter option', () => {
  it('writes only the reports it names, and the badges', () => {
    const result = run('--reporter', 'junit,markdown', '--tags', '@id:COOK-SER-001', 'features/cookies')
    assert.equal(result.status, 0, result.stderr)
    assert.deepEqual(readdirSync(join(reports, 'reference')).sort(), ['badge-core.json', 'badge-django.json', 'junit.xml', 'summary.md'])
    assert.match(result.stdout, /^reports: .*\/junit\.xml, summary\.md, badge-<profile>\.json$/m)
  })

  it('refuses a reporter it does not know, naming the ones it does', () => {
    const result = run('--reporter', 'html,pdf')
    assert.equal(result.status, 2)
    assert.equal(result.stderr.trim(), 'sessionspec run: --reporter takes a comma-separated list of html, json, junit, markdown (got "html,pdf")')
  })
})
