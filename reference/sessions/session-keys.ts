import { randomInt } from 'node:crypto'

/** 061: the alphabet of session keys. */
export const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const KEY_LENGTH = 32

/** 061: 32 characters, each drawn uniformly with a cryptographic generator (secrets.choice). */
export function newSessionKey(): string {
  let key = ''
  for (let i = 0; i < KEY_LENGTH; i++) key += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]
  return key
}

/** 045, 063: a presented key is looked up only when it is truthy and at least 8 characters long;
 * anything else means "no key" at once. Engines may refuse more when they look it up. */
export function isLookupKey(key: string | null | undefined): key is string {
  return typeof key === 'string' && key.length >= 8
}

/** 063 (file): keys made only of the alphabet, so a key can never name a path outside the directory. */
export function isAlphabetKey(key: string): boolean {
  return /^[a-z0-9]+$/.test(key)
}
