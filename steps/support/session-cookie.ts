import { parseSetCookieLine, type SetCookieLine } from '../../harness/agent/set-cookie-line.js'
import type { Exchange } from '../../harness/agent/exchange.js'
import type { SpecWorld } from './world.js'

/** The session key a request carried in its Cookie header, as the server would read it (last one wins). */
export function sentSessionKey(world: SpecWorld, exchange: Exchange = world.lastExchange): string | undefined {
  let key: string | undefined
  for (const [name, value] of exchange.request.headers) {
    if (name.toLowerCase() !== 'cookie') continue
    for (const pair of value.split(';')) {
      const at = pair.indexOf('=')
      if (at > 0 && pair.slice(0, at).trim() === world.sessionCookie) key = pair.slice(at + 1).trim()
    }
  }
  return key
}

/** The last response's Set-Cookie lines for a cookie (default: the session cookie). */
export function sessionCookieLines(world: SpecWorld, name = world.sessionCookie): SetCookieLine[] {
  return world.lastExchange.response.setCookies.map(parseSetCookieLine).filter((c) => c.name === name)
}

/**
 * A Set-Cookie line that removes the cookie from the browser, whatever value it carries
 * (PHP writes "deleted", Django and Express an empty one): RFC 6265bis §5.7 expires a cookie
 * at once for a Max-Age of zero or less, or an Expires in the past. Max-Age wins over Expires.
 */
export function isDeletion(line: SetCookieLine, nowMs: number): boolean {
  const maxAge = line.attributes.findLast((a) => a.name === 'max-age')?.value
  if (maxAge !== undefined && /^-?\d+$/.test(maxAge.trim())) return Number(maxAge) <= 0
  const expires = line.attributes.findLast((a) => a.name === 'expires')?.value
  return expires !== undefined && Date.parse(expires) <= nowMs
}

/** The session cookie the visitor's browser holds now. */
export async function heldSessionKey(world: SpecWorld): Promise<string | undefined> {
  return (await world.agent.jar.find(world.sessionCookie))?.value
}
