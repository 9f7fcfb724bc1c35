// The message settings of the reference server, named as the control API names them
// (docs/fixture-api.md, "Message operations"), with Django's defaults and the start-up values
// `reset` returns to.
import type { ParamReader } from '../pipeline/params.js'
import { INFO, isLevelKey, parseLevel } from './levels.js'
import { isStorageId, STORAGE_IDS, type StorageId } from './storages/index.js'

export interface MessageSettings {
  /** MESSAGE_STORAGE */
  messageStorage: StorageId
  /** MESSAGE_LEVEL */
  messageLevel: number
  /** MESSAGE_TAGS: level (a decimal integer) -> tag, merged over the default tags (108). */
  messageTags: Readonly<Record<string, string>>
}

/** The catalogue's "Default settings in scope": FallbackStorage, INFO, no MESSAGE_TAGS. */
export const DJANGO_MESSAGE_DEFAULTS: Readonly<MessageSettings> = {
  messageStorage: 'fallback',
  messageLevel: INFO,
  messageTags: {},
}

/** The settings.set parameters that are not one JSON type (a level is an integer or a name). */
export const MESSAGE_JSON_SETTINGS = ['messageLevel', 'messageTags'] as const

export class MessageSettingsRuntime {
  readonly #startup: MessageSettings
  #settings: MessageSettings

  constructor(startup: Partial<MessageSettings> = {}) {
    this.#startup = { ...DJANGO_MESSAGE_DEFAULTS, ...startup }
    this.#settings = { ...this.#startup }
  }

  get settings(): Readonly<MessageSettings> {
    return this.#settings
  }

  change(change: Partial<MessageSettings>): void {
    this.#settings = { ...this.#settings, ...change }
  }

  reset(): void {
    this.#settings = { ...this.#startup }
  }
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
