// Django's MessageEncoder / MessageDecoder (129, 138): a message is the JSON list
// ["__json_message", safe 0|1, level, text] plus extra_tags as a 5th element whenever it is not
// None (current Django; 3.2 dropped an empty one, §3). The cookie writes it with compact
// separators, the session with json's default ", ".
import { pythonNumberRepr, quotePythonString } from '../../lib/signing/index.js'
import { Message } from './message.js'

const MESSAGE_KEY = '__json_message'

/** 132: appended as the last element when not every message fit in the cookie. */
export const NOT_FINISHED = '__messagesnotfinished__'

export const COMPACT = ','
export const DEFAULT_SEPARATOR = ', '

/** A message or the sentinel, as a decoded list holds them. */
export type DecodedItem = Message | typeof NOT_FINISHED

/** A value that is not Django's encoding of a message list. */
export class MessageDecodeError extends Error {
  override name = 'MessageDecodeError'
}

type JsonList = ReadonlyArray<string | number>

/** json.dumps with ensure_ascii for a flat list of strings and numbers, the only shape written here. */
function listJson(list: JsonList, separator: string): string {
  const items = list.map((item) => typeof item === 'string' ? quotePythonString(item) : pythonNumberRepr(item))
  return `[${items.join(separator)}]`
}

function messageList(message: Message): JsonList {
  const list = [MESSAGE_KEY, message.safe ? 1 : 0, message.level, message.text]
  return message.extraTags === null ? list : [...list, message.extraTags]
}

/** One message's JSON: the cookie joins these parts itself, so it can cut the list (131). */
export function encodeMessage(message: Message, separator = COMPACT): string {
  return listJson(messageList(message), separator)
}

/** 138: the session's value, e.g. '[["__json_message", 0, 20, "one", ""]]'. */
export function encodeMessages(messages: readonly Message[], separator = DEFAULT_SEPARATOR): string {
  return `[${messages.map((message) => encodeMessage(message, separator)).join(separator)}]`
}

/** The JSON of the sentinel string, what the cookie appends as its last part. */
export const NOT_FINISHED_JSON = quotePythonString(NOT_FINISHED)

function decodeMessage(list: unknown[]): Message {
  const [, safe, level, text, extraTags = null] = list
  if (list.length > 5 || typeof level !== 'number' || !Number.isSafeInteger(level) || typeof text !== 'string' ||
    (extraTags !== null && typeof extraTags !== 'string')) {
    throw new MessageDecodeError(`not a message: ${JSON.stringify(list)}`)
  }
  return new Message(level, text, extraTags, Boolean(safe))
}

function isMessageList(item: unknown): item is unknown[] {
  return Array.isArray(item) && item[0] === MESSAGE_KEY
}

/**
 * The decoded JSON of a message list: each ["__json_message", ...] becomes a Message, and the
 * sentinel may end the list. Django would hand anything else on to the template (or fail with
 * a 500); no server of Django's writes it, so it is refused here.
 */
export function decodeMessages(data: unknown): DecodedItem[] {
  if (!Array.isArray(data)) throw new MessageDecodeError('the messages are not a JSON list')
  return data.map((item, index) => {
    if (isMessageList(item)) return decodeMessage(item)
    if (item === NOT_FINISHED && index === data.length - 1) return NOT_FINISHED
    throw new MessageDecodeError(`item ${index} is not a message: ${JSON.stringify(item)}`)
  })
}
