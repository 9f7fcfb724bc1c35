// One measured purge in a process of its own, so that its peak memory is its alone:
//   node .run/bench-purge/bench/purge-worker.js <file|db|db-postgres> <reference|naive> <location> <now>
// (location: a directory, a SQLite file, or for db-postgres a schema in SESSIONSPEC_POSTGRES_URL's
// database). bench/purge.ts runs it compiled to JavaScript, so that no TypeScript loader sits in
// the measured memory. Each engine and driver is imported only when used.
// Prints one JSON line: purged, wall and CPU milliseconds of the purge, RSS before it and the
// process's peak RSS.
import { readFileSync } from 'node:fs'
import { COOKIE_AGE, COOKIE_NAME, POSTGRES_URL, SECRET } from './generate-sessions.js'

const [engine, implementation, location, nowText] = process.argv.slice(2)
const now = Number(nowText)

async function referencePurge(): Promise<number> {
  const store = engine === 'file'
    ? (await import('../reference/sessions/engines/file.js')).createFileEngine({ directory: location, cookieName: COOKIE_NAME, cookieAge: COOKIE_AGE, secretKey: SECRET })
    : await (await import('../reference/sessions/engines/db.js')).createDbEngine(engine === 'db-postgres'
      ? { store: 'postgres', postgresUrl: POSTGRES_URL, schema: location, secretKey: SECRET }
      : { store: 'sqlite', sqlitePath: location, secretKey: SECRET })
  try {
    return await store.clearExpired!(now)
  } finally {
    await store.close()
  }
}

async function naivePurge(): Promise<number> {
  const { naiveDbPurge, naiveFilePurge } = await import('./naive-purge.js')
  return engine === 'file' ? naiveFilePurge(location, COOKIE_NAME, COOKIE_AGE, SECRET, now) : naiveDbPurge(location, now)
}

// The modules are loaded before the clock starts: what is measured is the purge.
const purge = implementation === 'naive' ? naivePurge : referencePurge
if (engine === 'file') await import('../reference/sessions/engines/file.js')
else await import('../reference/sessions/engines/db.js')

/**
 * This process's own peak resident size in KiB: VmHWM, the high-water mark of its address space.
 * Not getrusage's maxRSS, which Linux carries over from the parent's image a spawn forks (it
 * keeps the larger of the two across exec): a worker spawned by a bench that had just written
 * 200,000 files reported the bench's 90 MB as its own.
 */
function ownPeakRssKib(): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
  if (match === null) throw new Error('/proc/self/status has no VmHWM line: the peak memory is measured on Linux only')
  return Number(match[1])
}

const rssBefore = process.memoryUsage().rss
const cpuBefore = process.cpuUsage()
const started = process.hrtime.bigint()
const purged = await purge()
const ms = Number(process.hrtime.bigint() - started) / 1e6
const cpu = process.cpuUsage(cpuBefore)
process.stdout.write(`${JSON.stringify({
  purged, ms, cpuMs: (cpu.user + cpu.system) / 1000, rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: ownPeakRssKib() / 1024,
})}\n`)
