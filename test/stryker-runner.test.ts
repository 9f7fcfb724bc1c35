// The in-process Stryker runner (scripts/stryker/cucumber-runner.ts) without Stryker itself: a
// sandbox copy of the server with mutants written the way Stryker's instrumenter writes them (a
// switch on __stryker__.activeMutant, a coverage call per mutant), and the runner driven through
// Stryker's TestRunner calls. It checks that the scenarios run from the project's own tree while
// the server is the sandbox's, that coverage is per scenario (the reset after it included) and
// static for module-level code, and that only a failed scenario kills.
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { StrykerOptions } from '@stryker-mutator/api/core'
import type { Logger } from '@stryker-mutator/api/logging'
import { DryRunStatus, MutantRunStatus, TestStatus, type CompleteDryRunResult, type MutantRunOptions } from '@stryker-mutator/api/test-runner'
import { SessionspecCucumberRunner } from '../scripts/stryker/cucumber-runner.js'
import { keyOfTestId, scenarioKey, testId } from '../scripts/stryker/scenarios.js'
import type { MutantRun } from '../scripts/mutate-log.js'
import { PACKAGE_ROOT } from '../lib/package-root.js'

const ROOT = PACKAGE_ROOT
const PARSE = 'reference/cookies/parse.ts'

/** Stryker's namespace and coverage call, as its instrumenter writes them into a file. */
const COVERAGE_HELPERS = `
function stryNS_9fa48() { const g = globalThis; return g.__stryker__ ??= {} }
function stryCov_9fa48(...ids) {
  const ns = stryNS_9fa48()
  const cov = ns.mutantCoverage ??= { static: {}, perTest: {} }
  const c = ns.currentTestId ? (cov.perTest[ns.currentTestId] ??= {}) : cov.static
  for (const id of ids) c[id] = (c[id] ?? 0) + 1
}`

/**
 * Mutants as Stryker places them, in the sandbox's parse.ts: "0" at module level (the
 * white-space set loses the space: static), "1" empties every parsed header (runtime, killed by
 * the reading scenarios), "2" changes nothing a visitor can see (runtime, survives).
 */
