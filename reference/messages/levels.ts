// Message levels and their tags (catalogue 106-108): five named levels, any other integer
// allowed as a custom level, and MESSAGE_TAGS merged over the default tags.

export const DEBUG = 10
export const INFO = 20
export const SUCCESS = 25
export const WARNING = 30
export const ERROR = 40

export type LevelName = 'debug' | 'info' | 'success' | 'warning' | 'error'

/** The names the fixture and control APIs accept for the five levels (the shortcuts' names, 184). */
export const LEVEL_NAMES: Readonly<Record<LevelName, number>> = {
  debug: DEBUG,
  info: INFO,
  success: SUCCESS,
  warning: WARNING,
  error: ERROR,
}

/** Level -> tag, what a template reads as message.level_tag. */
export type LevelTags = ReadonlyMap<number, string>

/** 107: constants.DEFAULT_TAGS. */
export const DEFAULT_TAGS: LevelTags = new Map([
  [DEBUG, 'debug'],
  [INFO, 'info'],
  [SUCCESS, 'success'],
  [WARNING, 'warning'],
  [ERROR, 'error'],
])

/** 108: MESSAGE_TAGS adds levels, renames or blanks existing ones; the rest keep their default tag.
 * Keys are decimal integers, as JSON object keys carry them. */
export function levelTags(messageTags: Readonly<Record<string, string>>): LevelTags {
  const merged = new Map(DEFAULT_TAGS)
  for (const [level, tag] of Object.entries(messageTags)) merged.set(Number(level), tag)
  return merged
}
