// 163: session data keeps its key order across requests, because Python's json.loads builds a
// dict in document order. JSON.parse lists integer-like keys ("1", "42") first, so the top
// level is read here in document order; nested values come from JSON.parse as they are.
// json.loads also reads the words NaN, Infinity and -Infinity, which Django's own json.dumps
// writes for those floats (allow_nan), so a session Django saved with one of them is read too.
import { randomBytes } from 'node:crypto'
import type { SessionData } from './engine.js'

/** Index just past the JSON string that starts at `start` (a double quote). */
function skipString(text: string, start: number): number {
  let i = start + 1
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
  return i + 1
}

/** Index just past the JSON value that starts at `start`; the text is known to be valid JSON. */
function skipValue(text: string, start: number): number {
  let depth = 0
  let i = start
  while (i < text.length) {
    const char = text[i]
    if (char === '"') {
      i = skipString(text, i)
      if (depth === 0) return i
      continue
    }
    if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') {
      if (depth === 0) return i
      if (--depth === 0) return i + 1
    } else if (depth === 0 && (char === ',' || /\s/.test(char))) return i
    i++
  }
  return i
}

/** The top-level keys of a JSON object text, first occurrence first (a repeated key keeps its
 * first place and its last value, as in a Python dict). */
function topLevelKeys(text: string): string[] {
  const keys: string[] = []
  let i = text.indexOf('{') + 1
  for (;;) {
    while (/[\s,]/.test(text[i] ?? '')) i++
    if (text[i] !== '"') return keys
    const end = skipString(text, i)
    keys.push(JSON.parse(text.slice(i, end)) as string)
    i = text.indexOf(':', end) + 1
    while (/\s/.test(text[i] ?? '')) i++
    i = skipValue(text, i)
  }
}

const NON_FINITE = [['-Infinity', '-1e999'], ['Infinity', '1e999'], ['NaN', undefined]] as const

/** JSON.parse, and Python's words for the non-finite floats outside strings: the infinities as
 * numbers JSON.parse reads as infinite, NaN as a string no text can hold (a fresh nonce each
 * call), turned into NaN by the reviver. Text without those words is read by JSON.parse alone. */
function parsePythonJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error
  }
  const nan = `NaN ${randomBytes(16).toString('hex')}`
  let rewritten = ''
  for (let i = 0; i < text.length;) {
    if (text[i] === '"') {
      const end = skipString(text, i)
      rewritten += text.slice(i, end)
      i = end
      continue
    }
    const word = NON_FINITE.find(([name]) => text.startsWith(name, i))
    if (word === undefined) {
      rewritten += text[i++]
      continue
    }
    rewritten += word[1] ?? JSON.stringify(nan)
    i += word[0].length
  }
  return JSON.parse(rewritten, (_key, value: unknown) => (value === nan ? NaN : value))
}

/** A JSON object text as session data in document order; undefined when it is not an object. */
export function parseSessionJson(text: string): SessionData | undefined {
  const parsed: unknown = parsePythonJson(text)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  const object = parsed as Record<string, unknown>
  const data: SessionData = new Map()
  for (const key of topLevelKeys(text)) {
    if (!data.has(key)) data.set(key, object[key])
  }
  return data
}
