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

export function isDeletion(line: SetCookieLine): boolean {
  const maxAge = line.attributes.find((a) => a.name === 'max-age')?.value
  const expires = line.attributes.find((a) => a.name === 'expires')?.value
  return (line.value === '' || line.value === '""') && (maxAge === '0' || (expires !== undefined && Date.parse(expires) <= 0))
}

/** The session cookie the visitor's browser holds now. */
export async function heldSessionKey(world: SpecWorld): Promise<string | undefined> {
  return (await world.agent.jar.find(world.sessionCookie))?.value
}
