import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import type { LintProblem } from './lint-features.js'

/** One threshold of features/boundaries.yaml and the values that try it. */
interface Boundary { threshold: string; feature: string; below: string; at: string; above: string }

const SIDES = ['below', 'at', 'above'] as const

/**
 * The boundary rule of features/README.md: every threshold listed in the registry is tried
 * just below, exactly at and just above, each value appearing (as a whole word) in a step or
 * an Examples cell of the named feature. Comment lines do not count.
 */
export async function lintBoundaries(registry: string): Promise<LintProblem[]> {
  const problems: LintProblem[] = []
  const entries = parse(await readFile(registry, 'utf8')) as unknown
  if (!Array.isArray(entries)) return [{ file: registry, line: 1, message: 'expected a list of thresholds' }]
  for (const [index, entry] of (entries as Array<Partial<Boundary>>).entries()) {
    const where = `threshold ${index + 1} ("${entry.threshold ?? '?'}")`
    if (typeof entry.feature !== 'string') {
      problems.push({ file: registry, line: 1, message: `${where} names no feature` })
      continue
    }
    const text = await readFile(entry.feature, 'utf8').catch(() => undefined)
    if (text === undefined) {
      problems.push({ file: registry, line: 1, message: `${where}: ${entry.feature} does not exist` })
      continue
    }
    const lines = text.split('\n').filter((line) => !line.trim().startsWith('#'))
    for (const side of SIDES) {
      const value = entry[side]
      if (typeof value !== 'string' || value === '') {
        problems.push({ file: registry, line: 1, message: `${where} gives no value ${side} the threshold` })
      } else if (!lines.some((line) => containsWord(line, value))) {
        problems.push({ file: entry.feature, line: 1, message: `${where} is not tried ${side === 'at' ? 'exactly at' : `just ${side}`} it: no step or example has "${value}"` })
      }
    }
  }
  return problems
}

function containsWord(line: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\w])${escaped}(?![\\w])`).test(line)
}
