import type { AnswerField, ListMapping, OperationTemplate } from '../target/types.js'
import { TargetError } from './target-error.js'

/**
 * Reads a standard answer out of a server's own JSON, as its target file says
 * (docs/target-files.md, "Reading the answer"): each field is a JSON pointer, or a list mapping
 * that builds a list of objects from a list (or from groups keyed by one field) with a pointer
 * per item field. A field whose pointer finds nothing is left out. Then `values` translates the
 * server's words into the suite's ("invalid signature" → "bad-signature").
 */
export function mapAnswer(json: unknown, answer: Record<string, AnswerField>, values: OperationTemplate['values'] = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [field, spec] of Object.entries(answer)) {
    const value = typeof spec === 'string' ? resolvePointer(json, spec) : mapList(json, field, spec)
    if (value !== undefined) out[field] = translate(value, values[field])
  }
  return out
}

function mapList(json: unknown, field: string, spec: ListMapping): unknown[] | undefined {
  const found = resolvePointer(json, spec.list)
  if (found === undefined || found === null) return undefined
  const entries: Array<{ item: unknown; group?: string }> = spec.groupedBy === undefined
    ? asArray(found, field, spec.list).map((item) => ({ item }))
    : groups(found, field, spec.list).flatMap(([group, items]) => asArray(items, field, `${spec.list}/${group}`).map((item) => ({ item, group })))
  return entries.map(({ item, group }) => {
    const mapped: Record<string, unknown> = group !== undefined && spec.groupedBy ? { [spec.groupedBy]: group } : {}
    for (const [name, pointer] of Object.entries(spec.item ?? {})) {
      const value = resolvePointer(item, pointer)
      if (value !== undefined) mapped[name] = value
    }
    return spec.item ? mapped : item
  })
}

function asArray(value: unknown, field: string, pointer: string): unknown[] {
  if (!Array.isArray(value)) throw new TargetError(`the answer for ${field} at ${pointer || '(the whole answer)'} is not a list: ${JSON.stringify(value)?.slice(0, 100)}`)
  return value
}

function groups(value: unknown, field: string, pointer: string): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TargetError(`the answer for ${field} at ${pointer || '(the whole answer)'} is not an object of groups: ${JSON.stringify(value)?.slice(0, 100)}`)
  }
  return Object.entries(value)
}

function translate(value: unknown, table: Record<string, unknown> | undefined): unknown {
  if (table === undefined || typeof value !== 'string' || !Object.hasOwn(table, value)) return value
  return table[value]
}

/** RFC 6901: "" is the whole document; "~1" is "/" and "~0" is "~" inside a key. */
export function resolvePointer(json: unknown, pointer: string): unknown {
  if (pointer === '') return json
  let node: unknown = json
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Django's built-in levels: a category with one of these names needs no entry in messageLevels. */
export const BUILT_IN_LEVELS: Readonly<Record<string, number>> = { debug: 10, info: 20, success: 25, warning: 30, error: 40 }

/**
 * A message's level as a number: a number stays; a category name becomes the level the target
 * file's messageLevels (or the built-in names) give it. An unmapped category is the target
 * file's gap, named in one line.
 */
export function levelOf(level: unknown, messageLevels: Record<string, number>): unknown {
  if (typeof level !== 'string') return level
  const levels = { ...BUILT_IN_LEVELS, ...messageLevels }
  if (Object.hasOwn(levels, level)) return levels[level]
  throw new TargetError(`a message has the category "${level}", which neither messageLevels in the target file nor the built-in names (${Object.keys(BUILT_IN_LEVELS).join(', ')}) map to a level`)
}
