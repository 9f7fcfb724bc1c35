import { Given } from '@cucumber/cucumber'
import type { SpecWorld } from './support/world.js'

/**
 * What Python's str.strip() removes, as the bytes a header carries (written here one character
 * per byte): Django decodes a Cookie header as UTF-8, so U+0085 and U+00A0 arrive as their
 * UTF-8 encodings (C2 85, C2 A0). A lone byte 0x85 would decode to U+FFFD and stay.
 */
const PADDING: Record<string, string> = {
  'tabs': '\t',
  'spaces': ' ',
  'next-line characters (U+0085)': '\xc2\x85',
  'no-break spaces (U+00A0)': '\xc2\xa0',
}

// A first and a last cookie surround the padded one, so the padding never sits at the header's
// own ends, which the HTTP server trims (Python's trims the byte 0x85 as white space too).
Given('the visitor\'s browser sends the cookie {string} = {string} padded with {}', function (this: SpecWorld, name: string, value: string, kind: string) {
  const pad = PADDING[kind]
  if (pad === undefined) throw new Error(`unknown padding "${kind}"; expected one of: ${Object.keys(PADDING).join(', ')}`)
  this.agent.sendNextWithCookieHeaders([`first=0;${pad}${name}${pad}=${pad}${value}${pad};last=9`])
})
