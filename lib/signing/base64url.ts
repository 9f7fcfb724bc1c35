// §4.1: RFC 4648 URL-safe alphabet, "=" padding stripped on output and restored on input.

export function encodeBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url')
}

/** Lenient like Python's urlsafe_b64decode: characters outside the alphabet are skipped. */
export function decodeBase64Url(text: string): Buffer {
  return Buffer.from(text, 'base64url')
}
