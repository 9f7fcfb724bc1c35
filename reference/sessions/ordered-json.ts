// 163: session data keeps its key order across requests, because Python's json.loads builds a
// dict in document order. JSON.parse lists integer-like keys ("1", "42") first, so the top
// level is read here in document order; nested values come from JSON.parse as they are.
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

/** A JSON object text as session data in document order; undefined when it is not an object. */
export function parseSessionJson(text: string): SessionData | undefined {
  const parsed: unknown = JSON.parse(text)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  const object = parsed as Record<string, unknown>
  const data: SessionData = new Map()
  for (const key of topLevelKeys(text)) {
    if (!data.has(key)) data.set(key, object[key])
  }
  return data
}
