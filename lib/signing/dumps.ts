import { checkPayloadText, inflateBounded } from './bounds.js'
import { decodeBase64Url, encodeBase64Url } from './base64url.js'
import { toPythonJson } from './python-json.js'
import type { SigningAlgorithm, SigningKey } from './salted-hmac.js'
import { TimestampSigner } from './signer.js'
import { zlibCompress } from './zlib-deflate.js'

export interface PayloadEncoding {
  /** 152: try zlib and keep it only when it saves at least two bytes. */
  compress?: boolean
  /** Defaults to Python-style compact ASCII JSON; the messages cookie brings its own. */
  serialize?: (value: unknown) => string
}

export interface DumpsOptions extends PayloadEncoding {
  key: SigningKey
  /** 147: signing.dumps defaults to "django.core.signing". */
  salt?: string
  algorithm?: SigningAlgorithm
  /** Unix seconds; only the whole seconds are signed. */
  now: number
}

function latin1Bytes(text: string): Uint8Array {
  if (/[^\x00-\xff]/.test(text)) throw new RangeError('serialized data must be Latin-1')
  return Buffer.from(text, 'latin1')
}

/** §4.1 steps 1-3: serialize, maybe compress (classic zlib, level 6), base64url, "." if compressed. */
export function encodePayload(value: unknown, encoding: PayloadEncoding = {}): string {
  // What could not be decoded again (bounds.ts) is refused here rather than stored.
  const data = latin1Bytes(checkPayloadText((encoding.serialize ?? toPythonJson)(value)))
  if (encoding.compress) {
    // pako matches CPython's zlib byte for byte; node:zlib does not (§4.1 warning).
    const compressed = zlibCompress(data)
    if (compressed.length < data.length - 1) return `.${encodeBase64Url(compressed)}`
  }
  return encodeBase64Url(data)
}

/** The JSON text of a payload; a leading "." means inflate after decoding. PayloadRefused when it
 * inflates or nests beyond the bounds (bounds.ts). */
export function decodePayloadText(payload: string): string {
  const compressed = payload.startsWith('.')
  const bytes = decodeBase64Url(compressed ? payload.slice(1) : payload)
  const data = compressed ? inflateBounded(bytes) : bytes
  return checkPayloadText(Buffer.from(data).toString('latin1'))
}

/** The inverse of encodePayload. */
export function decodePayload(payload: string): unknown {
  return JSON.parse(decodePayloadText(payload))
}

export function signObject(signer: TimestampSigner, value: unknown, now: number, encoding?: PayloadEncoding): string {
  return signer.sign(encodePayload(value, encoding), now)
}

/** signing.dumps: a TimestampSigner over the encoded payload. The server reads what it dumped
 * with its own loads (reference/sessions/serialization.ts), which also tells a payload that is
 * not a session from a bad signature. */
export function dumps(value: unknown, options: DumpsOptions): string {
  const signer = new TimestampSigner({ key: options.key, salt: options.salt || 'django.core.signing', algorithm: options.algorithm })
  return signObject(signer, value, options.now, options)
}
