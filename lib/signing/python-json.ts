// §4.1 step 1: Python's json.dumps(obj, separators=(',', ':')) with its defaults
// (ensure_ascii=True, allow_nan=True). Keys keep insertion order; pass a Map when a
// key looks like an integer, since plain JS objects list such keys first.
import { MAX_NESTING_DEPTH, PayloadRefused, valueDepth } from './bounds.js'

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
}

/** ensure_ascii: `"`, `\` and everything outside space..tilde are escaped, the rest as \uXXXX
 * (lowercase hex); JS strings are UTF-16 already, so astral characters come out as surrogate pairs. */
export function quotePythonString(text: string): string {
  return `"${text.replace(/["\\]|[^ -~]/g, escapePythonChar)}"`
}

function escapePythonChar(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** A number as Python's json.dumps writes what json.loads made of the JSON text JavaScript
 * writes for it. JSON.stringify writes whole numbers below 1e21 in the shortest digits that read
 * back the same ("999999999999999900000", not the double's exact 999999999999999868928), which
 * Python reads as an int of exactly those digits; from 1e21 up in exponent form ("1e+21"),
 * which Python reads as a float and repr() writes the same way. */
export function pythonNumberRepr(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return 'Infinity'
  if (value === -Infinity) return '-Infinity'
  // repr() switches to exponent form below 1e-4 (with two exponent digits at least); JS only below 1e-6.
  const [mantissa, exponent] = value.toExponential().split('e')
  const power = Number(exponent)
  if (power >= -4) return String(value)
  return `${mantissa}e-${String(-power).padStart(2, '0')}`
}

/** json.dumps; PayloadRefused for a value nested deeper than MAX_NESTING_DEPTH, which this
 * recursive writer (and any reader) could not take. */
export function toPythonJson(value: unknown): string {
  if (valueDepth(value) > MAX_NESTING_DEPTH) throw new PayloadRefused(`the value is nested deeper than ${MAX_NESTING_DEPTH} levels`)
  return pythonJson(value)
}

function pythonJson(value: unknown): string {
  if (value === null) return 'null'
  if (value === true) return 'true'
  if (value === false) return 'false'
  if (typeof value === 'number') return pythonNumberRepr(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'string') return quotePythonString(value)
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(',')}]`
  if (value instanceof Map) return objectJson([...value.entries()])
  if (typeof value === 'object' && isPlainObject(value)) return objectJson(Object.entries(value))
  throw new TypeError(`Object of type ${typeof value} is not JSON serializable`)
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function objectJson(entries: Array<[unknown, unknown]>): string {
  const members = entries.map(([key, member]) => {
    if (typeof key !== 'string') throw new TypeError('JSON object keys must be strings')
    return `${quotePythonString(key)}:${pythonJson(member)}`
  })
  return `{${members.join(',')}}`
}
