import type { JsonValue } from '../../harness/driver/operations.js'

/**
 * Session values made of one part repeated: brackets that do not nest (siblings, or characters
 * of a text), which a depth count must not mistake for nesting. "600 empty lists" is
 * [[],[],…], "600 opening brackets after a quote" the text `"[[[…{{{…` (600 of each), "600
 * opening brackets after two line breaks" the same after two line breaks (two escapes in JSON).
 */
const REPEATED: Record<string, (count: number) => JsonValue> = {
  'empty lists': (count) => Array.from({ length: count }, () => []),
  'empty objects': (count) => Array.from({ length: count }, () => ({})),
  'opening brackets after a quote': (count) => `"${'['.repeat(count)}${'{'.repeat(count)}`,
  'opening brackets after two line breaks': (count) => `\n\n${'['.repeat(count)}${'{'.repeat(count)}`,
}

export function repeatedValue(count: number, kind: string): JsonValue {
  const make = REPEATED[kind]
  if (make === undefined) throw new Error(`unknown repeated value "${kind}"; expected one of: ${Object.keys(REPEATED).join(', ')}`)
  return make(count)
}
