/** One HTTP request and its response, as the user agent saw them on the wire. */
export interface Exchange {
  request: { method: string; url: string; headers: Array<[string, string]>; body?: string }
  response: { status: number; headers: Array<[string, string]>; setCookies: string[]; body: string }
  /** Set-Cookie lines the jar refused, with the reason. */
  refused: Array<{ line: string; reason: string }>
}

export function describeExchange(e: Exchange): string {
  const lines = [`> ${e.request.method} ${e.request.url}`]
  for (const [k, v] of e.request.headers) lines.push(`> ${k}: ${v}`)
  if (e.request.body) lines.push(`> ${e.request.body}`)
  lines.push(`< ${e.response.status}`)
  for (const [k, v] of e.response.headers) lines.push(`< ${k}: ${v}`)
  for (const r of e.refused) lines.push(`! the browser refused "${r.line}": ${r.reason}`)
  if (e.response.body) lines.push(`< ${e.response.body.slice(0, 2000)}`)
  return lines.join('\n')
}
