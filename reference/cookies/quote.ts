// 013 and 015: CPython http.cookies rules for names and values, written afresh.

const LEGAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:"
const LEGAL_SET = new Set(LEGAL)
// Inside quotes these stay literal as well (013).
const UNESCAPED_IN_QUOTES = new Set(LEGAL + ' ()/<=>?@[]{}')

/** Attribute names a cookie may not take (CPython Morsel._reserved, case-insensitive). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'expires', 'path', 'comment', 'domain', 'max-age', 'secure', 'httponly', 'version',
  'samesite', 'partitioned',
])

export function isLegalToken(text: string): boolean {
  if (text === '') return false
  for (const char of text) if (!LEGAL_SET.has(char)) return false
  return true
}

export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name.toLowerCase())
}

function escapeInQuotes(char: string): string {
  if (char === '"') return '\\"'
  if (char === '\\') return '\\\\'
  if (UNESCAPED_IN_QUOTES.has(char)) return char
  const code = char.charCodeAt(0)
  // Only 0x00-0xFF are translated; anything above stays raw (013, 014).
  return code <= 0xff ? `\\${code.toString(8).padStart(3, '0')}` : char
}

/** Unquoted when every char is legal; otherwise "…" with escapes. The empty value is `""`. */
export function quoteCookieValue(value: string): string {
  if (isLegalToken(value)) return value
  let out = '"'
  for (const char of value) out += escapeInQuotes(char)
  return out + '"'
}

function isOctal(char: string | undefined, highest = '7'): boolean {
  return char !== undefined && char >= '0' && char <= highest
}

/** 022: Python's _unquote — strip surrounding quotes, decode \ooo (first digit 0-3) and
 * \X for any X but a newline. One left-to-right pass: linear time (CVE-2024-7592). */
export function unquoteCookieValue(value: string): string {
  if (value.length < 2 || value[0] !== '"' || value[value.length - 1] !== '"') return value
  const inner = value.slice(1, -1)
  const parts: string[] = []
  let i = 0
  while (i < inner.length) {
    const char = inner[i]
    if (char !== '\\') {
      parts.push(char)
      i += 1
    } else if (isOctal(inner[i + 1], '3') && isOctal(inner[i + 2]) && isOctal(inner[i + 3])) {
      parts.push(String.fromCharCode(parseInt(inner.slice(i + 1, i + 4), 8)))
      i += 4
    } else if (i + 1 < inner.length && inner[i + 1] !== '\n') {
      parts.push(inner[i + 1])
      i += 2
    } else {
      parts.push(char)
      i += 1
    }
  }
  return parts.join('')
}
