// results.json records the package's and the specification's versions, and `report diff` says
// whether a change can come from the specification or only from the server.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'

const work = mkdtempSync(join(tmpdir(), 'sessionspec-versions-'))
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; specificationVersion: string }
const results = join(work, 'reference', 'results.json')

function sessionspec(...args: string[]) {
  return spawnSync(process.execPath, ['bin/sessionspec.mjs', ...args], { encoding: 'utf8' })
}

describe('versions in results.json', () => {
  before(() => {
    const run = sessionspec('run', '--target', 'reference', '--reports', work, '--reporter', 'json', '--tags', '@id:COOK-SER-001', 'features/cookies')
    assert.equal(run.status, 0, run.stderr)
  })

  it('records the package version and the specification version', () => {
    const { run } = JSON.parse(readFileSync(results, 'utf8')) as { run: Record<string, unknown> }
    assert.equal(run.sessionspec, manifest.version)
    assert.match(manifest.specificationVersion, /^\d+\.\d+\.\d+$/)
    assert.equal(run.specification, manifest.specificationVersion)
  })

  it('lets report diff tell a changed specification from a changed server', () => {
    const same = sessionspec('report', 'diff', results, results)
    assert.equal(same.status, 0, same.stderr)
    assert.equal(same.stdout.split('\n')[0], `specification ${manifest.specificationVersion} in both runs: every change is the server's`)
    const older = JSON.parse(readFileSync(results, 'utf8')) as { run: Record<string, unknown> }
    older.run.specification = '0.9.0'
    const olderFile = join(work, 'older.json')
    writeFileSync(olderFile, JSON.stringify(older))
    const changed = sessionspec('report', 'diff', olderFile, results)
    assert.equal(changed.status, 0, changed.stderr)
    assert.equal(changed.stdout.split('\n')[0], `the specification changed from 0.9.0 to ${manifest.specificationVersion}: added and removed scenarios, and changed outcomes, may come from it rather than from the server`)
  })
})
