// The payload of a Django signed value ("payload:timestamp:signature"), read and written by the
// harness itself: base64url without padding over JSON, and a leading "." when zlib-compressed
// (django/core/signing.py, dumps and loads). Written here, not imported from lib/signing, so
// that a bug in the code the reference server signs with cannot hide on both sides.
import { inflateSync } from 'node:zlib'

/** The JSON a signed value carries: anyone can read it, no key needed. */
export function readPayload(signedValue: string): unknown {
  const parts = signedValue.split(':')
  if (parts.length < 3) throw new Error(`${JSON.stringify(signedValue)} is not a signed value (payload:timestamp:signature)`)
  const payload = parts.slice(0, -2).join(':')
  const compressed = payload.startsWith('.')
  const bytes = Buffer.from(compressed ? payload.slice(1) : payload, 'base64url')
  return JSON.parse((compressed ? inflateSync(bytes) : bytes).toString('utf8')) as unknown
}

/** The same signed value with its payload replaced by `data` (uncompressed), timestamp and signature kept: a forgery. */
export function replacePayload(signedValue: string, data: unknown): string {
  const parts = signedValue.split(':')
  return [Buffer.from(JSON.stringify(data), 'utf8').toString('base64url'), ...parts.slice(-2)].join(':')
}
