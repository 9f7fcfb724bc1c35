/**
 * How much of an answer the harness reads before the answer is an error: a target that never
 * ends its body, trickles it, or sends megabytes must not hang a run or grow it without bound.
 * The defaults fit the specification with room to spare: its largest answers are a few kilobytes
 * (a page of messages, a 4 KiB cookie), far from a mebibyte.
 */
export interface AnswerLimits {
  /** Largest body read from one answer. */
  answerBytes: number
  /** Largest header block of one answer. */
  headerBytes: number
  /** Time for one complete answer, headers and the whole body. */
  answerSeconds: number
}

export const DEFAULT_ANSWER_LIMITS: AnswerLimits = {
  answerBytes: 1024 * 1024,
  headerBytes: 64 * 1024,
  answerSeconds: 10,
}

/** The target file's limits over the defaults. */
export function answerLimits(overrides: Partial<AnswerLimits> = {}): AnswerLimits {
  return { ...DEFAULT_ANSWER_LIMITS, ...overrides }
}

/** "1 MiB", "64 KiB", "1500 bytes": sizes as a person reads them in an error line. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['MiB', 1024 * 1024], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`
  }
  return `${bytes} bytes`
}
