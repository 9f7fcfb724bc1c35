// The message settings of the reference server, named as the control API names them
// (docs/fixture-api.md, "Message operations"), with Django's defaults and the start-up values
// `reset` returns to.
import { INFO } from './levels.js'
import type { StorageId } from './storages/index.js'

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
