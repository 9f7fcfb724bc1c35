// The stores the purge benchmark works on: `expired` sessions that ended an hour before `now`
// and `live` ones that end an hour after it, as the reference engines write them.
import { mkdir } from 'node:fs/promises'
import Database from 'better-sqlite3'
import { openSqliteTable, toSqliteDatetime } from '../reference/sessions/engines/db-sqlite.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { plantSessions } from '../reference/sessions/plant.js'
import { encodeSessionData } from '../reference/sessions/serialization.js'
import { newSessionKey } from '../reference/sessions/session-keys.js'

export const SECRET = 'django-insecure-benchmark-key'
export const COOKIE_NAME = 'sessionid'
export const COOKIE_AGE = 1209600

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
