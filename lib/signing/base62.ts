// Catalogue 150 and §4.1: digits 0-9A-Za-z, most significant first, "0" for zero,
// a leading "-" for negatives.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export function encodeBase62(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`base62 needs a safe integer, got ${value}`)
  }
  return value < 0 ? `-${base62Digits(-value)}` : base62Digits(value)
}

/** The digits of a whole number >= 0, the last one written after the others ("0" for zero). */
function base62Digits(value: number): string {
  const last = ALPHABET[value % 62]
  return value < 62 ? last : base62Digits(Math.floor(value / 62)) + last
}

/** Any number of digits, as Python's int has no bound: a timestamp beyond 2**53 loses its last
 * digits' precision but stays far in the future (or past), which is all an age check reads. */
export function decodeBase62(text: string): number {
  const negative = text.startsWith('-')
  const digits = negative ? text.slice(1) : text
  if (digits === '') throw new RangeError('empty base62 number')
  let value = 0
  for (const digit of digits) {
    const index = ALPHABET.indexOf(digit)
    if (index < 0) throw new RangeError(`invalid base62 digit ${JSON.stringify(digit)}`)
    value = value * 62 + index
  }
  return negative ? -value : value
}
