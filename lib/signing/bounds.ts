// Bounds on what a decoder accepts, so that a value someone else wrote (a cookie, a store's
// record) cannot cost the server more than a bounded amount of memory or stack. A few hundred
// compressed bytes can inflate to megabytes, and a value nested 100,000 levels deep overflows
// any recursive walk. Beyond a bound, a value is treated as tampered, as Django treats a bad
// signature: the caller reads no session (a fresh one) or no messages.
import { inflateSync } from 'node:zlib'

/** Largest payload JSON text accepted, after decompression. Django has no bound; a session or a
 * message list the specification writes is a few kilobytes. */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024

/** Deepest nesting of arrays and objects accepted: below Python's default recursion limit (1000),
 * so any value Django can store and read back fits. */
export const MAX_NESTING_DEPTH = 500

/** A payload beyond a bound; callers treat it like a bad signature. */
export class PayloadRefused extends Error {
  override name = 'PayloadRefused'
}

/** zlib inflate that stops at maxBytes of output instead of allocating what the input asks for.
 * (Inflating is the same in every zlib: only deflate's output differs, §4.1.) */
export function inflateBounded(bytes: Uint8Array, maxBytes = MAX_PAYLOAD_BYTES): Buffer {
  try {
    return inflateSync(bytes, { maxOutputLength: maxBytes })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadRefused(`the payload inflates to more than ${maxBytes} bytes`)
    }
    throw new PayloadRefused(`the payload is not valid zlib data (${(error as Error).message})`)
  }
}

/**
 * What the nesting depth of a JSON text is read from: a string (to its closing quote, a backslash
 * taking the next character with it; an unclosed one runs to the end), or a bracket. Brackets
 * inside strings are skipped with their string. A regular expression rather than a loop over
 * indexes: 25 times faster than a walk by character on a session of long texts (sessions of
 * megabytes are read here on every request that loads them), and no changed index can make it
 * loop forever.
 */
const JSON_TOKENS = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"?|[[\]{}]/g

/** The nesting depth of a JSON text, read without recursion (brackets inside strings do not count). */
export function jsonTextDepth(text: string): number {
  let depth = 0
  let deepest = 0
  for (const [token] of text.matchAll(JSON_TOKENS)) {
    if (token === '[' || token === '{') deepest = Math.max(deepest, ++depth)
    else if (token === ']' || token === '}') depth--
  }
  return deepest
}

/** Refuses a payload text beyond the size or the nesting bound, before JSON.parse sees it. */
export function checkPayloadText(text: string): string {
  if (text.length > MAX_PAYLOAD_BYTES) throw new PayloadRefused(`the payload is larger than ${MAX_PAYLOAD_BYTES} bytes`)
  // Each level of nesting takes at least one character: a text no longer than the bound cannot
  // be nested beyond it, and the scan's garbage is spared on every short session a purge reads.
  if (text.length > MAX_NESTING_DEPTH && jsonTextDepth(text) > MAX_NESTING_DEPTH) throw new PayloadRefused(`the payload is nested deeper than ${MAX_NESTING_DEPTH} levels`)
  return text
}

/** The nesting depth of a JS value (arrays, plain objects, Maps), walked without recursion; stops counting past limit. */
export function valueDepth(value: unknown, limit = MAX_NESTING_DEPTH): number {
  let deepest = 0
  const pending: Array<[unknown, number]> = [[value, 0]]
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!
    if (item === null || typeof item !== 'object') continue
    const level = depth + 1
    deepest = Math.max(deepest, level)
    if (deepest > limit) return deepest
    const children = item instanceof Map ? item.values() : Object.values(item)
    for (const child of children) pending.push([child, level])
  }
  return deepest
}
