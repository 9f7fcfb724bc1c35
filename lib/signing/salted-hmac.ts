import { createHash, createHmac } from 'node:crypto'
import { InvalidAlgorithm } from './errors.js'

export type SigningAlgorithm = 'sha1' | 'sha256' | 'sha512'
/** Secrets are strings (UTF-8 encoded) or raw bytes used as they are (033). */
export type SigningKey = string | Uint8Array

const ALGORITHMS: readonly string[] = ['sha1', 'sha256', 'sha512']

export function assertAlgorithm(name: string): asserts name is SigningAlgorithm {
  if (!ALGORITHMS.includes(name)) {
    throw new InvalidAlgorithm(`${JSON.stringify(name)} is not an algorithm accepted by the signer`)
  }
}

export function keyBytes(key: SigningKey): Buffer {
  return typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key)
}

/** 148: the HMAC key is H(salt + secret), raw digest, with the same hash as the HMAC. */
export function deriveKey(keySalt: string, secret: SigningKey, algorithm: SigningAlgorithm): Buffer {
  assertAlgorithm(algorithm)
  return createHash(algorithm).update(Buffer.from(keySalt, 'utf8')).update(keyBytes(secret)).digest()
}

/** Derived keys by algorithm, key salt and secret: a request signs and verifies under the same
 * few, and each derivation is a hash. Bounded, since salts can come from a request (a cookie's
 * name and salt); when full it starts over. */
const derivedKeys = new Map<string, Buffer>()
const MAX_DERIVED_KEYS = 256

function cachedKey(keySalt: string, secret: SigningKey, algorithm: SigningAlgorithm): Buffer {
  // The salt's length first, so that no two (salt, secret) pairs give the same text.
  const secretText = typeof secret === 'string' ? `s${secret}` : `b${Buffer.from(secret).toString('hex')}`
  const id = `${algorithm}:${keySalt.length}:${keySalt}${secretText}`
  let key = derivedKeys.get(id)
  if (key === undefined) {
    if (derivedKeys.size >= MAX_DERIVED_KEYS) derivedKeys.clear()
    key = deriveKey(keySalt, secret, algorithm)
    derivedKeys.set(id, key)
  }
  return key
}

/** Empties the derived-key cache: a server starting in a process where another ran (tests, the
 * mutation runner) derives its keys again, as a new process would, rather than reuse keys the
 * other derived. */
export function forgetDerivedKeys(): void {
  derivedKeys.clear()
}

export function saltedHmac(
  keySalt: string,
  value: string,
  secret: SigningKey,
  algorithm: SigningAlgorithm = 'sha256',
): Buffer {
  return createHmac(algorithm, cachedKey(keySalt, secret, algorithm)).update(Buffer.from(value, 'utf8')).digest()
}
