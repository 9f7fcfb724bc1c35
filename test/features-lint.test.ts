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

  it('catches a title in the future tense, as features/README.md asks for the present', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lint-')), 'future.feature')
    writeFileSync(file, [
      'Feature: Future', '  One line of prose.', '  A second line.', '',
      '  @id:TEST-FUT-001 @spec:x', '  Scenario: The server will forget the session',
      '    When a thing happens', '    Then nothing', '',
      '  @id:TEST-FUT-002 @spec:x', '  Scenario: The server forgets the session',
      '    When a thing happens', '    Then nothing', '',
    ].join('\n'))
    const messages = (await lintFeatures([file])).map((p) => `${p.line}: ${p.message}`)
    assert.deepEqual(messages, ['6: title says "will"; state the behaviour in the present tense'])
  })

  it('refuses a Django-format step in a core scenario and accepts it under @profile:django, also per Examples block', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lint-')), 'profiles.feature')
    writeFileSync(file, [
      'Feature: Profiles', '  One line of prose.', '  A second line.', '',
      '  @id:TEST-PRF-001 @spec:x', '  Scenario: A core scenario with a Django step',
      '    When the server stores "k" = "v" in the visitor\'s session', '    Then the visitor\'s session key is 32 lowercase letters and digits', '',
      '  @id:TEST-PRF-002 @spec:x @profile:django', '  Scenario: A django scenario with a Django step',
      '    When the server stores "k" = "v" in the visitor\'s session', '    Then the visitor\'s session key is 32 lowercase letters and digits', '',
      '  @id:TEST-PRF-003 @spec:x', '  Scenario Outline: Rows of two profiles <n>',
      '    When the server stores "k" = "<n>" in the visitor\'s session', '    Then the response <check>', '',
      '    Examples:', '      | n | check                             |', '      | 1 | is kept out of shared caches      |', '',
      '    @profile:django', '    Examples:', '      | n | check                             |', '      | 2 | varies on Cookie                  |', '',
      '  @id:TEST-PRF-004 @spec:x', '  Scenario: Counting without the tag',
      '    When 2 visitors with unknown session keys read their sessions', '    Then the store gained no session', '',
    ].join('\n'))
    const problems = (await lintFeatures([file])).map((p) => `${p.line}: ${p.message}`)
    assert.equal(problems.length, 2, problems.join('\n'))
    assert.match(problems[0], /^8: .*asserts Django's session key alphabet and length/)
    assert.match(problems[1], /^32: .*counts the store's sessions: tag the scenario @store-count/)
  })
})
