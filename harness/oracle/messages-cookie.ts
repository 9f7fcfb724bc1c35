import { decodePayload, encodePayload, getCookieSigner } from '../../lib/signing/index.js'

/** The sentinel Django appends when not every message fit in the cookie (132). */
export const NOT_FINISHED = '__messagesnotfinished__'
const SALT = 'django.contrib.messages'

/** What Django's CookieStorage writes for an encoded message list at `now` (128). */
export function djangoMessagesCookie(list: unknown, secretKey: string, now: number): string {
  return getCookieSigner({ secretKey, salt: SALT }).sign(encodePayload(list, { compress: true }), now)
}

/** The message list anyone can read from a messages cookie (signed, not encrypted). */
export function readMessagesCookie(value: string): unknown[] {
  const payload = value.split(':').slice(0, -2).join(':')
  const list = decodePayload(payload)
  if (!Array.isArray(list)) throw new Error(`the messages cookie does not hold a list: ${JSON.stringify(list)}`)
  return list
}

/** Cookie values a visitor could send that must be ignored (134, 144). */
export function faultyMessagesCookie(fault: string, secretKey: string | undefined, now: number): string {
  const message = [['__json_message', 0, 20, 'forged']]
  const signed = (payload: string) => {
    if (!secretKey) throw new Error('needs the target\'s secret key (settings.secretKey) to sign a malformed payload')
    return getCookieSigner({ secretKey, salt: SALT }).sign(payload, now)
  }
  switch (fault) {
    case 'a bad signature': {
      const parts = (secretKey ? signed(encodePayload(message)) : `${encodePayload(message)}:1r31eq:${'A'.repeat(43)}`).split(':')
      return [...parts.slice(0, -1), 'B'.repeat(43)].join(':')
    }
    case 'a payload that is not base64': return signed('!!not*base64!!')
    case 'a payload that is not JSON': return signed(Buffer.from('{not json').toString('base64url'))
    case 'no signature at all': return encodePayload(message)
    default: throw new Error(`unknown fault "${fault}"`)
  }
}

/** The same cookie with its first message's safe flag set, signature kept: a forgery (MS-01). */
export function markFirstMessageSafe(value: string): string {
  const parts = value.split(':')
  const list = readMessagesCookie(value) as unknown[][]
  list[0][1] = 1
  return [encodePayload(list), ...parts.slice(-2)].join(':')
}
