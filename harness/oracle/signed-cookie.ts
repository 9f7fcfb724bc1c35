/** Ways a visitor can alter a signed value "value:timestamp:signature". */
export function tamper(signed: string, part: string): string {
  // A value not in Django's form has no such part: changing something else (prepending a
  // timestamp) would make a rejected-signature scenario pass for nothing.
  const parts = signed.split(':').length
  if (parts < (part === 'timestamp' ? 3 : 2)) {
    throw new TamperImpossible(`the value ${JSON.stringify(signed)} is not in Django's form value:timestamp:signature, so it has no ${part} to change`)
  }
  const changed = alter(signed, part)
  if (changed === signed) throw new TamperImpossible(`changing the ${part} of ${JSON.stringify(signed)} leaves it as it was`)
  return changed
}

/** A tampering that cannot produce a different value: harness trouble, never a pass (outcome.ts). */
export class TamperImpossible extends Error {
  override get name(): string {
    return 'TamperImpossible'
  }
}

function alter(signed: string, part: string): string {
  const parts = signed.split(':')
  const signature = parts.at(-1) ?? ''
  switch (part) {
    case 'value':
      return [flipFirst(parts[0]), ...parts.slice(1)].join(':')
    case 'timestamp':
      return [...parts.slice(0, -2), nextBase62(parts.at(-2) ?? ''), signature].join(':')
    case 'last signature character':
      // The next character in the base64url alphabet differs only in bits a lenient decoder drops.
      return [...parts.slice(0, -1), signature.slice(0, -1) + nextBase64(signature.at(-1) ?? 'A')].join(':')
    case 'signature length':
      return [...parts.slice(0, -1), signature.slice(0, -1)].join(':')
    case 'separators':
      return parts.join('')
    default:
      throw new Error(`unknown way to tamper with a signed value: ${part}`)
  }
}

function flipFirst(text: string): string {
  const c = text[0] ?? 'a'
  return (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + text.slice(1)
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function nextBase62(text: string): string {
  const last = text.at(-1) ?? '0'
  return text.slice(0, -1) + BASE62[(BASE62.indexOf(last) + 1) % 62]
}

function nextBase64(c: string): string {
  return BASE64URL[(BASE64URL.indexOf(c) + 1) % 64]
}
