/**
 * OWASP ASVS 4.0 §3.2.2: session tokens carry at least 64 bits of entropy; OWASP's session
 * management cheat sheet asks for an id of at least 128 bits drawn from a CSPRNG. A single key
 * cannot prove randomness, so this bounds what its form allows: the bits its length can carry
 * in the smallest alphabet its characters fit, and no long run of one character. A server whose
 * key is a counter or a timestamp fails here; SESS-KEY-002 checks keys differ.
 */
const ALPHABETS: ReadonlyArray<[RegExp, number]> = [
  [/^[0-9]+$/, 10],
  [/^[0-9a-f]+$/i, 16],
  [/^[0-9a-z]+$/, 36],
  [/^[0-9A-Za-z]+$/, 62],
  [/^[0-9A-Za-z_\-+/=.]+$/, 64],
]
const MIN_BITS = 64

/** Why the key is guessable, or undefined when its form allows enough entropy. */
export function guessability(key: string): string | undefined {
  // A framework's wrapping (express-session's "s:<id>.<signature>", URL-encoded) is part of the key.
  const raw = safeDecode(key)
  const size = ALPHABETS.find(([form]) => form.test(raw))?.[1] ?? 90
  const bits = Math.floor(raw.length * Math.log2(size))
  if (bits < MIN_BITS) return `carries at most ${bits} bits (${raw.length} characters of an alphabet of ${size}); at least ${MIN_BITS} are needed`
  if (/(.)\1{7}/.test(raw)) return 'repeats one character eight times in a row, which a random key almost never does'
  return undefined
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
