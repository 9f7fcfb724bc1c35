// The hand-written mutants of test/mutants.ts against the scenarios that must catch them, in
// this one process (scripts/stryker/scenarios.ts's ScenarioRunner, as the in-process Stryker
// runner does): cucumber and the step definitions are loaded once, from the project's own tree,
// so the harness and its oracle are never mutated; each mutant's reference server is imported
// from a sandbox of its own (the transpiled reference/ and lib/ of bin/checkout-build.mjs, the
// mutated file transpiled again with the edit applied) and started inside this process, and only
// the scenarios the mutant must be killed by run against it.
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { transformSync } from 'esbuild'
import { parse, stringify } from 'yaml'
// @ts-expect-error: a plain JavaScript module of bin/, without declarations
import { buildCheckout, CHECKOUT_DIST } from '../bin/checkout-build.mjs'
import type { Outcome } from '../harness/results/outcome.js'
import { keepForWholeRun } from '../harness/runtime/worker-lifetime.js'
import { stopWorkerRuntime } from '../harness/runtime/worker-runtime.js'
import { groupForCucumber, planScenarios, ScenarioRunner, type ScenarioResult } from '../scripts/stryker/scenarios.js'
import { MUTANTS, type Mutant } from './mutants.js'
import { PACKAGE_ROOT } from '../lib/package-root.js'

const ROOT = PACKAGE_ROOT
/** What a sandbox copies: the server, transpiled. Everything else is the project's, linked. */
const SERVER_SOURCES = ['reference', 'lib']
const LINKED = ['node_modules', 'schemas', 'package.json', 'tsconfig.json']

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
 * (every row of an outline, every pass) and the feature list is cut to the files that hold them.
 */
function selection(ids: readonly string[], name: string): { tags: string; features: string[] } {
  const tags = [...new Set(ids.map(scenarioTag))]
  const features = [...FEATURES].filter(([, text]) => tags.some((tag) => new RegExp(`${tag}(\\s|$)`, 'm').test(text))).map(([file]) => file)
  const missing = tags.filter((tag) => !features.some((file) => new RegExp(`${tag}(\\s|$)`, 'm').test(FEATURES.get(file) ?? '')))
  assert.deepEqual(missing, [], `no feature has the scenario(s) ${missing.join(', ')} listed as kills of "${name}"`)
  return { tags: tags.join(' or '), features }
}

/**
 * Why the listed scenarios do not all count as kills (none: the mutant is caught). Only a failed
 * scenario is a kill: an error says the harness or the server broke, not that the specification
 * noticed the wrong behaviour.
 */
function notKilled(kills: readonly string[], outcomes: ReadonlyMap<string, Outcome>, name: string): string[] {
  return kills.flatMap((id) => {
    const outcome = outcomes.get(id)
    if (outcome === undefined) return [`${id} did not run`]
    return outcome === 'failed' ? [] : [`${id} is ${outcome} against the mutant "${name}"; only "failed" counts as caught`]
  })
}

let work: string
let targetFile: string
let runner: ScenarioRunner
let sandboxes = 0

/**
 * A sandbox holding the server as the checkout runs it (bin/checkout-build.mjs's .run/dist/ of
 * reference/ and lib/), with the mutated file transpiled again from its source with the edits
 * applied; answers the server module to import.
 */
function sandbox(mutant: Mutant): string {
  const dir = join(work, `mutant-${++sandboxes}`)
  for (const entry of SERVER_SOURCES) cpSync(join(ROOT, CHECKOUT_DIST, entry), join(dir, CHECKOUT_DIST, entry), { recursive: true })
  for (const entry of LINKED) symlinkSync(join(ROOT, entry), join(dir, entry))
  assert.ok(SERVER_SOURCES.some((entry) => mutant.file.startsWith(`${entry}/`)), `${mutant.file} is not the server's: a mutant edits reference/ or lib/`)
  let source = readFileSync(join(ROOT, mutant.file), 'utf8')
  for (const { find, replace } of mutant.edits) {
    assert.equal(source.split(find).length, 2, `the mutant no longer applies: "${find}" must occur once in ${mutant.file}`)
    source = source.replace(find, replace)
  }
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20', sourcefile: mutant.file })
  writeFileSync(join(dir, CHECKOUT_DIST, mutant.file.replace(/\.ts$/, '.js')), code)
  return join(dir, CHECKOUT_DIST, 'reference/cli/in-process.js')
}

