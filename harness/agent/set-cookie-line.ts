/** A Set-Cookie line taken apart as written, without the user agent's judgement. */
export interface SetCookieLine {
  line: string
  name: string
  value: string
  /** Attribute names in lower case, in the order written; a bare flag has the value undefined. */
  attributes: Array<{ name: string; value: string | undefined }>
}

/** RFC 6265bis §5.6: the name-value pair ends at the first ";", each attribute at the next. */
export function parseSetCookieLine(line: string): SetCookieLine {
  const [pair, ...rest] = line.split(';')
  const eq = pair.indexOf('=')
  const attributes = rest
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=')
      return at < 0 ? { name: part.toLowerCase(), value: undefined } : { name: part.slice(0, at).trim().toLowerCase(), value: part.slice(at + 1).trim() }
    })
  return {
    line,
    name: (eq < 0 ? '' : pair.slice(0, eq)).trim(),
    value: (eq < 0 ? pair : pair.slice(eq + 1)).trim(),
    attributes,
  }
}

export function attribute(cookie: SetCookieLine, name: string): { present: boolean; value: string | undefined } {
  const found = cookie.attributes.filter((a) => a.name === name.toLowerCase()).at(-1)
  return { present: found !== undefined, value: found?.value }
}
