// What the reference purges are measured against: the same decisions made the obvious way,
// holding everything at once. Each uses the same per-session calls as its reference engine,
// so the difference is what is kept in memory (and, for SQLite, how the deletes are batched).
import { readdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { readSessionEntrySync } from '../reference/sessions/engines/file-entry.js'
import { fileSessionAge } from '../reference/sessions/engines/file.js'
import { decodeSessionData } from '../reference/sessions/serialization.js'
import { isAlphabetKey, isLookupKey } from '../reference/sessions/session-keys.js'

/** Lists the whole directory, reads every session file into memory, then deletes the expired
 * ones: the reference's synchronous reads and unlinks, without its streaming. */
export function naiveFilePurge(directory: string, cookieName: string, cookieAge: number, secretKey: string, now: number): number {
  const names = readdirSync(directory).filter((name) => {
    const key = name.slice(cookieName.length)
    return name.startsWith(cookieName) && isLookupKey(key) && isAlphabetKey(key)
  })
  const scratch = Buffer.alloc(64 * 1024)
  const files = names.map((name) => ({ path: join(directory, name), entry: readSessionEntrySync(join(directory, name), scratch) }))
  const expired = files.filter(({ entry }) => entry.kind === 'record' && entry.text !== ''
    && fileSessionAge(decodeSessionData(entry.text, secretKey), entry.mtime, now, cookieAge) <= 0)
  for (const { path } of expired) unlinkSync(path)
  return expired.length
}

/** SELECTs every row into memory, then DELETEs the expired one key at a time (in one transaction:
 * a commit per row would measure the disk's fsync, not the approach). */
export async function naiveDbPurge(sqlitePath: string, now: number): Promise<number> {
  const { default: Database } = await import('better-sqlite3')
  const { fromSqliteDatetime } = await import('../reference/sessions/engines/db-sqlite.js')
  const db = new Database(sqlitePath)
  const rows = db.prepare('SELECT session_key, session_data, expire_date FROM django_session')
    .all() as Array<{ session_key: string; session_data: string; expire_date: string }>
  const expired = rows.filter((row) => fromSqliteDatetime(row.expire_date) < now)
  const remove = db.prepare('DELETE FROM django_session WHERE session_key = ?')
  db.transaction(() => { for (const row of expired) remove.run(row.session_key) })()
  db.close()
  return expired.length
}
