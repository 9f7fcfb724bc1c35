// Walking the file engine's directory without holding it: fs.opendir hands out one entry at a
// time, and at most a few dozen entries are worked on at once, so a purge over a million
// session files keeps a few dozen names in memory, never the whole listing (readdir would).
// The purge walks synchronously in batches (forEachSessionFileInBatches): per file it is a
// handful of system calls that the page cache answers in microseconds, where a thread-pool
// round trip and a promise per call cost more than the call itself.
import { opendirSync } from 'node:fs'
import { opendir } from 'node:fs/promises'
import { isAlphabetKey, isLookupKey } from '../session-keys.js'

/** Entries worked on at once: enough to overlap file system calls, few enough to stay flat. */
export const SCAN_CONCURRENCY = 32

/** The names in directory that start with prefix, streamed. */
export async function* namesWithPrefix(directory: string, prefix: string): AsyncGenerator<string> {
  for await (const entry of await opendir(directory)) {
    if (entry.name.startsWith(prefix)) yield entry.name
  }
}

/**
 * 104: the session keys of the files named cookie name + key. A remainder Django would not
 * take as a key is skipped: shorter than 8 characters (no key, 045) or not made of [a-z0-9]
 * (InvalidSessionKey), which leaves out the `<name><key>_out_<random>` temporary files (080).
 */
export async function* sessionFileKeys(directory: string, cookieName: string): AsyncGenerator<string> {
  for await (const name of namesWithPrefix(directory, cookieName)) {
    const key = sessionKeyOf(name, cookieName)
    if (key !== undefined) yield key
  }
}

/** The session key a directory entry's name stands for, or undefined (see sessionFileKeys). */
function sessionKeyOf(name: string, cookieName: string): string | undefined {
  if (!name.startsWith(cookieName)) return undefined
  const key = name.slice(cookieName.length)
  return isLookupKey(key) && isAlphabetKey(key) ? key : undefined
}

/** Entries handled synchronously between two turns of the event loop: a few milliseconds of
 * work, so that a server purging its own directory keeps answering requests meanwhile. */
export const SYNC_BATCH = 256

/** Asynchronous tasks of a walk at once (the deletions of a purge): each waits on the disk, and
 * on a disk that discards every freed block at once (ext4 mounted with `discard`, no journal) an
 * unlink waits milliseconds, so they run side by side on the thread pool instead of in turn. */
export const TASKS_IN_FLIGHT = 64

/** Directory entries fetched per readdir call of the walk. */
const DIRENT_BUFFER = 256

/**
 * 104: calls work(key) for every file named cookie name + key (the same keys as
 * sessionFileKeys), synchronously, SYNC_BATCH of them between two turns of the event loop. One
 * directory entry is held at a time. work may hand back a task that goes on asynchronously
 * (it must not reject): at most TASKS_IN_FLIGHT run at once, and the walk ends when all have.
 * A synchronous failure of work stops the walk and is thrown once the running tasks have settled.
 */
export async function forEachSessionFileInBatches(directory: string, cookieName: string, work: (key: string) => Promise<void> | undefined): Promise<void> {
  // A count and one waiting resolver rather than Promise.race over the running tasks, which
  // would hang a reaction on every running task at every call: garbage by the million on a
  // large directory.
  let running = 0
  let wake: (() => void) | undefined
  const settled = () => {
    running--
    wake?.()
    wake = undefined
  }
  const slot = () => new Promise<void>((resolve) => { wake = resolve })
  const dir = opendirSync(directory, { bufferSize: DIRENT_BUFFER })
  try {
    let handled = 0
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      const key = sessionKeyOf(entry.name, cookieName)
      const task = key === undefined ? undefined : work(key)
      if (task !== undefined) {
        running++
        void task.then(settled)
      }
      if (running >= TASKS_IN_FLIGHT) await slot()
      else if (++handled % SYNC_BATCH === 0) await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    dir.closeSync()
    while (running > 0) await slot()
  }
}

/** Runs work on every item, at most SCAN_CONCURRENCY at a time (a new one starts as soon as
 * one ends); the first failure stops the walk once the running ones have settled. */
export async function forEachConcurrently<T>(items: AsyncIterable<T>, work: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>()
  let failed = false
  let failure: unknown
  const start = (item: T) => {
    const task: Promise<void> = work(item).catch((error: unknown) => {
      if (!failed) [failed, failure] = [true, error]
    }).finally(() => running.delete(task))
    running.add(task)
  }
  for await (const item of items) {
    start(item)
    if (running.size >= SCAN_CONCURRENCY) await Promise.race(running)
    if (failed) break
  }
  await Promise.all(running)
  if (failed) throw failure
}
