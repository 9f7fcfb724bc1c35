import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import type { ResultsFile } from '../harness/results/results-file.js'
import { MUTANTS } from './mutants.js'

const ROOT = resolve('.')
const COPIED = ['bin', 'features', 'harness', 'lib', 'reference', 'schemas', 'steps', 'targets', 'cucumber.mjs', 'package.json', 'tsconfig.json']

/** A copy of the project with node_modules linked, so a mutant never touches the real tree. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sessionspec-mutant-'))
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

const copies: string[] = []
after(() => { for (const dir of copies) rmSync(dir, { recursive: true, force: true }) })

describe('scenarios go red when the reference server is broken on purpose', () => {
  for (const mutant of MUTANTS) {
    it(`${mutant.name} (${mutant.file})`, () => {
      const dir = copyProject()
      copies.push(dir)
      const file = join(dir, mutant.file)
      let source = readFileSync(file, 'utf8')
      for (const { find, replace } of mutant.edits) {
        assert.equal(source.split(find).length, 2, `the mutant no longer applies: "${find}" must occur once in ${mutant.file}`)
        source = source.replace(find, replace)
      }
      writeFileSync(file, source)
      // One engine and one storage are enough to show a scenario can fail, and keep this quick.
      const target = readFileSync(join(dir, 'targets', 'reference.yaml'), 'utf8')
        .replace(/^engines: .*$/m, 'engines: [memory]').replace(/^messageStorages: .*$/m, 'messageStorages: [fallback]')
      writeFileSync(join(dir, 'targets', 'reference.yaml'), target)
      const features = mutant.features ?? ['features/cookies']
      const run = spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--parallel', '2', '--reports', join(dir, 'reports'), ...features], { cwd: dir, encoding: 'utf8' })
      assert.equal(run.status, 1, `the suite passed against the mutant:\n${run.stdout.slice(-2000)}`)
      const results = JSON.parse(readFileSync(join(dir, 'reports', 'reference', 'results.json'), 'utf8')) as ResultsFile
      const outcome = new Map(results.scenarios.map((s) => [s.id, s.outcome]))
      for (const id of mutant.kills) {
        assert.ok(outcome.has(id), `${id} did not run`)
        // Only a failed scenario is a kill: an error says the harness or the server broke, not
        // that the specification noticed the wrong behaviour.
        assert.equal(outcome.get(id), 'failed', `${id} is ${outcome.get(id)} against the mutant "${mutant.name}"; only "failed" counts as caught`)
      }
    })
  }
})
