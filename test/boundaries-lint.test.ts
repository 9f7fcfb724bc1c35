import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { lintBoundaries } from '../harness/lint/lint-boundaries.js'

describe('every named threshold is tried below, at and above (features/boundaries.yaml)', () => {
  it('holds for the specification', async () => {
    const problems = await lintBoundaries('features/boundaries.yaml')
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}: ${p.message}`), [])
  })

  it('reports a threshold tried only on one side', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'boundaries-'))
    const feature = join(dir, 'x.feature')
    writeFileSync(feature, 'Feature: X\n  Scenario: Y\n    # 300 seconds\n    Given 299 seconds have passed\n    When 3010 seconds pass\n')
    writeFileSync(join(dir, 'b.yaml'), `- threshold: t\n  feature: ${feature}\n  below: 299 seconds\n  at: 300 seconds\n  above: 301 seconds\n`)
    const messages = (await lintBoundaries(join(dir, 'b.yaml'))).map((p) => p.message)
    assert.deepEqual(messages, [
      'threshold 1 ("t") is not tried exactly at it: no step or example has "300 seconds"',
      'threshold 1 ("t") is not tried just above it: no step or example has "301 seconds"',
    ])
  })
})