function instrument(source: string): string {
  const helpers = `${COVERAGE_HELPERS}
function stryMutAct_9fa48(id) { return stryNS_9fa48().activeMutant === id }
stryCov_9fa48('0')
`
  const mutated = source
    .replace("'\\x1f', ' ', '\\x85'", "'\\x1f', ...(stryMutAct_9fa48('0') ? [] : [' ']), '\\x85'")
    .replace('  const cookies = new Map<string, string>()\n', "  const cookies = new Map<string, string>()\n  stryCov_9fa48('1', '2')\n  if (stryMutAct_9fa48('1')) return cookies\n  if (stryMutAct_9fa48('2')) header = header?.slice(0)\n")
  assert.notEqual(mutated, source)
  assert.equal(mutated.match(/stryMutAct_9fa48\('/g)?.length, 3, 'parse.ts changed: the hand-made mutants no longer fit it')
  return `// @ts-nocheck\n${helpers}${mutated}`
}

const RUNTIME = 'reference/sessions/runtime.ts'

/** Mutant "3" marks the body of reset's loop over the engines used since the last reset (coverage only). */
function instrumentReset(source: string): string {
  const mutated = source.replace('    for (const key of keys) {\n', "    for (const key of keys) {\n      stryCov_9fa48('3')\n")
  assert.notEqual(mutated, source, 'runtime.ts changed: the hand-made marker no longer fits it')
  return `// @ts-nocheck\n${COVERAGE_HELPERS}\n${mutated}`
}

function makeSandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sessionspec-stryker-sandbox-'))
  // harness/ too: bin/reference-server.mjs runs the sources only in what looks like a checkout.
  for (const entry of ['bin', 'harness', 'lib', 'reference', 'schemas', 'targets', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  writeFileSync(join(dir, PARSE), instrument(readFileSync(join(ROOT, PARSE), 'utf8')))
  writeFileSync(join(dir, RUNTIME), instrumentReset(readFileSync(join(ROOT, RUNTIME), 'utf8')))
  return dir
}

const quiet: Logger = {
  isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true,
  trace: () => {}, debug: () => {}, info: () => {}, warn: (message: string) => { warnings.push(message) }, error: () => {}, fatal: () => {},
}
const warnings: string[] = []

function mutantRun(id: string, testFilter: string[] | undefined): MutantRunOptions {
  return {
    activeMutant: { id, fileName: PARSE, mutatorName: 'hand-made', replacement: '', location: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } },
    testFilter, timeout: 60_000, disableBail: false, sandboxFileName: PARSE, mutantActivation: 'runtime', reloadEnvironment: false,
  }
}

describe('the in-process Stryker runner', { timeout: 300_000 }, () => {
  let sandbox: string
  let runner: SessionspecCucumberRunner
  let log: string
  let dry: CompleteDryRunResult
  const cwd = process.cwd()

  before(async () => {
    sandbox = makeSandbox()
    log = join(sandbox, 'runs.ndjson')
    // Stryker starts each runner in its sandbox: the runner takes its working directory for it.
    process.chdir(sandbox)
    const options = { mutate: [PARSE], sessionspec: { area: 'cookies', features: ['features/cookies/reading.feature', 'features/sessions/altered-session-cookie.feature'], log } } as unknown as StrykerOptions
    runner = new SessionspecCucumberRunner(options, quiet)
    process.chdir(cwd)
    await runner.init()
    const result = await runner.dryRun({ coverageAnalysis: 'perTest', timeout: 300_000, disableBail: false })
    assert.equal(result.status, DryRunStatus.Complete, JSON.stringify(result))
    dry = result as CompleteDryRunResult
  })
  after(async () => {
    await runner?.dispose()
    if (sandbox) rmSync(sandbox, { recursive: true, force: true })
  })

  it('names each scenario of each pass as a test, every one passing on the unmutated server', () => {
    assert.ok(dry.tests.length >= 10, `${dry.tests.length} tests`)
    assert.deepEqual(dry.tests.filter((t) => t.status === TestStatus.Failed), [])
    const first = dry.tests.find((t) => t.name.startsWith('COOK-RD-001 '))
    assert.ok(first, 'COOK-RD-001 is a test')
    assert.match(first.id, /^shared \| features\/cookies\/reading\.feature:\d+ \| COOK-RD-001$/)
    assert.equal(keyOfTestId(first.id), first.id.split(' | ').slice(0, 2).join(' | '))
  })

  it('records the sandbox server\'s module-level code as static and its request code per scenario', () => {
    const coverage = dry.mutantCoverage!
    assert.ok(coverage.static['0'] > 0, 'the module-level mutant ran while the server loaded, before any scenario')
    assert.equal(coverage.static['1'], undefined, 'no request was parsed outside a scenario')
    const covering = Object.entries(coverage.perTest).filter(([, hits]) => hits['1'] > 0).map(([id]) => id)
    assert.ok(covering.length >= 5, `the reading scenarios cover mutant 1 (${covering.length})`)
    assert.ok(covering.every((id) => dry.tests.some((t) => t.id === id)), 'coverage names tests of the dry run')
  })

  it('covers the reset that empties what a scenario left, as the next scenario on a long-lived server would', () => {
    const coverage = dry.mutantCoverage!
    assert.equal(coverage.static['3'], undefined, 'no engine was used before the first scenario')
    // The session scenarios used the memory engine; the cookie reading scenarios used none.
    const sessions = dry.tests.filter((t) => t.name.startsWith('SESS-')).map((t) => t.id)
    const covering = Object.entries(coverage.perTest).filter(([, hits]) => hits['3'] > 0).map(([id]) => id)
    assert.ok(sessions.length > 0, 'the session scenarios ran')
    assert.deepEqual(covering.sort(), sessions.sort())
  })

  it('kills a mutant by the first scenario that fails, and logs it', async () => {
    const covering = Object.entries(dry.mutantCoverage!.perTest).filter(([, hits]) => hits['1'] > 0).map(([id]) => id)
    const result = await runner.mutantRun(mutantRun('1', covering))
    assert.equal(result.status, MutantRunStatus.Killed, JSON.stringify(result))
    assert.equal(result.killedBy.length, 1, 'it stops at the first failure')
    assert.ok(covering.includes(result.killedBy[0]))
    const [line] = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as MutantRun)
    assert.equal(line.mutant, '1')
    assert.equal(line.verdict, 'killed')
  })

  it('lets a mutant no scenario can tell apart survive, after running every scenario it names', async () => {
    const covering = Object.entries(dry.mutantCoverage!.perTest).filter(([, hits]) => hits['2'] > 0).map(([id]) => id)
    const result = await runner.mutantRun(mutantRun('2', covering))
    assert.equal(result.status, MutantRunStatus.Survived, JSON.stringify(result))
    assert.equal(result.nrOfTests, covering.length)
  })

  it('runs the harness from the project, not from the sandbox: the project\'s parse.ts stays as it is', () => {
    assert.doesNotMatch(readFileSync(join(ROOT, PARSE), 'utf8'), /stryMutAct_9fa48/)
    assert.deepEqual(warnings, [])
  })
})

describe('test ids', () => {
  it('carry the key a mutant run selects scenarios by', () => {
    const key = scenarioKey('db', 'features/sessions/x.feature', 12)
    assert.equal(keyOfTestId(testId({ key, id: 'SESS-CK-001:2[db]', title: 't', outcome: 'passed', durationMs: 1 })), key)
  })
})
