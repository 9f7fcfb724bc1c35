import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import type { ResultsFile } from '../harness/results/results-file.js'
import { MUTANTS, type Mutant } from './mutants.js'

const ROOT = resolve('.')
const COPIED = ['bin', 'features', 'harness', 'lib', 'reference', 'schemas', 'steps', 'targets', 'cucumber.mjs', 'package.json', 'tsconfig.json']

/** A copy of the project with node_modules linked, so a mutant never touches the real tree. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sessionspec-mutant-'))
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

/** Every .feature file under a folder, relative to the project. */
function featureFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.feature'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
}
const FEATURES = new Map(featureFiles('features').map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]))

/** "COOK-SER-006:3" and "SESS-KEY-004[memory]" name the scenario tagged @id:COOK-SER-006 / @id:SESS-KEY-004. */
const scenarioTag = (id: string): string => `@id:${id.replace(/\[.*\]$/, '').replace(/:\d+$/, '')}`

/**
 * Only the scenarios a mutant must be killed by run against it: the tag expression selects them
 * and the feature list is cut to the files that hold them, so cucumber loads little and each
 * mutant costs one harness process and one server.
 */
function selection(mutant: Mutant): { tags: string; features: string[] } {
  const tags = [...new Set(mutant.kills.map(scenarioTag))]
  const features = [...FEATURES].filter(([, text]) => tags.some((tag) => new RegExp(`${tag}(\\s|$)`, 'm').test(text))).map(([file]) => file)
  const missing = tags.filter((tag) => !features.some((file) => new RegExp(`${tag}(\\s|$)`, 'm').test(FEATURES.get(file) ?? '')))
  assert.deepEqual(missing, [], `no feature has the scenario(s) ${missing.join(', ')} listed as kills of "${mutant.name}"`)
  return { tags: tags.join(' or '), features }
}

function run(args: string[], cwd: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.on('error', fail)
    child.on('close', (status) => done({ status, stdout }))
  })
}

const copies: string[] = []
after(() => { for (const dir of copies) rmSync(dir, { recursive: true, force: true }) })

// Mutants are independent copies, so two run at once (one per core); each run is a single
// cucumber worker since it holds only a handful of scenarios.
describe('scenarios go red when the reference server is broken on purpose', { concurrency: 2 }, () => {
  for (const mutant of MUTANTS) {
    it(`${mutant.name} (${mutant.file})`, async () => {
      const { tags, features } = selection(mutant)
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
      const result = await run(['bin/sessionspec.mjs', 'run', '--parallel', '1', '--tags', tags, '--reports', join(dir, 'reports'), ...features], dir)
      assert.equal(result.status, 1, `the suite passed against the mutant:\n${result.stdout.slice(-2000)}`)
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
