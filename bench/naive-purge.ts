// What the reference purges are measured against: the same decisions made the obvious way,
// holding everything at once. Each uses the same per-session calls as its reference engine,
// so the difference is what is kept in memory (and, for SQLite, how the deletes are batched).
import { readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { fromSqliteDatetime } from '../reference/sessions/engines/db-sqlite.js'
import { SCAN_CONCURRENCY } from '../reference/sessions/engines/file-scan.js'
import { fileSessionAge } from '../reference/sessions/engines/file.js'
import { decodeSessionData } from '../reference/sessions/serialization.js'
import { isAlphabetKey, isLookupKey } from '../reference/sessions/session-keys.js'

/** SCAN_CONCURRENCY workers over a list, as many calls in flight as the reference purge. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: SCAN_CONCURRENCY }, worker))
}

/** Lists the whole directory, reads every session file into memory, then deletes the expired. */
export async function naiveFilePurge(directory: string, cookieName: string, cookieAge: number, secretKey: string, now: number): Promise<number> {
  const names = (await readdir(directory)).filter((name) => {
    const key = name.slice(cookieName.length)
    return name.startsWith(cookieName) && isLookupKey(key) && isAlphabetKey(key)
  })
  const files: Array<{ path: string; text: string; mtime: number }> = []
  await inParallel(names, async (name) => {
    const path = join(directory, name)
    files.push({ path, text: await readFile(path, 'ascii'), mtime: (await stat(path)).mtimeMs / 1000 })
  })
  const expired = files.filter(({ text, mtime }) => text !== '' && fileSessionAge(decodeSessionData(text, secretKey), mtime, now, cookieAge) <= 0)
  await inParallel(expired, ({ path }) => unlink(path))
  return expired.length
}

/** SELECTs every row into memory, then DELETEs the expired one key at a time (in one transaction:
 * a commit per row would measure the disk's fsync, not the approach). */
export function naiveDbPurge(sqlitePath: string, now: number): number {
  const db = new Database(sqlitePath)
  const rows = db.prepare('SELECT session_key, session_data, expire_date FROM django_session')
    .all() as Array<{ session_key: string; session_data: string; expire_date: string }>
  const expired = rows.filter((row) => fromSqliteDatetime(row.expire_date) < now)
  const remove = db.prepare('DELETE FROM django_session WHERE session_key = ?')
  db.transaction(() => { for (const row of expired) remove.run(row.session_key) })()
  db.close()
  return expired.length
}
