// One measured purge in a process of its own, so that its peak memory (maxRSS) is its alone:
//   node --import tsx bench/purge-worker.ts <file|db|db-postgres> <reference|naive> <location> <now>
// (location: a directory, a SQLite file, or for db-postgres a schema in SESSIONSPEC_POSTGRES_URL's database)
// Prints one JSON line: purged, milliseconds, RSS before the purge and the process's peak RSS.
import { createDbEngine } from '../reference/sessions/engines/db.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { COOKIE_AGE, COOKIE_NAME, POSTGRES_URL, SECRET } from './generate-sessions.js'
import { naiveDbPurge, naiveFilePurge } from './naive-purge.js'

const [engine, implementation, location, nowText] = process.argv.slice(2)
const now = Number(nowText)

async function referencePurge(): Promise<number> {
  const store = engine === 'file'
    ? createFileEngine({ directory: location, cookieName: COOKIE_NAME, cookieAge: COOKIE_AGE, secretKey: SECRET })
    : engine === 'db-postgres'
      ? await createDbEngine({ store: 'postgres', postgresUrl: POSTGRES_URL, schema: location, secretKey: SECRET })
      : await createDbEngine({ store: 'sqlite', sqlitePath: location, secretKey: SECRET })
  try {
    return await store.clearExpired!(now)
  } finally {
    await store.close()
  }
}

async function naivePurge(): Promise<number> {
  return engine === 'file' ? naiveFilePurge(location, COOKIE_NAME, COOKIE_AGE, SECRET, now) : naiveDbPurge(location, now)
}

const rssBefore = process.memoryUsage().rss
const started = process.hrtime.bigint()
const purged = implementation === 'naive' ? await naivePurge() : await referencePurge()
const ms = Number(process.hrtime.bigint() - started) / 1e6
// maxRSS is in kilobytes.
process.stdout.write(`${JSON.stringify({ purged, ms, rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`)
