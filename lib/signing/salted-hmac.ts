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

export function saltedHmac(
  keySalt: string,
  value: string,
  secret: SigningKey,
  algorithm: SigningAlgorithm = 'sha256',
): Buffer {
  const key = deriveKey(keySalt, secret, algorithm)
  return createHmac(algorithm, key).update(Buffer.from(value, 'utf8')).digest()
}
