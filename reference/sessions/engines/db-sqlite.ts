// django_session on SQLite through better-sqlite3. The driver is synchronous; every method is
// async anyway so that both stores answer the same SessionTable.
import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { MAX_SESSION_RECORD_CHARS } from '../serialization.js'
import type { SessionRow, SessionTable } from './session-table.js'
import { storeMisconfigured } from './store-errors.js'

// Django's DDL for the model (070), as `sqlmigrate sessions 0001` prints it for SQLite.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS "django_session" (
  "session_key" varchar(40) NOT NULL PRIMARY KEY,
  "session_data" text NOT NULL,
  "expire_date" datetime NOT NULL
);
CREATE INDEX IF NOT EXISTS "django_session_expire_date_a5c62663" ON "django_session" ("expire_date");
`

/**
 * Django's SQLite backend stores a datetime as naive UTC text, `str(datetime)`:
 * "2023-11-14 22:13:20" or "2023-11-14 22:13:20.500000" (microseconds only when not zero).
 * Text in this shape sorts in time order, so `expire_date > ?` compares instants.
 */
export function toSqliteDatetime(seconds: number): string {
  const micros = Math.round(seconds * 1e6)
  const fraction = ((micros % 1e6) + 1e6) % 1e6
  const whole = new Date((micros - fraction) / 1000).toISOString().slice(0, 19).replace('T', ' ')
  return fraction === 0 ? whole : `${whole}.${String(fraction).padStart(6, '0')}`
}

/** NaN for anything else: SQLite keeps any type in any column, so a planted row may hold a number or a blob. */
export function fromSqliteDatetime(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN
  const [whole, fraction = ''] = text.split('.')
  return Date.parse(`${whole.replace(' ', 'T')}Z`) / 1000 + Number(`0.${fraction.padEnd(6, '0')}`)
}

/** SQLite's codes for a file that cannot be used as given (absent, unreadable, not a database,
 * full, locked), as opposed to a statement that is wrong (SQLITE_ERROR). */
const UNUSABLE_FILE = /^SQLITE_(CANTOPEN|NOTADB|PERM|READONLY|IOERR|CORRUPT|FULL|BUSY|LOCKED|AUTH)/

function openDatabase(path: string): Database.Database {
  const unusable = (reason: string) => storeMisconfigured(`SQLite cannot use ${path}`, reason)
  if (path !== ':memory:' && !statSync(dirname(path), { throwIfNoEntry: false })?.isDirectory()) throw unusable('its directory does not exist')
  let db: Database.Database | undefined
  try {
    // timeout: another process holding the write lock is waited for, not failed at once.
    db = new Database(path, { timeout: 5000 })
    // WAL lets readers go on while a request writes, and synchronous=NORMAL syncs the log at
    // checkpoints rather than at every commit: the rollback journal's fsync per write capped the
    // engine near 280 requests/s (bench/load.ts). A power cut may lose the last commits, never
    // corrupt the file; Django's own SQLite deployments are commonly switched to WAL for the same reason.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.exec(SCHEMA)
    return db
  } catch (error) {
    db?.close()
    if (UNUSABLE_FILE.test(String((error as { code?: unknown }).code))) throw unusable((error as Error).message)
    throw error
  }
}

export function openSqliteTable(path: string): SessionTable {
  const db = openDatabase(path)
  const statements = {
    select: db.prepare<[string, string], { session_data: string; expire_date: string }>(
      `SELECT substr(session_data, 1, ${MAX_SESSION_RECORD_CHARS + 1}) AS session_data, expire_date FROM django_session WHERE session_key = ? AND expire_date > ?`),
    has: db.prepare('SELECT 1 FROM django_session WHERE session_key = ? AND expire_date > ?').pluck(),
    insert: db.prepare(
      'INSERT INTO django_session (session_key, session_data, expire_date) VALUES (?, ?, ?) ON CONFLICT (session_key) DO NOTHING'),
    update: db.prepare('UPDATE django_session SET session_data = ?, expire_date = ? WHERE session_key = ?'),
    delete: db.prepare('DELETE FROM django_session WHERE session_key = ?'),
    deleteExpired: db.prepare(
      'DELETE FROM django_session WHERE session_key IN (SELECT session_key FROM django_session WHERE expire_date < ? LIMIT ?)'),
    countLive: db.prepare<[string], number>('SELECT count(*) FROM django_session WHERE expire_date > ?').pluck(),
    deleteAll: db.prepare('DELETE FROM django_session'),
  }
  // One transaction for the lot: one commit (and one WAL sync) instead of one per row.
  const insertAll = db.transaction((rows: Array<{ key: string; row: SessionRow }>) => {
    const taken = new Set<string>()
    for (const { key, row } of rows) {
      if (statements.insert.run(key, row.sessionData, toSqliteDatetime(row.expiresAt)).changes !== 1) taken.add(key)
    }
    return taken
  })

  return {
    store: 'sqlite',
    async select(key, now): Promise<SessionRow | undefined> {
      const row = statements.select.get(key, toSqliteDatetime(now))
      return row && { sessionData: row.session_data, expiresAt: fromSqliteDatetime(row.expire_date) }
    },
    async has(key, now) {
      return statements.has.get(key, toSqliteDatetime(now)) !== undefined
    },
    async insert(key, row) {
      return statements.insert.run(key, row.sessionData, toSqliteDatetime(row.expiresAt)).changes === 1
    },
    async insertMany(rows) {
      return insertAll(rows)
    },
    async update(key, row) {
      return statements.update.run(row.sessionData, toSqliteDatetime(row.expiresAt), key).changes === 1
    },
    async delete(key) {
      statements.delete.run(key)
    },
    async deleteExpired(now, limit) {
      return statements.deleteExpired.run(toSqliteDatetime(now), limit).changes
    },
    async countLive(now) {
      return statements.countLive.get(toSqliteDatetime(now)) ?? 0
    },
    async deleteAll() {
      statements.deleteAll.run()
    },
    async close() {
      if (db.open) db.close()
    },
  }
}
