// One message (Django's storage.base.Message): a level, a text, optional extra tags, and
// whether the text was marked safe HTML (114: the flag travels with the message).
import type { LevelTags } from './levels.js'

export class Message {
  /**
   * @param extraTags null is Python's None: current Django keeps None and "" apart (115, 129);
   *   add_message passes "" unless told otherwise.
   * @param safe the text is SafeData: rendered without escaping (114).
   */
  constructor(
    readonly level: number,
    readonly text: string,
    readonly extraTags: string | null = null,
    readonly safe = false,
  ) {}

  /** 107: the tag of the level, "" for a level without one. */
  levelTag(tags: LevelTags): string {
    return tags.get(this.level) ?? ''
  }

  /** 109: extra tags and level tag joined by one space, empty parts skipped. */
  tags(tags: LevelTags): string {
    return [this.extraTags, this.levelTag(tags)].filter((part) => part).join(' ')
  }

  /** 172: equality ignores extra tags (and safety): level and text only. */
  equals(other: Message): boolean {
    return this.level === other.level && this.text === other.text
  }
}
