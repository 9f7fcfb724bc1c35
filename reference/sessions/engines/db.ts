// The db engine: Django's django_session table (070) on SQLite or PostgreSQL. This file holds
// what both stores share (key rules, the session_data of 066 through ../serialization.ts,
// purging in batches); the two SessionTable implementations only speak SQL.
import type { NewRecord, ServerSideEngine, SessionRecord } from '../engine.js'
import { decodeSessionData, encodeSessionData, fixedKeys, stderrSecurityLog, type SecurityLog, type SessionKeySource } from '../serialization.js'
import { importOptional } from '../../../lib/optional-package.js'
import type { SessionRow, SessionTable } from './session-table.js'
import { sessionInterrupted } from './store-errors.js'

export interface DbEngineOptions {
  store: 'sqlite' | 'postgres'
  /** SQLite database file; default ':memory:' (one process only). */
  sqlitePath?: string
  /** Default postgres://postgres@127.0.0.1:5432/postgres. */
  postgresUrl?: string
  /** PostgreSQL schema holding the table; default sessionspec_<pid>_<random>, created on open, dropped by close(). */
  schema?: string
  secretKey: string
  /** The keys of the moment, when the server can switch them (they then take the place of secretKey). */
  keys?: SessionKeySource
  /** Where "Session data corrupted" goes (067); default stderr. */
  log?: SecurityLog
}

/** The db engine: every optional method present, plus what cached-db needs to re-populate its cache (077). */
export interface DbEngine extends ServerSideEngine {
  createMany(entries: NewRecord[], now: number): Promise<Set<string>>
  loadRecord(key: string, now: number): Promise<SessionRecord | undefined>
  exists(key: string, now: number): Promise<boolean>
  clearExpired(now: number): Promise<number>
  count(now: number): Promise<number>
  storedText(key: string, now: number): Promise<string | undefined>
  replaceStoredText(key: string, text: string, now: number): Promise<boolean>
  clear(): Promise<void>
}

/** 070: session_key is varchar(40). */
export const MAX_DB_KEY_LENGTH = 40
const PURGE_BATCH = 1000

/** 063: any characters may be looked up; a key the column cannot hold (too long, NUL) is simply not there. */
export function isStorableKey(key: string): boolean {
  return [...key].length <= MAX_DB_KEY_LENGTH && !key.includes('\0')
}

async function openTable(options: DbEngineOptions): Promise<SessionTable> {
  // Imported here: a server that never uses a database never loads (or needs) its driver.
  if (options.store === 'sqlite') {
    const { openSqliteTable } = await importOptional('better-sqlite3', 'the db engine on SQLite', () => import('./db-sqlite.js'))
    return openSqliteTable(options.sqlitePath ?? ':memory:')
  }
  const { openPostgresTable } = await importOptional('pg', 'the db engine on PostgreSQL', () => import('./db-postgres.js'))
  return openPostgresTable(options.postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres', options.schema)
}


/** Async: PostgreSQL needs a connection and a schema before the first request. */
export async function createDbEngine(options: DbEngineOptions): Promise<DbEngine> {
  const table = await openTable(options)
  const log = options.log ?? stderrSecurityLog
  const keys = options.keys ?? fixedKeys(options.secretKey)
  const toRow = (record: SessionRecord, now: number): SessionRow => ({
    sessionData: encodeSessionData(record.data, keys().secretKey, now),
    expiresAt: record.expiresAt,
  })

  async function loadRecord(key: string, now: number): Promise<SessionRecord | undefined> {
    if (!isStorableKey(key)) return undefined
    const row = await table.select(key, now)
    if (row === undefined) return undefined
    // A row no server wrote (SQLite keeps any type in any column; an infinite PostgreSQL date)
    // is corrupted data: without a date it is no session, with one it is empty, as below.
    if (!Number.isFinite(row.expiresAt)) {
      log('Session data corrupted')
      return undefined
    }
    if (typeof row.sessionData !== 'string') {
      log('Session data corrupted')
      return { data: new Map(), expiresAt: row.expiresAt }
    }
    // 067: a row whose signature fails reads as an empty session under the same key, and is logged.
    const { secretKey, fallbacks } = keys()
    return { data: decodeSessionData(row.sessionData, secretKey, log, fallbacks), expiresAt: row.expiresAt }
  }

  return {
    kind: 'server',
    id: 'db',
    store: table.store,
    loadRecord,
    async load(key, now) {
      return (await loadRecord(key, now))?.data
    },
    async create(key, record, now) {
      if (!isStorableKey(key)) throw new RangeError(`a db session key has at most ${MAX_DB_KEY_LENGTH} characters and no NUL`)
      return table.insert(key, toRow(record, now))
    },
    async createMany(entries, now) {
      const bad = entries.find(({ key }) => !isStorableKey(key))
      if (bad !== undefined) throw new RangeError(`a db session key has at most ${MAX_DB_KEY_LENGTH} characters and no NUL`)
      return table.insertMany(entries.map(({ key, record }) => ({ key, row: toRow(record, now) })))
    },
    async update(key, record, now) {
      if (!isStorableKey(key) || !(await table.update(key, toRow(record, now)))) throw sessionInterrupted()
    },
    async delete(key) {
      if (isStorableKey(key)) await table.delete(key)
    },
    async exists(key, now) {
      return isStorableKey(key) && table.has(key, now)
    },
    // RL-12: batched deletes keep each statement short and memory flat whatever the table holds.
    async clearExpired(now) {
      let total = 0
      for (;;) {
        const deleted = await table.deleteExpired(now, PURGE_BATCH)
        total += deleted
        if (deleted < PURGE_BATCH) return total
      }
    },
    count: (now) => table.countLive(now),
    async storedText(key, now) {
      if (!isStorableKey(key)) return undefined
      const sessionData = (await table.select(key, now))?.sessionData
      return typeof sessionData === 'string' ? sessionData : undefined
    },
    async replaceStoredText(key, text, now) {
      if (!isStorableKey(key)) return false
      const row = await table.select(key, now)
      return row !== undefined && table.update(key, { sessionData: text, expiresAt: row.expiresAt })
    },
    clear: () => table.deleteAll(),
    close: () => table.close(),
  }
}
