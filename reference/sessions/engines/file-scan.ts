// Walking the file engine's directory without holding it: fs.opendir hands out one entry at a
// time, and at most a few dozen entries are worked on at once, so a purge over a million
// session files keeps a few dozen names in memory, never the whole listing (readdir would).
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
    const key = name.slice(cookieName.length)
    if (isLookupKey(key) && isAlphabetKey(key)) yield key
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
