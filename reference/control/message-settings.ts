// How settings.set reads the message settings (docs/fixture-api.md, "Settings and store
// inspection"): MESSAGE_STORAGE by id, MESSAGE_LEVEL as an integer or a level's name, and
// MESSAGE_TAGS as an object from integer levels to tags. What the settings do is the messages
// area's (reference/messages); reading the parameters is the operation layer's.
import type { MessageSettings } from '../messages/settings.js'
import type { StorageId } from '../messages/storages/index.js'
import { parseLevel } from '../fixtures/message-level.js'
import type { ParamReader } from '../pipeline/params.js'

/** The settings.set parameters that are not one JSON type (a level is an integer or a name). */
export const MESSAGE_JSON_SETTINGS = ['messageLevel', 'messageTags'] as const

/** The MESSAGE_STORAGE ids the control API accepts: the backends of reference/messages/storages. */
const STORAGE_IDS: readonly StorageId[] = ['cookie', 'session', 'fallback']

function isStorageId(value: unknown): value is StorageId {
  return (STORAGE_IDS as readonly unknown[]).includes(value)
}

/** A MESSAGE_TAGS key: a decimal integer, as JSON object keys carry them. */
function isLevelKey(key: string): boolean {
  return /^-?\d+$/.test(key) && Number.isSafeInteger(Number(key))
}

function readTags(params: ParamReader, value: unknown): Record<string, string> {
  const expected = 'an object from integer levels to tags (strings)'
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return params.reject('messageTags', expected)
  const entries = Object.entries(value)
  if (!entries.every(([level, tag]) => isLevelKey(level) && typeof tag === 'string')) params.reject('messageTags', expected)
  return Object.fromEntries(entries) as Record<string, string>
}

/** The message settings a settings.set asks for; `json` holds the MESSAGE_JSON_SETTINGS given. */
export function readMessageSettings(params: ParamReader, json: ReadonlyMap<string, unknown>): Partial<MessageSettings> {
  const change: Partial<MessageSettings> = {}
  const storage = params.optionalString('messageStorage')
  if (storage !== undefined) {
    if (!isStorageId(storage)) params.reject('messageStorage', `one of ${STORAGE_IDS.join(', ')}`)
    change.messageStorage = storage
  }
  if (json.has('messageLevel')) {
    const level = parseLevel(json.get('messageLevel'))
    if (level === undefined) params.reject('messageLevel', 'an integer or one of debug, info, success, warning, error')
    change.messageLevel = level
  }
  if (json.has('messageTags')) change.messageTags = readTags(params, json.get('messageTags'))
  return change
}
