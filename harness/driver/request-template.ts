import type { OperationTemplate } from '../target/types.js'

export interface BuiltRequest { method: string; path: string; headers: Record<string, string>; body?: string }

const PLACEHOLDER = /\{([A-Za-z0-9_.]+)\}/g
const WHOLE = /^\{([A-Za-z0-9_.]+)\}$/

/** Fills a target file's request template with an operation's parameters. */
export function buildRequest(template: OperationTemplate, params: Record<string, unknown>): BuiltRequest {
  const text = (s: string) => s.replace(PLACEHOLDER, (_, key: string) => encodeURIComponent(stringify(params[key])))
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(template.query ?? {})) {
    const whole = typeof value === 'string' ? WHOLE.exec(value) : null
    if (whole && params[whole[1]] === undefined) continue
    query.set(key, whole ? stringify(params[whole[1]]) : String(value).replace(PLACEHOLDER, (_, k: string) => stringify(params[k])))
  }
  const qs = query.toString()
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(template.headers ?? {})) headers[key] = value.replace(PLACEHOLDER, (_, k: string) => stringify(params[k]))
  let body: string | undefined
  if (template.body !== undefined) {
    body = JSON.stringify(fill(template.body, params))
    headers['Content-Type'] ??= 'application/json'
  }
  return { method: template.method, path: text(template.path) + (qs ? `?${qs}` : ''), headers, body }
}

/**
 * The parameters given (not undefined) that the template does not use: no placeholder names them
 * and no body takes `{params}` whole. A target file that drops a parameter cannot do what the
 * scenario asks (session.set's `length`, say), and the request it would send claims something else.
 */
export function unusedParams(template: OperationTemplate, params: Record<string, unknown>): string[] {
  const used = new Set<string>()
  const collect = (node: unknown): void => {
    if (typeof node === 'string') for (const [, name] of node.matchAll(PLACEHOLDER)) used.add(name)
    else if (Array.isArray(node)) node.forEach(collect)
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(collect)
  }
  collect([template.path, template.query ?? {}, template.headers ?? {}, template.body ?? null])
  if (used.has('params')) return []
  return Object.keys(params).filter((name) => params[name] !== undefined && !used.has(name))
}

function fill(node: unknown, params: Record<string, unknown>): unknown {
  if (typeof node === 'string') {
    const whole = WHOLE.exec(node)
    if (whole) return whole[1] === 'params' ? params : params[whole[1]]
    return node.replace(PLACEHOLDER, (_, k: string) => stringify(params[k]))
  }
  if (Array.isArray(node)) return node.map((n) => fill(n, params))
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(node)) {
      const value = fill(v, params)
      if (value !== undefined) out[k] = value
    }
    return out
  }
  return node
}

function stringify(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}
