// 013 and 015: CPython http.cookies rules for names and values, written afresh.

const LEGAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:"
const LEGAL_SET = new Set(LEGAL)
// Inside quotes these stay literal as well (013).
const UNESCAPED_IN_QUOTES = new Set(LEGAL + ' ()/<=>?@[]{}')

/** Attribute names a cookie may not take (CPython Morsel._reserved, case-insensitive). The
 * specification follows Django 5.2.17 on the CPython it runs on (Debian's 3.11), whose Morsel
 * does not reserve "partitioned" (CPython 3.14's does). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'expires', 'path', 'comment', 'domain', 'max-age', 'secure', 'httponly', 'version',
  'samesite',
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

/** 022: Python's _unquote — strip surrounding quotes, decode \ooo (first digit 0-3) and
 * \X for any X but a newline; a backslash with nothing after it stays. One left-to-right
 * pass of a pattern that never backtracks: linear time (CVE-2024-7592). */
export function unquoteCookieValue(value: string): string {
  if (value.length < 2 || value[0] !== '"' || value[value.length - 1] !== '"') return value
  // A backslash and three octal digits, the first 0-3, or a backslash and any one character but
  // a line feed (`.` in Python's pattern; JavaScript's `.` also leaves out \r, U+2028, U+2029).
  return value.slice(1, -1).replace(/\\(?:([0-3][0-7][0-7])|([^\n]))/g, (_escape, octal: string | undefined, char: string | undefined) =>
    octal !== undefined ? String.fromCharCode(parseInt(octal, 8)) : char!)
}
