import { unquoteCookieValue } from './quote.js'

// Python's str.strip() removes every char for which isspace() holds; for the Latin-1
// text a header carries that is these (JS trim() differs: no \x1c-\x1f or \x85).
const PYTHON_SPACE = new Set([
  '\t', '\n', '\v', '\f', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0',
  '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
  '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
])

export function stripPythonSpace(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && PYTHON_SPACE.has(text[start])) start++
  while (end > start && PYTHON_SPACE.has(text[end - 1])) end--
  return text.slice(start, end)
}

/**
 * Django's parse_cookie (022-024): split on every ";", then on the first "=" (no "=" means
 * the empty name), strip, unquote; empty chunks are ignored and the last duplicate wins
 * while keeping the place of the first. A Map, so "__proto__" is an ordinary name.
 */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  if (header === undefined) return cookies
  for (const chunk of header.split(';')) {
    const at = chunk.indexOf('=')
    const name = stripPythonSpace(at < 0 ? '' : chunk.slice(0, at))
    const value = stripPythonSpace(at < 0 ? chunk : chunk.slice(at + 1))
    if (name === '' && value === '') continue
    cookies.set(name, unquoteCookieValue(value))
  }
  return cookies
}
