// A run loads the features once and picks each pass's scenarios from them by its tag expression
// (harness/cli/run-passes.ts). What it picks must be what cucumber's own tag filter picks when it
// loads the features for that pass: every pass of the reference target, on features with tagged
// Examples blocks (@profile:django rows), rules, outlines and per-engine and per-storage tags.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { loadConfiguration, loadSources } from '@cucumber/cucumber/api'
import { candidateScenarios, PACKAGE_ROOT, planUnits } from '../harness/cli/run-passes.js'
import { planPasses } from '../harness/runtime/passes.js'
import { loadTarget } from '../harness/target/load-target.js'

const FEATURES = ['features/cookies/hostile-input.feature', 'features/cookies/reading.feature', 'features/sessions/session-keys.feature', 'features/messages', 'features/purging/clearsessions.feature']
const TARGET = resolve('targets/reference.yaml')

/** The scenarios ("absolute file:line") cucumber selects for a tag expression, loading the features itself. */
async function cucumberSelects(tags: string, paths: string[]): Promise<string[]> {
  const environment = { cwd: PACKAGE_ROOT }
  const { runConfiguration } = await loadConfiguration({ file: 'cucumber.mjs', provided: { paths, tags, format: [] } }, environment)
  const { plan } = await loadSources(runConfiguration.sources, environment)
  return plan.map((p) => `${resolve(PACKAGE_ROOT, p.uri)}:${p.location.line}`)
}

describe('planning the passes of a run', () => {
  for (const [label, userTags] of [['every scenario', undefined], ['a tag expression of the user', '@profile:django or @engine:db']] as const) {
    it(`selects for each pass what cucumber's tag filter selects: ${label}`, async () => {
      const paths = FEATURES.map((f) => resolve(f))
      const passes = planPasses(await loadTarget(TARGET), userTags)
      const units = await planUnits(passes, { parallel: 2, paths, targetFile: TARGET })
      let total = 0
      for (const pass of passes) {
        const planned = units.filter((u) => u.pass === pass.name).flatMap((u) => u.paths)
        assert.deepEqual(planned, await cucumberSelects(pass.tags, paths), `pass ${pass.name}`)
        total += planned.length
      }
      assert.ok(total > 50, `${total} scenario instances planned`)
    })
  }

  it('keeps the lines a path names and the shard it is given', async () => {
    // An outline named by its line runs every row; a row named by its line runs alone.
    const hostile = resolve('features/cookies/hostile-input.feature')
    const lines = readFileSync(hostile, 'utf8').split('\n')
    const lineOf = (from: number, test: (l: string) => boolean) => lines.findIndex((l, i) => i >= from && test(l)) + 1
    const outline = lineOf(0, (l) => l.includes('@id:COOK-HOS-005')) + 1
    // The Examples header is the line after "Examples:"; the rows follow it.
    const rows = lineOf(outline, (l) => l.trim().startsWith('Examples:')) + 2
    // Every table row that follows, however many the outline has.
    const rowLines = lines.slice(rows - 1).findIndex((l) => !l.trim().startsWith('|'))
    const rowNumbers = Array.from({ length: rowLines }, (_, i) => rows + i)
    const lastRow = rowNumbers[rowNumbers.length - 1]
    assert.ok(rowNumbers.length >= 2, `COOK-HOS-005 has ${rowNumbers.length} rows`)
    const passes = planPasses(await loadTarget(TARGET))
    const plan = async (paths: string[], shard?: string) => (await planUnits(passes, { parallel: 2, paths, targetFile: TARGET, shard })).flatMap((u) => u.paths)
    assert.deepEqual(await plan([`${hostile}:${outline}`]), rowNumbers.map((line) => `${hostile}:${line}`))
    assert.deepEqual(await plan([`${hostile}:${lastRow}`]), [`${hostile}:${lastRow}`])
    const paths = [hostile, resolve('features/sessions/session-keys.feature')]
    const [whole, first, second] = [await plan(paths), await plan(paths, '1/2'), await plan(paths, '2/2')]
    assert.ok(first.length > 0 && second.length > 0, 'both shards plan something')
    assert.deepEqual([...first, ...second].sort(), [...whole].sort())
  })

  it('reads the paths as cucumber does: every feature, folders, a file named twice, lines of scenarios, rows and steps, a feature outside the package', async () => {
    const hostile = resolve('features/cookies/hostile-input.feature')
    const lines = readFileSync(hostile, 'utf8').split('\n')
    const lineOf = (test: (l: string) => boolean) => lines.findIndex(test) + 1
    const scenario = lineOf((l) => /^\s*Scenario:/.test(l))
    const outline = lineOf((l) => /^\s*Scenario Outline:/.test(l))
    const step = lineOf((l) => /^\s*(Given|When|Then) /.test(l))
    const row = lines.findIndex((l, i) => i > outline && l.trim().startsWith('Examples:')) + 3
    const own = join(mkdtempSync(join(tmpdir(), 'sessionspec-plan-')), 'own.feature')
    writeFileSync(own, 'Feature: Own\n  Scenario: One\n    Given nothing\n  Scenario Outline: Two <n>\n    Given <n>\n    Examples:\n      | n |\n      | 1 |\n      | 2 |\n')
    const cases: string[][] = [
      [],
      [resolve('features/messages'), resolve('features/cookies/reading.feature')],
      [resolve('features/cookies/reading.feature'), resolve('features/cookies')],
      [`${hostile}:${scenario}:${outline}`, `${hostile}:${row}`],
      [`${hostile}:${step}`, `${hostile}:${row}`],
      [`${hostile}:${row}`, hostile],
      [hostile, `${hostile}:${scenario}`],
      [own, `${own}:4`, resolve('features/purging')],
    ]
    for (const paths of cases) {
      const ours = (await candidateScenarios({ paths })).map((c) => c.path)
      const theirs = await cucumberSelects('', paths.length > 0 ? paths : ['features/**/*.feature'])
      assert.deepEqual(ours, theirs, `paths ${JSON.stringify(paths)}`)
      assert.ok(ours.length > 0 || paths.length === 0, `paths ${JSON.stringify(paths)} select something`)
    }
  })
})
