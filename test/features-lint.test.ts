import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { lintFeatures } from '../harness/lint/lint-features.js'

function featureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? featureFiles(path) : name.endsWith('.feature') ? [path] : []
  })
}

describe('the features follow their own rules (features/README.md)', () => {
  it('every scenario has a unique @id and a @spec; titles are short, present tense, unique; one When; relative time only', async () => {
    const problems = await lintFeatures(featureFiles('features'))
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}: ${p.message}`), [])
  })

  it('catches an absolute date, a missing id, "should" and a second When', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lint-')), 'bad.feature')
    writeFileSync(file, [
      'Feature: Bad', '  One line of prose.', '  A second line.', '',
      '  @spec:x', '  Scenario: The visitor should return on 2030-01-01',
      '    When a thing happens', '    When another thing happens', '    Then nothing', '',
    ].join('\n'))
    const messages = (await lintFeatures([file])).map((p) => p.message)
    assert.ok(messages.some((m) => m.includes('absolute date')), messages.join('\n'))
    assert.ok(messages.some((m) => m.includes('has no @id')))
    assert.ok(messages.some((m) => m.includes('says "should"')))
    assert.ok(messages.some((m) => m.includes('2 When steps')))
  })
})
