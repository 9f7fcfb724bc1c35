// The server's own log of what went wrong inside it. A client sees a general sentence and an
// id; the operator finds the detail here under that id. A cause that repeats (a store that is
// down, a planted file every visitor trips over) is written once, then again at 10, 100, 1000...
// occurrences with its count, so a flood of identical failures is a handful of lines, not one
// per request (a Redis outage wrote 1,500 lines in 2 s).
import { createHash } from 'node:crypto'
import { writeLogLine } from './log-sink.js'

export type LogSink = (line: string) => void

const stderrSink: LogSink = writeLogLine

/** A stable short id for a cause, the same in every process, so a client's id finds the log line. */
export function causeId(cause: string): string {
  return createHash('sha256').update(cause).digest('hex').slice(0, 8)
}

/** Counts above which a repeated cause is written again: 1, 10, 100, ... */
function isMilestone(count: number): boolean {
  return count === 1 || /^10+$/.test(String(count))
}

/** Distinct causes kept counting; past that, new causes are still written but no longer counted. */
const MAX_CAUSES = 10_000

export class ServerLog {
  readonly #counts = new Map<string, number>()
  readonly #sink: LogSink

  constructor(sink: LogSink = stderrSink) {
    this.#sink = sink
  }

  /**
   * Records one occurrence of `cause` (general words, no per-request detail such as a session key)
   * with its `detail`; answers the cause's id. The detail of the first occurrence is the one written.
   */
  report(cause: string, detail?: string): string {
    const id = causeId(cause)
    const count = (this.#counts.get(cause) ?? 0) + 1
    if (this.#counts.size < MAX_CAUSES || this.#counts.has(cause)) this.#counts.set(cause, count)
    if (isMilestone(count)) {
      const seen = count === 1 ? '' : ` (seen ${count} times)`
      this.#sink(`sessionspec-reference: [${id}] ${oneLine(cause)}${detail ? `: ${oneLine(detail)}` : ''}${seen}`)
    }
    return id
  }

  /** How often `cause` was reported in this process. */
  count(cause: string): number {
    return this.#counts.get(cause) ?? 0
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 500 ? `${line.slice(0, 500)}…` : line
}

/** The reference server's log: one per process, as stderr is. */
export const serverLog = new ServerLog()
