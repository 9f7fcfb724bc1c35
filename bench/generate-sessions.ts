// The stores the purge benchmark works on: `expired` sessions that ended an hour before `now`
// and `live` ones that end an hour after it, as the reference engines write them.
import { mkdir } from 'node:fs/promises'
import Database from 'better-sqlite3'
import pg from 'pg'
import { openPostgresTable } from '../reference/sessions/engines/db-postgres.js'
import { openSqliteTable, toSqliteDatetime } from '../reference/sessions/engines/db-sqlite.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { plantSessions } from '../reference/sessions/plant.js'
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

/** Writers at once: the file engine's create is a few file system calls, each waiting on the disk. */
const WRITERS = 32

function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0))
}

/** Session files through the file engine itself (placeholder, temporary file, rename, mtime). */
export async function generateFiles(directory: string, population: Population): Promise<void> {
  await mkdir(directory, { recursive: true })
  const engine = createFileEngine({ directory, cookieName: COOKIE_NAME, cookieAge: COOKIE_AGE, secretKey: SECRET })
  const groups = [
    { count: population.expired, expiresAt: population.now - 3600, first: 0 },
    { count: population.live, expiresAt: population.now + 3600, first: population.expired },
  ]
  for (const group of groups) {
    let first = group.first
    await Promise.all(shares(group.count, WRITERS).map((count) => {
      const planting = plantSessions(engine, { count, expiresAt: group.expiresAt, cookieAge: COOKIE_AGE, first })
      first += count
      return planting
    }))
  }
}

/** django_session rows in one transaction: the db engine's row format, without a commit per row. */
export async function generateRows(sqlitePath: string, population: Population): Promise<void> {
  await (await openSqliteTable(sqlitePath)).close()
  const db = new Database(sqlitePath)
  const insert = db.prepare('INSERT INTO django_session (session_key, session_data, expire_date) VALUES (?, ?, ?)')
  const fill = db.transaction(() => {
    for (let i = 0; i < population.expired + population.live; i++) {
      const expiresAt = i < population.expired ? population.now - 3600 : population.now + 3600
      const data = new Map<string, unknown>([['planted', i]])
      insert.run(newSessionKey(), encodeSessionData(data, SECRET, expiresAt - COOKIE_AGE), toSqliteDatetime(expiresAt))
    }
  })
  fill()
  db.close()
}

/** The same rows in a PostgreSQL schema of their own, sent 5000 at a time as arrays. */
export async function generatePostgresRows(url: string, schema: string, population: Population): Promise<void> {
  await (await openPostgresTable(url, schema)).close()
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (let first = 0; first < population.expired + population.live; first += 5000) {
      const keys: string[] = []
      const data: string[] = []
      const expires: number[] = []
      for (let i = first; i < Math.min(first + 5000, population.expired + population.live); i++) {
        const expiresAt = i < population.expired ? population.now - 3600 : population.now + 3600
        keys.push(newSessionKey())
        data.push(encodeSessionData(new Map<string, unknown>([['planted', i]]), SECRET, expiresAt - COOKIE_AGE))
        expires.push(expiresAt)
      }
      await client.query(
        `INSERT INTO "${schema}"."django_session" (session_key, session_data, expire_date)
         SELECT k, d, to_timestamp(e) FROM unnest($1::text[], $2::text[], $3::float8[]) AS rows(k, d, e)`, [keys, data, expires])
    }
  } finally {
    await client.end()
  }
}

export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}
