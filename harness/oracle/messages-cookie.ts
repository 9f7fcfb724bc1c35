import { readPayload, replacePayload } from './payload.js'

/** The sentinel Django appends when not every message fit in the cookie (132). */
export const NOT_FINISHED = '__messagesnotfinished__'

/** The message list anyone can read from a messages cookie (signed, not encrypted). */
export function readMessagesCookie(value: string): unknown[] {
  const list = readPayload(value)
  if (!Array.isArray(list)) throw new Error(`the messages cookie does not hold a list: ${JSON.stringify(list)}`)
  return list
}

/** The same cookie with its first message's safe flag set, signature kept: a forgery (MS-01). */
export function markFirstMessageSafe(value: string): string {
  const list = readMessagesCookie(value) as unknown[][]
  list[0][1] = 1
  return replacePayload(value, list)
}