/** Runs the scenarios of the kill list against the mutant's own server: every outcome by scenario id. */
async function runAgainst(mutant: Mutant, ids: readonly string[]): Promise<Map<string, Outcome>> {
  const { tags, features } = selection(ids, mutant.name)
  process.env.SESSIONSPEC_MUTANT_SERVER = sandbox(mutant)
  const results: ScenarioResult[] = []
  try {
    const planned = await planScenarios(ROOT, targetFile, features, tags)
    for (const group of groupForCucumber(planned)) results.push(...await runner.run(group, { failFast: false }))
  } finally {
    // The next mutant gets a fresh server: its own sandbox's, loaded anew.
    await stopWorkerRuntime({ force: true })
    delete process.env.SESSIONSPEC_MUTANT_SERVER
  }
  return new Map(results.map((r) => [r.id, r.outcome]))
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sessionspec-mutants-'))
  // The unmutated server transpiled, as every run of the checkout has it; each sandbox copies it.
  await buildCheckout(ROOT)
  // The steps are the project's, through tsx (a transpiled copy from a surrounding run would not
  // matter: they are not mutated).
  delete process.env.SESSIONSPEC_COMPILED_DIR
  // One engine and one storage are enough to show a scenario can fail, and keep this quick.
  const target = parse(readFileSync(join(ROOT, 'targets/reference.yaml'), 'utf8')) as Record<string, unknown> & { start: Record<string, unknown> }
  target.engines = ['memory']
  target.messageStorages = ['fallback']
  target.start = { ...target.start, inProcess: { module: join(ROOT, 'test/fixtures/mutant-server.mjs'), args: ['--port', '{port}', '--control'] } }
  targetFile = join(work, 'mutants.yaml')
  writeFileSync(targetFile, stringify(target))
  // The server lives from a mutant's first scenario to its last (stopped in runAgainst).
  keepForWholeRun()
  runner = await ScenarioRunner.load(ROOT, targetFile)
})
after(async () => {
  await stopWorkerRuntime({ force: true })
  if (work) rmSync(work, { recursive: true, force: true })
})

// One mutant at a time: the server lives in this process, one per harness worker.
describe('scenarios go red when the reference server is broken on purpose', () => {
  for (const mutant of MUTANTS) {
    it(`${mutant.name} (${mutant.file})`, async () => {
      const outcomes = await runAgainst(mutant, mutant.kills)
      assert.deepEqual(notKilled(mutant.kills, outcomes, mutant.name), [])
    })
  }
})

describe('a kill is a failed scenario, never an error', () => {

  it('a mutant whose scenario errs is not counted as caught by it', async () => {
    // A server that cannot start makes every scenario an error: harness trouble, not the
    // specification catching a bug.
    const mutant: Mutant = {
      name: 'the server throws while it loads',
      file: 'reference/pipeline/params-schema.ts',
      edits: [{ find: 'export const checkControlParams = ', replace: "throw new Error('broken on purpose')\nexport const checkControlParams = " }],
      kills: [],
    }
    const outcomes = await runAgainst(mutant, ['SESS-KEY-003[memory]'])
    assert.equal(outcomes.get('SESS-KEY-003[memory]'), 'error')
    assert.match(notKilled(['SESS-KEY-003[memory]'], outcomes, mutant.name).join('\n'), /SESS-KEY-003\[memory\] is error .*only "failed" counts as caught/)
  })

  it('a scenario that passes or did not run is not a kill either', () => {
    const outcomes = new Map<string, Outcome>([['A-1', 'passed'], ['A-2', 'failed'], ['A-3', 'not-applicable']])
    assert.deepEqual(notKilled(['A-1', 'A-2', 'A-3', 'A-4'], outcomes, 'm'), [
      'A-1 is passed against the mutant "m"; only "failed" counts as caught',
      'A-3 is not-applicable against the mutant "m"; only "failed" counts as caught',
      'A-4 did not run',
    ])
  })
})
