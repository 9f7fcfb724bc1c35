import { TamperImpossible } from '../../harness/oracle/signed-cookie.js'

export { TamperImpossible }

/**
 * How a visitor alters a value the server signed, without knowing its format (core profile:
 * a signed value is opaque bytes). The change is made inside the raw value as the server will
 * decode it: a %XX escape is never split, so a URL-encoded value (express-session's "s%3A…")
 * is altered in its content, not broken as an encoding.
 */
export type Alteration = 'flipping its first character' | 'flipping a character in the middle' | 'flipping its last character' | 'dropping its last character' | 'writing its letters in capitals'

export const ALTERATIONS: readonly Alteration[] = ['flipping its first character', 'flipping a character in the middle', 'flipping its last character', 'dropping its last character', 'writing its letters in capitals']


export function alterValue(value: string, how: Alteration): string {
  const altered = how === 'writing its letters in capitals' ? capitals(value)
    : how === 'dropping its last character' ? value.slice(0, lastUnescaped(value)) : flipAt(value, pick(value, how))
  if (altered === value || altered === '') throw new TamperImpossible(`cannot alter ${JSON.stringify(value)} by ${how}: no character to change`)
  return altered
}

/** Positions of letters and digits outside %XX escapes: the characters a flip may change. */
function flippable(value: string): number[] {
  const positions: number[] = []
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    if (/[0-9A-Za-z]/.test(value[i])) positions.push(i)
  }
  return positions
}

function pick(value: string, how: Alteration): number {
  const positions = flippable(value)
  if (positions.length === 0) throw new TamperImpossible(`cannot alter ${JSON.stringify(value)} by ${how}: it has no letter or digit`)
  if (how === 'flipping its first character') return positions[0]
  if (how === 'flipping its last character') return positions[positions.length - 1]
  return positions[Math.floor(positions.length / 2)]
}

/**
 * Letters move 13 places and digits 5, so in a base64 signature the character's value changes by
 * at least 4: the bits a lenient decoder drops at the end of the signature are not all that change.
 */
function flipAt(value: string, at: number): string {
  const c = value[at]
  const rotate = (base: string, size: number, by: number) => String.fromCharCode(base.charCodeAt(0) + ((c.charCodeAt(0) - base.charCodeAt(0) + by) % size))
  const flipped = /[0-9]/.test(c) ? rotate('0', 10, 5) : /[a-z]/.test(c) ? rotate('a', 26, 13) : rotate('A', 26, 13)
  return value.slice(0, at) + flipped + value.slice(at + 1)
}

/** Where the last character starts: a trailing %XX escape is dropped whole. */
function lastUnescaped(value: string): number {
  return /%[0-9A-Fa-f]{2}$/.test(value) ? value.length - 3 : value.length - 1
}

/** Letters a-z in capitals, outside %XX escapes (whose hex digits may be in either case). */
function capitals(value: string): string {
  return value.replace(/%[0-9A-Fa-f]{2}|[a-z]+/g, (part) => (part.startsWith('%') ? part : part.toUpperCase()))
}
