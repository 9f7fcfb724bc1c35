import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { describe, it } from 'node:test'
import { loadTarget } from '../harness/target/load-target.js'
import { ConfigurationError } from '../harness/target/problems.js'
import { validateYaml } from '../harness/target/validate-document.js'

const BROKEN = 'test/fixtures/targets'

/** What each broken file must say: the line (when it has one), the JSON path and the expectation. */
const EXPECTED: Record<string, { line?: number; path: string; says: RegExp }> = {
  'unknown-key.yaml': { line: 4, path: '/colour', says: /unknown key "colour" \(allowed: .*baseUrl/ },
  'wrong-type.yaml': { line: 3, path: '/profiles', says: /must be an array \(got string "core"\)/ },
  'missing-base-url.yaml': { line: 1, path: '/', says: /missing required key "baseUrl"/ },
  'bad-url.yaml': { line: 2, path: '/baseUrl', says: /expected an http\(s\) URL/ },
  'unknown-capability.yaml': { line: 6, path: '/capabilities/1', says: /must be one of "clock".*\(got "time-travel"\)/ },
  'unknown-engine.yaml': { line: 4, path: '/engines/1', says: /"mongodb" is not valid; expected an engine id/ },
  'duplicate-operation.yaml': { line: 8, path: '/', says: /duplicate key "cookie.set"/ },
  'yaml-syntax.yaml': { line: 4, path: '/', says: /YAML syntax error/ },
  'empty.yaml': { path: '/', says: /the file is empty; expected a mapping/ },
  'not-a-mapping.yaml': { line: 1, path: '/', says: /expected a mapping of keys, got a list/ },
  'unknown-operation.yaml': { line: 5, path: '/operations/cookie.bake', says: /unknown name "cookie.bake"/ },
  'unknown-profile.yaml': { line: 3, path: '/profiles/1', says: /\(got "rails"\)/ },
  'port-without-start.yaml': { path: '/baseUrl', says: /uses \{port\} but the file has no "start" command/ },
  'django-without-secret.yaml': { path: '/settings/secretKey', says: /django profile needs the secret key/ },
  'bad-name.yaml': { line: 1, path: '/name', says: /lowercase letters, digits, dots and dashes/ },
  'missing-expectations.yaml': { path: '/expectations', says: /expectations file "nowhere\/expectations.yaml" not found/ },
  'missing-peer.yaml': { path: '/peer', says: /peer target file "nowhere.yaml" not found/ },
  'peer-itself.yaml': { path: '/peer', says: /names this file itself/ },
  'peer-other-secret.yaml': { path: '/peer', says: /signs with another settings.secretKey; both servers must share one secret/ },
  'step-seconds-zero.yaml': { line: 5, path: '/limits/stepSeconds', says: /must be > 0/ },
  'shared-not-boolean.yaml': { line: 5, path: '/shared/fileDirectory', says: /must be a boolean \(got string "yes please"\)/ },
  'shared-unknown-entry.yaml': { line: 5, path: '/shared/redisPrefix', says: /unknown key "redisPrefix" \(allowed: sqlitePath, fileDirectory, cacheKeyPrefix, postgresSchema, engines\)/ },
  'unshared-placeholder.yaml': { path: '/start', says: /^uses \{files\} without shared.fileDirectory: nothing would fill it/ },
  'peer-unshared-placeholder.yaml': { path: '/shared', says: /starts with \{files\} without shared.fileDirectory, \{keyPrefix\} without shared.cacheKeyPrefix, \{schema\} without shared.postgresSchema in this file/ },
}

describe('a broken target file', () => {
  it('has an expectation for every file in the broken corpus', () => {
    assert.deepEqual(readdirSync(BROKEN).sort(), Object.keys(EXPECTED).sort())
  })

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} gives one line naming the file, line, path and expectation`, async () => {
      const file = `${BROKEN}/${name}`
      const error = await loadTarget(file).then(() => undefined, (e: unknown) => e)
      assert.ok(error instanceof ConfigurationError, `${name} loaded without error`)
      assert.equal(error.problems.length, 1, error.message)
      const [problem] = error.problems
      assert.equal(problem.file, file)
      assert.equal(problem.line, expected.line)
      assert.equal(problem.path || '/', expected.path)
      assert.match(problem.message, expected.says)
      const line = error.message
      assert.ok(!line.includes('\n'), 'one line per problem')
      assert.ok(line.startsWith(expected.line ? `${file}:${expected.line}:` : `${file}: `), line)
    })
  }

  it('reports every problem of a file with several, one line each', async () => {
    const source = 'name: Bad Name\nbaseUrl: ftp://x\nprofiles: [core, core]\nengines: [nosql]\n'
    const error = (() => { try { validateYaml('many.yaml', source, 'target.schema.json') } catch (e) { return e as ConfigurationError } })()
    assert.ok(error)
    assert.equal(error.problems.length, 4, error.message)
    assert.equal(error.message.split('\n').length, 4)
  })

  it('makes the validate command exit with code 2 and print no stack trace', () => {
    const result = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'validate', `${BROKEN}/unknown-engine.yaml`], { encoding: 'utf8' })
    assert.equal(result.status, 2)
    assert.match(result.stderr.trim(), new RegExp(`^${BROKEN}/unknown-engine.yaml:4:15: /engines/1: "mongodb" is not valid; expected an engine id \\(memory, file, db, cache, cached-db, signed-cookies\\)[^\\n]*$`))
  })

  it('makes the run command exit with code 2 before any scenario runs', () => {
    const result = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', `${BROKEN}/empty.yaml`], { encoding: 'utf8' })
    assert.equal(result.status, 2)
    assert.match(result.stderr, /empty\.yaml: \/: the file is empty/)
    assert.doesNotMatch(result.stdout, /scenarios/)
  })
})

describe('a valid target file', () => {
  it('loads the reference target with its defaults resolved', async () => {
    const target = await loadTarget('targets/reference.yaml')
    assert.equal(target.name, 'reference')
    assert.equal(target.fixturePrefix, '/__sessionspec')
    assert.ok(target.profiles.includes('django'))
    assert.ok(target.capabilities.includes('clock'))
  })

  it('loads a peer target beside the target, without following the peer\'s own peer', async () => {
    const target = await loadTarget('targets/reference-with-django.yaml')
    assert.equal(target.peerTarget?.name, 'django')
    assert.deepEqual(target.shared, { sqlitePath: true, fileDirectory: true })
    const reverse = await loadTarget('targets/django-with-reference.yaml')
    assert.equal(reverse.peerTarget?.name, 'reference')
    assert.equal(reverse.peerTarget?.peerTarget, undefined)
    assert.equal((await loadTarget('targets/reference.yaml')).peerTarget, undefined)
  })

  it('loads the pair of reference processes, which shares every store it can', async () => {
    const pair = await loadTarget('targets/reference-pair.yaml')
    assert.equal(pair.peerTarget?.name, 'reference-pair-peer')
    assert.deepEqual(pair.shared, { sqlitePath: true, fileDirectory: true, cacheKeyPrefix: true, postgresSchema: true })
    assert.deepEqual(pair.peerTarget?.engines, pair.engines)
  })

  it('passes the validate command with exit code 0', () => {
    const result = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'validate', 'targets/reference.yaml'], { encoding: 'utf8' })
    assert.equal(result.status, 0, result.stderr)
  })
})
