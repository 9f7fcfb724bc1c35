import { unquoteCookieValue } from './quote.js'

// Python's str.strip() removes every char for which isspace() holds (JS trim() differs: no
// \x1c-\x1f or \x85). After the header's bytes are decoded as UTF-8 (headerText below), U+0085
// and U+00A0 reach the strip only when they came as their UTF-8 encodings.
const PYTHON_SPACE = new Set([
  '\t', '\n', '\v', '\f', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0',
  '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
  '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
])

/**
 * The text Django parses: Node hands a header value over one character per byte (Latin-1);
 * Django decodes the header's bytes as UTF-8, each invalid sequence replaced by U+FFFD
 * (get_str_from_wsgi in django/core/handlers/wsgi.py, `value.decode(errors="replace")`).
 */
export function headerText(latin1: string | undefined): string | undefined {
  return latin1 === undefined ? undefined : Buffer.from(latin1, 'latin1').toString('utf8')
}

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
