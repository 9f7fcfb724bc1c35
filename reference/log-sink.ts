// Where the reference server's own log lines go: its standard error, as a server run on its own
// (`npm run serve`) writes them, or a file, when the harness runs the server inside its workers
// (reference/cli/in-process.ts), so that a run's console holds the run's progress and the lines
// are kept in the report folder (reports/<target>/server.log) instead.
import { appendFileSync } from 'node:fs'

export type LineSink = (line: string) => void

const toStderr: LineSink = (line) => {
  process.stderr.write(`${line}\n`)
}

let sink: LineSink = toStderr

/** Writes one line of the server's log (without its newline). */
export function writeLogLine(line: string): void {
  sink(line)
}

/** From now on the server's log lines are appended to `file` (created when first written); none: standard error again. */
export function sendLogLinesTo(file: string | undefined): void {
  sink = file === undefined ? toStderr : (line) => appendFileSync(file, `${line}\n`)
}
