// Where the browser reaches the target. 127.0.0.1 and localhost are one server but two sites to
// a browser (an IP address is a site of its own), so a target on a loopback address can be
// visited "from another site" without a second server.
import { TargetError } from '../driver/target-error.js'

const OTHER_NAME: Readonly<Record<string, string>> = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' }

function withHost(baseUrl: string, hostname: string): string {
  const url = new URL(baseUrl)
  url.hostname = hostname
  return url.origin
}

function loopbackHost(baseUrl: string): string {
  const host = new URL(baseUrl).hostname
  if (OTHER_NAME[host] === undefined) {
    throw new TargetError(`the browser scenarios reach the target at 127.0.0.1 or localhost, to visit it from a second site; its baseUrl is ${baseUrl}`)
  }
  return host
}

/** The same server under the other loopback name: another site. */
export function otherSiteOf(baseUrl: string): string {
  return withHost(baseUrl, OTHER_NAME[loopbackHost(baseUrl)])
}

/** The target by a host name (localhost) or by an IP address (127.0.0.1). */
export function addressOf(baseUrl: string, kind: 'host name' | 'IP address'): string {
  loopbackHost(baseUrl)
  return withHost(baseUrl, kind === 'host name' ? 'localhost' : '127.0.0.1')
}
