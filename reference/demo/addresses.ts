// 127.0.0.1 and localhost reach the same server but are two sites to a browser (a site is the
// scheme and registrable domain; an IP address is its own site), so the demo can stand in for
// "another site" on one machine.
const OTHER_NAME: Readonly<Record<string, string>> = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' }

/** The demo's origin at the other loopback name, or undefined when the page was not asked for at one. */
export function otherSiteOrigin(hostHeader: string | undefined): string | undefined {
  const match = /^([^:]+)(:\d+)?$/.exec(hostHeader ?? '')
  if (match === null) return undefined
  const other = OTHER_NAME[match[1].toLowerCase()]
  return other === undefined ? undefined : `http://${other}${match[2] ?? ''}`
}
