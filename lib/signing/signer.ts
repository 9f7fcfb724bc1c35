import { timingSafeEqual } from 'node:crypto'
import { decodeBase62, encodeBase62 } from './base62.js'
import { encodeBase64Url } from './base64url.js'
import { BadSignature, SignatureExpired } from './errors.js'
import { pythonNumberRepr } from './python-json.js'
import { assertAlgorithm, saltedHmac, type SigningAlgorithm, type SigningKey } from './salted-hmac.js'

export interface SignerOptions {
  key: SigningKey
  /** Empty or absent means the class path, as in Django (147). */
  salt?: string
  sep?: string
  algorithm?: SigningAlgorithm
  /** Also accepted when verifying; never used to sign (034). */
  fallbackKeys?: readonly SigningKey[]
}

export interface AgeCheck {
  /** Seconds; a signature older than this (strictly) is expired (031). */
  maxAge: number
  /** Unix seconds, may be fractional. */
  now: number
}

// 146: a separator made only of these characters (or empty) is unsafe. Python's
// class [A-z0-9-_=] spans A..z, so it also covers [ \ ] ^ _ and the backtick.
const UNSAFE_SEPARATOR = /^[A-z0-9\-_=]*$/

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}

/** 153: non-string values are stringified the way Python's str() does. */
function stringify(value: string | number | boolean): string {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return pythonNumberRepr(value)
}

export class Signer {
  readonly salt: string
  readonly sep: string
  readonly algorithm: SigningAlgorithm
  private readonly keys: readonly SigningKey[]

  constructor(options: SignerOptions) {
    this.sep = options.sep ?? ':'
    if (UNSAFE_SEPARATOR.test(this.sep)) {
      throw new RangeError(`Unsafe Signer separator: ${JSON.stringify(this.sep)} (cannot be empty or consist of only A-z0-9-_=)`)
    }
    this.algorithm = options.algorithm ?? 'sha256'
    assertAlgorithm(this.algorithm)
    this.salt = options.salt || 'django.core.signing.Signer'
    this.keys = [options.key, ...(options.fallbackKeys ?? [])]
  }

  /** 148: base64url(HMAC(H(salt + "signer" + key), value)), no padding. */
  signature(value: string, key: SigningKey = this.keys[0]): string {
    return encodeBase64Url(saltedHmac(`${this.salt}signer`, value, key, this.algorithm))
  }

  sign(value: string | number | boolean): string {
    const text = stringify(value)
    return `${text}${this.sep}${this.signature(text)}`
  }

  /** 151: split on the last separator; try the key, then each fallback key. */
  unsign(signedValue: string): string {
    const at = signedValue.lastIndexOf(this.sep)
    if (at < 0) throw new BadSignature(`No "${this.sep}" found in value`)
    const value = signedValue.slice(0, at)
    const signature = signedValue.slice(at + this.sep.length)
    for (const key of this.keys) {
      if (constantTimeEquals(signature, this.signature(value, key))) return value
    }
    throw new BadSignature(`Signature "${signature}" does not match`)
  }
}

export class TimestampSigner {
  private readonly signer: Signer

  constructor(options: SignerOptions) {
    this.signer = new Signer({ ...options, salt: options.salt || 'django.core.signing.TimestampSigner' })
  }

  get salt(): string { return this.signer.salt }
  get sep(): string { return this.signer.sep }

  /** 150: base62 of the whole seconds of `now`. */
  timestamp(now: number): string {
    return encodeBase62(Math.floor(now))
  }

  sign(value: string | number | boolean, now: number): string {
    return this.signer.sign(`${stringify(value)}${this.sep}${this.timestamp(now)}`)
  }

  /** The value and its embedded timestamp (Unix seconds) once the signature verifies. */
  unsignWithTimestamp(signedValue: string): { value: string; timestamp: number } {
    const stamped = this.signer.unsign(signedValue)
    const at = stamped.lastIndexOf(this.sep)
    if (at < 0) throw new BadSignature(`No "${this.sep}" found in value`)
    let timestamp: number
    try {
      timestamp = decodeBase62(stamped.slice(at + this.sep.length))
    } catch (error) {
      throw new BadSignature(`Bad timestamp: ${(error as Error).message}`)
    }
    return { value: stamped.slice(0, at), timestamp }
  }

  /** 031: age = now - timestamp, expired only when strictly greater than maxAge. */
  unsign(signedValue: string, check?: AgeCheck): string {
    const { value, timestamp } = this.unsignWithTimestamp(signedValue)
    if (check !== undefined) {
      const age = check.now - timestamp
      if (age > check.maxAge) {
        throw new SignatureExpired(`Signature age ${age} > ${check.maxAge} seconds`)
      }
    }
    return value
  }
}
