import { Given } from '@cucumber/cucumber'
import type { SpecWorld } from './support/world.js'

/** A text as the bytes of its UTF-8 encoding, one character per byte (what a header carries). */
function utf8Bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1')
}

/**
 * What Python's str.strip() removes, as the bytes a header carries (written here one character
 * per byte): Django decodes a Cookie header as UTF-8, so U+0085 and U+00A0 arrive as their
 * UTF-8 encodings (C2 85, C2 A0). A lone byte 0x85 would decode to U+FFFD and stay. The
 * Unicode spaces above U+00FF arrive the same way; the byte order mark is what str.strip()
 * keeps although JavaScript's trim() and \s take it as space.
 */
const PADDING: Record<string, string> = {
  'tabs': '\t',
  'spaces': ' ',
  'next-line characters (U+0085)': '\xc2\x85',
  'no-break spaces (U+00A0)': '\xc2\xa0',
  'the Unicode spaces U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000':
    utf8Bytes('\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'),
  'byte order marks (U+FEFF)': utf8Bytes('\ufeff'),
}

// A first and a last cookie surround the padded one, so the padding never sits at the header's
// own ends, which the HTTP server trims (Python's trims the byte 0x85 as white space too).
Given('the visitor\'s browser sends the cookie {string} = {string} padded with {}', function (this: SpecWorld, name: string, value: string, kind: string) {
  const pad = PADDING[kind]
  if (pad === undefined) throw new Error(`unknown padding "${kind}"; expected one of: ${Object.keys(PADDING).join(', ')}`)
  this.agent.sendNextWithCookieHeaders([`first=0;${pad}${name}${pad}=${pad}${value}${pad};last=9`])
})
