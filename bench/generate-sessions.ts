// The stores the purge benchmark works on: `expired` sessions that ended an hour before `now`
// and `live` ones that end an hour after it, holding exactly the bytes the reference engines
// write. Encoding is the slow part (pako's zlib is tried on every save: about a millisecond), so
// each group's record is encoded once, by the engines' own encodeSessionData, and written as is
// under every key of the group: the file engine stores no key or expiry inside a file (the key
// is the name, the expiry the mtime), and the db engine keeps the key and expiry in columns.
// The drivers are imported where used, so that a purge worker importing the settings below
// loads neither.
import { closeSync, futimesSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { encodeSessionData } from '../reference/sessions/serialization.js'
import { newSessionKey } from '../reference/sessions/session-keys.js'

export const SECRET = 'django-insecure-benchmark-key'
export const COOKIE_NAME = 'sessionid'
export const COOKIE_AGE = 1209600
export const POSTGRES_URL = process.env.SESSIONSPEC_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export interface Population {
  expired: number
  live: number
  now: number
}

interface Group {
  count: number
  expiresAt: number
  /** Saved SESSION_COOKIE_AGE before it expires: the file's mtime, the signature's timestamp. */
  savedAt: number
  /** The record every session of the group holds: {"planted": number}, signed at savedAt. */
  record: string
  number: number
}

/** The expired group (planted 0) and the live one (planted 1), each with its encoded record. */
function groups(population: Population): Group[] {
  return [
    { count: population.expired, expiresAt: population.now - 3600, number: 0 },
    { count: population.live, expiresAt: population.now + 3600, number: 1 },
  ].map(({ count, expiresAt, number }) => {
    const savedAt = expiresAt - COOKIE_AGE
    const record = encodeSessionData(new Map<string, unknown>([['planted', number]]), SECRET, savedAt)
    return { count, expiresAt, savedAt, record, number }
  })
}

/**
 * The same session files in each directory (same keys, bytes and mtimes), as the file engine
 * leaves them after a save (080, 081): named cookie name + key, mode 0600, the group's record,
 * mtime = its save time. Written directly with synchronous calls (the engine's placeholder,
 * temporary file and rename end in the same file); a sample is then read back through the
 * engine (checkFiles).
 */
export function generateFiles(directories: readonly string[], population: Population): void {
  for (const directory of directories) mkdirSync(directory, { recursive: true })
  for (const group of groups(population)) {
    const bytes = Buffer.from(group.record, 'ascii')
    for (let i = 0; i < group.count; i++) {
      const name = COOKIE_NAME + newSessionKey()
      for (const directory of directories) {
        const fd = openSync(join(directory, name), 'wx', 0o600)
        try {
          writeSync(fd, bytes)
          futimesSync(fd, group.savedAt, group.savedAt)
        } finally {
          closeSync(fd)
        }
      }
    }
  }
}

/**
 * Reads `sample` generated files of each group back through the file engine: a live one loads
 * as its group's data, an expired one is absent at `now` and present an hour and a half before
 * (so its mtime, not its content, dates it). Throws on the first that does not.
 */
export async function checkFiles(directory: string, population: Population, sample: number): Promise<void> {
  const engine = createFileEngine({ directory, cookieName: COOKIE_NAME, cookieAge: COOKIE_AGE, secretKey: SECRET, log: (line) => { throw new Error(`generated file logged ${line}`) } })
  const names = (await readdir(directory)).slice(0, sample)
  for (const name of names) {
    const key = name.slice(COOKIE_NAME.length)
    const { mtimeMs, mode } = await stat(join(directory, name))
    if ((mode & 0o777) !== 0o600) throw new Error(`generated ${name} has mode ${(mode & 0o777).toString(8)}, not 600`)
    const group = groups(population).find(({ savedAt }) => Math.abs(mtimeMs / 1000 - savedAt) < 0.001)
    if (group === undefined) throw new Error(`generated ${name} has an mtime of neither group`)
    if (group.expiresAt > population.now) {
      const data = await engine.load(key, population.now)
      if (data === undefined || data.size !== 1 || data.get('planted') !== group.number) {
        throw new Error(`generated live ${name} loads as ${JSON.stringify(data && [...data])}`)
      }
    } else if (await engine.exists!(key, population.now) || !(await engine.exists!(key, population.now - 5400))) {
      throw new Error(`generated expired ${name} is not expired at now, or already expired before`)
    }
  }
}

/** django_session rows in one transaction: the db engine's row format, without a commit per row. */
export async function generateRows(sqlitePath: string, population: Population): Promise<void> {
  const { openSqliteTable, toSqliteDatetime } = await import('../reference/sessions/engines/db-sqlite.js')
  const { default: Database } = await import('better-sqlite3')
  await openSqliteTable(sqlitePath).close()
  const db = new Database(sqlitePath)
  const insert = db.prepare('INSERT INTO django_session (session_key, session_data, expire_date) VALUES (?, ?, ?)')
  db.transaction(() => {
    for (const group of groups(population)) {
      const expireDate = toSqliteDatetime(group.expiresAt)
      for (let i = 0; i < group.count; i++) insert.run(newSessionKey(), group.record, expireDate)
    }
  })()
  db.close()
}

/** The same rows in a PostgreSQL schema of their own, sent 5000 at a time as arrays. */
export async function generatePostgresRows(url: string, schema: string, population: Population): Promise<void> {
  const { openPostgresTable } = await import('../reference/sessions/engines/db-postgres.js')
  const { default: pg } = await import('pg')
  await (await openPostgresTable(url, schema)).close()
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const group of groups(population)) {
      for (let first = 0; first < group.count; first += 5000) {
        const size = Math.min(5000, group.count - first)
        await client.query(
          `INSERT INTO "${schema}"."django_session" (session_key, session_data, expire_date)
           SELECT k, $2, to_timestamp($3) FROM unnest($1::text[]) AS rows(k)`,
          [Array.from({ length: size }, newSessionKey), group.record, group.expiresAt])
      }
    }
  } finally {
    await client.end()
  }
}

export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}
