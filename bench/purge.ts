// Purge benchmark: the reference purge against a naive one over the same sessions.
//   node --import tsx bench/purge.ts [--expired N] [--live M] [--engine file|db|db-postgres]
// Defaults: 200000 expired, 20000 live, every engine (db-postgres: the reference purge alone). Each run works on its own copy of one
// generated store, in a child process of its own (bench/purge-worker.ts) so that its peak RSS
// is its own. Not run in CI (bench/README.md).
import { execFile } from 'node:child_process'
import { copyFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { systemClock } from '../reference/clock.js'
import { dropPostgresSchema, generateFiles, generatePostgresRows, generateRows, POSTGRES_URL, type Population } from './generate-sessions.js'

const POSTGRES_SCHEMA = `sessionspec_bench_${process.pid}`

interface Measure { purged: number; ms: number; rssBeforeMb: number; peakRssMb: number }
type EngineName = 'file' | 'db' | 'db-postgres'
const ENGINES: EngineName[] = ['file', 'db', 'db-postgres']

function readArguments(): { population: Population; engines: EngineName[] } {
  const { values } = parseArgs({ options: {
    expired: { type: 'string', default: '200000' },
    live: { type: 'string', default: '20000' },
    engine: { type: 'string' },
  } })
  const count = (name: string, text: string) => {
    if (!/^\d+$/.test(text)) {
      process.stderr.write(`bench/purge: --${name} must be a whole number, not ${JSON.stringify(text)}\n`)
      process.exit(2)
    }
    return Number(text)
  }
  if (values.engine !== undefined && !ENGINES.includes(values.engine as EngineName)) {
    process.stderr.write(`bench/purge: --engine must be one of ${ENGINES.join(', ')}, not ${JSON.stringify(values.engine)}\n`)
    process.exit(2)
  }
  const engines = values.engine === undefined ? ENGINES : [values.engine as EngineName]
  return { population: { expired: count('expired', values.expired), live: count('live', values.live), now: systemClock.now() }, engines }
}

async function measure(engine: EngineName, implementation: string, location: string, now: number): Promise<Measure> {
  const worker = new URL('./purge-worker.ts', import.meta.url).pathname
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', worker, engine, implementation, location, String(now)])
  return JSON.parse(stdout) as Measure
}

/**
 * Two identical stores: one generated, one copied with its mtimes (the file engine dates sessions
 * by them). PostgreSQL gets one schema, for the reference purge alone (no naive one there).
 */
async function prepare(engine: EngineName, work: string, population: Population): Promise<[string, string]> {
  const [first, second] = [join(work, `${engine}-reference`), join(work, `${engine}-naive`)]
  if (engine === 'db-postgres') {
    await generatePostgresRows(POSTGRES_URL, POSTGRES_SCHEMA, population)
    return [POSTGRES_SCHEMA, '']
  }
  if (engine === 'file') {
    await generateFiles(first, population)
    await cp(first, second, { recursive: true, preserveTimestamps: true })
  } else {
    await generateRows(`${first}.sqlite3`, population)
    await copyFile(`${first}.sqlite3`, `${second}.sqlite3`)
    return [`${first}.sqlite3`, `${second}.sqlite3`]
  }
  return [first, second]
}

const mb = (value: number) => `${value.toFixed(1)} MB`
const row = (cells: string[]) => `  ${cells[0].padEnd(10)}${cells.slice(1).map((cell) => cell.padStart(14)).join('')}`

function report(engine: EngineName, population: Population, reference: Measure, naive?: Measure): void {
  const growth = (m: Measure) => m.peakRssMb - m.rssBeforeMb
  console.log(`\n${engine}: ${population.expired} expired + ${population.live} live sessions`)
  console.log(row(['', 'purged', 'time', 'peak RSS', 'RSS growth']))
  for (const [name, m] of [['reference', reference], ['naive', naive]] as const) {
    if (m) console.log(row([name, String(m.purged), `${m.ms.toFixed(0)} ms`, mb(m.peakRssMb), mb(growth(m))]))
  }
  if (naive) console.log(`  naive / reference: time ${(naive.ms / reference.ms).toFixed(2)}x, peak RSS ${(naive.peakRssMb / reference.peakRssMb).toFixed(2)}x, RSS growth ${(growth(naive) / Math.max(growth(reference), 0.1)).toFixed(1)}x`)
  if (reference.purged !== population.expired || (naive && naive.purged !== population.expired)) {
    console.log(`  MISMATCH: expected ${population.expired} purged by both`)
    process.exitCode = 1
  }
}

const { population, engines } = readArguments()
const work = await mkdtemp(join(tmpdir(), 'sessionspec-bench-'))
try {
  for (const engine of engines) {
    const generating = performance.now()
    const [forReference, forNaive] = await prepare(engine, work, population)
    console.log(`\n(${engine}: generated and copied in ${((performance.now() - generating) / 1000).toFixed(1)} s)`)
    const reference = await measure(engine, 'reference', forReference, population.now)
    const naive = engine === 'db-postgres' ? undefined : await measure(engine, 'naive', forNaive, population.now)
    report(engine, population, reference, naive)
  }
} finally {
  await rm(work, { recursive: true, force: true })
  if (engines.includes('db-postgres')) await dropPostgresSchema(POSTGRES_URL, POSTGRES_SCHEMA)
}
