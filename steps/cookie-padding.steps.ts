import { Given } from '@cucumber/cucumber'
import type { SpecWorld } from './support/world.js'

/** What Python's str.strip() removes and an HTTP header can carry (Latin-1, no controls but tab). */
const PADDING: Record<string, string> = {
  'tabs': '\t',
  'spaces': ' ',
  'next-line characters (U+0085)': '\x85',
  'no-break spaces (U+00A0)': '\xa0',
}

// A first cookie leads the header, so the padding never sits at the header's own ends, which
// HTTP itself trims.
Given('the visitor\'s browser sends the cookie {string} = {string} padded with {}', function (this: SpecWorld, name: string, value: string, kind: string) {
  const pad = PADDING[kind]
  if (pad === undefined) throw new Error(`unknown padding "${kind}"; expected one of: ${Object.keys(PADDING).join(', ')}`)
  this.agent.sendNextWithCookieHeaders([`first=0;${pad}${name}${pad}=${pad}${value}${pad}`])
})
