import type { MessageParams } from '../../harness/driver/operations.js'

const LEVELS: Record<string, number> = { debug: 10, info: 20, success: 25, warning: 30, error: 40 }

/** A level as a table cell gives it: a name or an integer. */
export function levelOf(cell: string): MessageParams['level'] {
  return /^-?\d+$/.test(cell.trim()) ? Number(cell) : (cell.trim() as MessageParams['level'])
}

export function levelNumber(cell: string): number {
  return /^-?\d+$/.test(cell.trim()) ? Number(cell) : LEVELS[cell.trim()]
}

/**
 * Text that does not compress, numbered so a scenario can tell which messages survived
 * ("message 3 …"). Deterministic, so every run stores the same bytes.
 */
export function numberedText(n: number, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let state = 2166136261 ^ n
  let text = `message ${n} `
  while (text.length < length) {
    state = Math.imul(state ^ (state >>> 15), 2246822519) >>> 0
    state = (state ^ (state >>> 13)) >>> 0
    text += alphabet[state % alphabet.length]
  }
  return text
}

export function numberOf(text: string): number | undefined {
  const match = /^message (\d+) /.exec(text)
  return match ? Number(match[1]) : undefined
}
