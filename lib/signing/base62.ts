// Catalogue 150 and §4.1: digits 0-9A-Za-z, most significant first, "0" for zero,
// a leading "-" for negatives.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export function encodeBase62(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`base62 needs a safe integer, got ${value}`)
  }
  if (value === 0) return '0'
  let rest = Math.abs(value)
  let digits = ''
  while (rest > 0) {
    digits = ALPHABET[rest % 62] + digits
    rest = Math.floor(rest / 62)
  }
  return value < 0 ? `-${digits}` : digits
}

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
  if (!Number.isSafeInteger(value)) throw new RangeError(`base62 number too large: ${text}`)
  return negative ? -value : value
}
