import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { freePort } from '../harness/launch/start-server.js'
import { schemaValidator } from '../harness/target/validate-document.js'
import type { ResultsFile } from '../harness/results/results-file.js'

const work = mkdtempSync(join(tmpdir(), 'sessionspec-e2e-'))
const REFERENCE_START = `start:\n  command: [node, --import, tsx, reference/cli/start.ts, --port, "{port}", --control]\n  cwd: ${resolve('.')}\n`

function run(target: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', target, '--reports', work, ...args], { encoding: 'utf8' })
  return { ...result, lastLine: result.stdout.trim().split('\n').at(-1) }
}

function results(name: string): ResultsFile {
  return JSON.parse(readFileSync(join(work, name, 'results.json'), 'utf8')) as ResultsFile
}

describe('a run end to end', () => {
  it('writes a results.json that validates against its schema, with stable ids', () => {
    const { status, lastLine } = run('targets/reference.yaml', '--tags', '@id:COOK-SS-001 or @id:COOK-SER-001')
    assert.equal(status, 0)
    assert.equal(lastLine, '4 passed, 0 failed')
    const file = results('reference')
    assert.ok(schemaValidator('results.schema.json')(file))
    assert.deepEqual(file.scenarios.map((s) => s.id).sort(), ['COOK-SER-001', 'COOK-SS-001:1', 'COOK-SS-001:2', 'COOK-SS-001:3'])
    // One line per scenario, so that a diff of two runs shows the scenarios that changed.
    const lines = readFileSync(join(work, 'reference', 'results.json'), 'utf8').split('\n')
    assert.deepEqual(file.scenarios.map((s) => lines.filter((line) => line.startsWith(`    {"id":${JSON.stringify(s.id)},`)).length), [1, 1, 1, 1])
  })

  it('gives the same outcomes with one worker and with two', () => {
    const outcomes = (parallel: string) => {
      run('targets/reference.yaml', '--parallel', parallel, 'features/cookies/signed-cookies.feature', 'features/cookies/lifetime.feature')
      return Object.fromEntries(results('reference').scenarios.map((s) => [s.id, s.outcome]))
    }
    const serial = outcomes('1')
    assert.ok(Object.keys(serial).length > 20)
    assert.deepEqual(outcomes('2'), serial)
  })

  it('makes every scenario an error with one clear line when the server cannot be reached', async () => {
    const port = await freePort()
    const target = join(work, 'unreachable.yaml')
    writeFileSync(target, `name: unreachable\nbaseUrl: http://127.0.0.1:${port}\nprofiles: [core]\n`)
    const { status, stdout } = run(target, '--tags', '@id:COOK-SER-002 or @id:COOK-RD-001')
    assert.equal(status, 1)
    const file = results('unreachable')
    assert.deepEqual(file.scenarios.map((s) => s.outcome), ['error', 'error'])
    for (const s of file.scenarios) assert.equal(s.reason, `cannot reach http://127.0.0.1:${port}: connection refused`)
    assert.match(stdout, new RegExp(`cannot reach http://127.0.0.1:${port}: connection refused`))
  })

  it('names the operation and the schema violation when a target answers wrongly', () => {
    const target = join(work, 'malformed.yaml')
    writeFileSync(target, [
      'name: malformed',
      'baseUrl: http://127.0.0.1:{port}',
      REFERENCE_START.trimEnd(),
      'profiles: [core]',
      'operations:',
      '  cookie.received: { method: GET, path: /__sessionspec/ }',
      '',
    ].join('\n'))
    run(target, '--tags', '@id:COOK-RD-001')
    const [scenario] = results('malformed').scenarios
    assert.equal(scenario.outcome, 'error')
    assert.match(scenario.reason ?? '', /^cookie\.received answered \{.*, which the fixture API does not allow: \/ must have required property 'cookies'$/)
  })

  it('reports what a target does not claim as not applicable, with the reason', () => {
    const target = join(work, 'core-only.yaml')
    writeFileSync(target, `name: core-only\nbaseUrl: http://127.0.0.1:{port}\n${REFERENCE_START}profiles: [core]\n`)
    const { status } = run(target, '--tags', '@id:COOK-SER-001 or @id:COOK-LIF-002 or @id:COOK-SER-002')
    assert.equal(status, 0)
    const byId = Object.fromEntries(results('core-only').scenarios.map((s) => [s.id, s]))
    assert.equal(byId['COOK-SER-001'].outcome, 'not-applicable')
    assert.equal(byId['COOK-SER-001'].reason, 'the target does not claim the django profile')
    assert.equal(byId['COOK-LIF-002'].reason, 'the target does not offer the clock capability')
    assert.equal(byId['COOK-SER-002'].outcome, 'passed')
  })

  it('turns listed failures into expected failures and a listed pass into an unexpected pass', () => {
    const expectations = join(work, 'expectations.yaml')
    writeFileSync(expectations, 'expectations:\n  - id: COOK-SER-002\n    reason: listed on purpose to check unexpected passes\n')
    const target = join(work, 'expecting.yaml')
    writeFileSync(target, `name: expecting\nbaseUrl: http://127.0.0.1:{port}\n${REFERENCE_START}profiles: [core]\nexpectations: expectations.yaml\n`)
    const { status, lastLine } = run(target, '--tags', '@id:COOK-SER-002')
    assert.equal(status, 1)
    assert.equal(lastLine, '0 passed, 1 failed (counting 1 unexpected pass as failed)')
    assert.equal(results('expecting').scenarios[0].outcome, 'unexpected-pass')
  })

  it('splits a run into shards whose merged results equal the whole run', () => {
    const features = 'features/cookies/lifetime.feature'
    run('targets/reference.yaml', features)
    const whole = Object.fromEntries(results('reference').scenarios.map((s) => [s.id, s.outcome]))
    const shardFiles = ['1/2', '2/2'].map((shard, i) => {
      run('targets/reference.yaml', '--shard', shard, features)
      const file = join(work, `shard-${i + 1}.json`)
      writeFileSync(file, readFileSync(join(work, 'reference', 'results.json')))
      return file
    })
    const sizes = shardFiles.map((f) => (JSON.parse(readFileSync(f, 'utf8')) as ResultsFile).scenarios.length)
    assert.ok(sizes.every((n) => n > 0), `both shards run something: ${sizes.join(', ')}`)
    const merged = join(work, 'merged.json')
    const merge = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'report', 'merge', ...shardFiles, '-o', merged], { encoding: 'utf8' })
    assert.equal(merge.status, 0, merge.stderr)
    const mergedFile = JSON.parse(readFileSync(merged, 'utf8')) as ResultsFile
    assert.ok(schemaValidator('results.schema.json')(mergedFile))
    assert.deepEqual(Object.fromEntries(mergedFile.scenarios.map((s) => [s.id, s.outcome])), whole)
  })

  it('diffs two runs into improved, regressed, added and removed, failing on a regression', () => {
    run('targets/reference.yaml', '--tags', '@id:COOK-SER-002 or @id:COOK-SER-007')
    const before = JSON.parse(readFileSync(join(work, 'reference', 'results.json'), 'utf8')) as ResultsFile
    const after = structuredClone(before)
    after.scenarios[0].outcome = 'failed'
    after.scenarios.push({ ...after.scenarios[1], id: 'COOK-NEW-001' })
    after.scenarios.splice(1, 1)
    const [a, b] = [join(work, 'before.json'), join(work, 'after.json')]
    writeFileSync(a, JSON.stringify(before))
    writeFileSync(b, JSON.stringify(after))
    const diff = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'report', 'diff', a, b], { encoding: 'utf8' })
    assert.equal(diff.status, 1)
    assert.match(diff.stdout, new RegExp(`regressed \\(1\\):\\n  ${before.scenarios[0].id}`))
    assert.match(diff.stdout, /added \(1\):\n  COOK-NEW-001/)
    assert.match(diff.stdout, new RegExp(`removed \\(1\\):\\n  ${before.scenarios[1].id}`))
  })

  it('renders one HTML report with two targets side by side', () => {
    const file = join(work, 'report.html')
    const render = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'report', 'render', join(work, 'before.json'), join(work, 'after.json'), '-o', file], { encoding: 'utf8' })
    assert.equal(render.status, 0, render.stderr)
    const html = readFileSync(file, 'utf8')
    assert.match(html, /<h2>The specification<\/h2>/)
    assert.match(html, /How a cookie is written in the response/)
    assert.equal((html.match(/<th>reference<\/th>/g) ?? []).length, 2)
  })
})
