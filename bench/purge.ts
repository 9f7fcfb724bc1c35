// Purge benchmark: the reference purge (the engines' clearExpired, what clearsessions runs) on
// stores of growing size, next to a naive purge that makes the same decisions holding everything.
//   node --import tsx bench/purge.ts [--sizes 20000,100000,200000] [--engine file,db,db-postgres] [--skip-naive] [--threads N]
//   node --import tsx bench/purge.ts --expired N --live M        (one store of that make-up)
//   --django: also Django 3.2's own clearsessions on a copy of each file store (bench/django-clearsessions.py)
// A size is half expired, half live sessions. Each purge runs in a child process of its own,
// from JavaScript compiled into .run/bench-purge/ (no TypeScript loader in its memory), on its
// own copy of the store, so its figures are its own, and with the Node flags of `npm run
// clearsessions` (package.json), so it measures what the command does. Peak memory is each
// process's own high-water mark (VmHWM). Not run in CI (bench/README.md).
import { execFile, execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { systemClock } from '../reference/clock.js'
import { checkFiles, COOKIE_AGE, COOKIE_NAME, dropPostgresSchema, generateFiles, generatePostgresRows, generateRows, POSTGRES_URL, SECRET, type Population } from './generate-sessions.js'

interface Measure { purged: number; ms: number; cpuMs: number; rssBeforeMb: number; peakRssMb: number }
type EngineName = 'file' | 'db' | 'db-postgres'
const ENGINES: EngineName[] = ['file', 'db', 'db-postgres']
/** The goal of issue 11 for the file engine at 100,000 expired + 100,000 live sessions. */
const GOAL = { sessions: 200_000, seconds: 16, peakMb: 60 }
const root = new URL('..', import.meta.url).pathname
const compiled = join(root, '.run', 'bench-purge')

function fail(message: string): never {
  process.stderr.write(`bench/purge: ${message}\n`)
  process.exit(2)
}

function readArguments(): { populations: Population[]; engines: EngineName[]; naive: boolean; django: boolean; threads?: number } {
  const { values } = parseArgs({ options: {
    sizes: { type: 'string', default: '20000,100000,200000' },
    expired: { type: 'string' },
    live: { type: 'string' },
    engine: { type: 'string', default: ENGINES.join(',') },
    'skip-naive': { type: 'boolean', default: false },
    threads: { type: 'string' },
    django: { type: 'boolean', default: false },
  } })
  const count = (name: string, text: string) => {
    if (!/^\d+$/.test(text)) fail(`--${name} must be a whole number, not ${JSON.stringify(text)}`)
    return Number(text)
  }
  const engines = values.engine.split(',') as EngineName[]
  const unknown = engines.find((engine) => !ENGINES.includes(engine))
  if (unknown !== undefined) fail(`--engine takes some of ${ENGINES.join(', ')}, not ${JSON.stringify(unknown)}`)
  const now = systemClock.now()
  if ((values.expired === undefined) !== (values.live === undefined)) fail('give --expired and --live together')
  const populations = values.expired !== undefined && values.live !== undefined
    ? [{ expired: count('expired', values.expired), live: count('live', values.live), now }]
    : values.sizes.split(',').map((text) => {
      const size = count('sizes', text)
      return { expired: Math.floor(size / 2), live: size - Math.floor(size / 2), now }
    })
  return { populations, engines, naive: !values['skip-naive'], django: values.django, threads: values.threads === undefined ? undefined : count('threads', values.threads) }
}

/** The worker and what it imports, as JavaScript (tsc without type checking: `npm run typecheck` does that). */
function compileWorker(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '--outDir', compiled, '--rootDir', root, '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--strict', '--skipLibCheck', '--types', 'node', '--esModuleInterop', '--verbatimModuleSyntax',
    '--resolveJsonModule', '--noCheck', join(root, 'bench', 'purge-worker.ts')], { cwd: root, stdio: 'inherit' })
}

/**
 * The Node flags `npm run clearsessions` gives the command (package.json), which the worker runs
 * with: the flags between `node` and the script, less the TypeScript loader the worker does not need.
 */
function commandNodeFlags(script: string): string[] {
  const words = script.trim().split(/\s+/)
  if (words[0] !== 'node') throw new Error(`the clearsessions script does not start with node: ${script}`)
  const flags: string[] = []
  for (let i = 1; i < words.length && words[i].startsWith('--'); i++) {
    if (words[i] === '--import') i++
    else flags.push(words[i])
  }
  return flags
}
const nodeFlags = commandNodeFlags((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.clearsessions)

/** threads: UV_THREADPOOL_SIZE of the worker (libuv reads it once, at the start of the process). */
async function measure(engine: EngineName, implementation: string, location: string, now: number, threads?: number): Promise<Measure> {
  const worker = join(compiled, 'bench', 'purge-worker.js')
  const env = threads === undefined ? process.env : { ...process.env, UV_THREADPOOL_SIZE: String(threads) }
  const { stdout } = await promisify(execFile)(process.execPath, [...nodeFlags, worker, engine, implementation, location, String(now)], { maxBuffer: 64 * 2 ** 20, env })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure
}

/** Django 3.2's own clearsessions (Debian's python3-django) on a copy of the file store. */
async function measureDjango(directory: string): Promise<Measure> {
  const script = join(root, 'bench', 'django-clearsessions.py')
  const { stdout } = await promisify(execFile)('/usr/bin/python3', [script, directory, SECRET, COOKIE_NAME, String(COOKIE_AGE)])
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure
}

/** The peak RSS (VmHWM) of a Node process that does nothing: what every figure below starts from. */
function baselineMb(): number {
  const out = execFileSync(process.execPath, [...nodeFlags, '-e', 'process.stdout.write(/^VmHWM:\\s+(\\d+)/m.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1])'], { encoding: 'utf8' })
  return Number(out) / 1024
}

/**
 * Identical stores, one for each purge (PostgreSQL: one schema, the reference purge alone).
 * Files are written into every directory at once, so all get the same names, bytes and mtimes;
 * the third is Django's (--django).
 */
async function prepare(engine: EngineName, work: string, population: Population, schema: string, naive: boolean, django: boolean): Promise<[string, string, string]> {
  const [first, second, third] = [join(work, `${engine}-reference`), join(work, `${engine}-naive`), join(work, `${engine}-django`)]
  if (engine === 'db-postgres') {
    await generatePostgresRows(POSTGRES_URL, schema, population)
    return [schema, '', '']
  }
  if (engine === 'file') {
    generateFiles([first, ...(naive ? [second] : []), ...(django ? [third] : [])], population)
    await checkFiles(first, population, 200)
    // A store's files have long been written back; a fresh one's blocks may not even be allocated
    // yet (delayed allocation), which would make unlinking them cheaper than it is.
    execFileSync('sync', ['-f', first])
    return [first, second, third]
  }
  await generateRows(`${first}.sqlite3`, population)
  if (naive) await copyFile(`${first}.sqlite3`, `${second}.sqlite3`)
  return [`${first}.sqlite3`, `${second}.sqlite3`, '']
}

const mb = (value: number) => `${value.toFixed(1)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const loads = () => loadavg().map((value) => value.toFixed(2)).join(' ')
const row = (cells: string[]) => `  ${cells[0].padEnd(10)}${cells.slice(1).map((cell) => cell.padStart(13)).join('')}`

function report(engine: EngineName, population: Population, reference: Measure, naive?: Measure, django?: Measure): void {
  const growth = (m: Measure) => m.peakRssMb - m.rssBeforeMb
  console.log(row(['', 'purged', 'time', 'CPU', 'peak RSS', 'RSS before', 'RSS growth']))
  for (const [name, m] of [['reference', reference], ['naive', naive], ['Django 3.2', django]] as const) {
    if (m) console.log(row([name, String(m.purged), seconds(m.ms), seconds(m.cpuMs), mb(m.peakRssMb), mb(m.rssBeforeMb), mb(growth(m))]))
  }
  if (naive) console.log(`  naive / reference: time ${(naive.ms / reference.ms).toFixed(2)}x, peak RSS ${(naive.peakRssMb / reference.peakRssMb).toFixed(2)}x, RSS growth ${(growth(naive) / Math.max(growth(reference), 0.1)).toFixed(1)}x`)
  if (django) console.log(`  Django / reference: time ${(django.ms / reference.ms).toFixed(2)}x, peak RSS ${(django.peakRssMb / reference.peakRssMb).toFixed(2)}x`)
  if ([reference, naive, django].some((m) => m !== undefined && m.purged !== population.expired)) {
    console.log(`  MISMATCH: expected ${population.expired} purged by each`)
    process.exitCode = 1
  }
  if (engine === 'file' && population.expired + population.live === GOAL.sessions) {
    const met = reference.ms <= GOAL.seconds * 1000 && reference.peakRssMb <= GOAL.peakMb
    console.log(`  goal (at most ${GOAL.seconds} s and ${GOAL.peakMb} MB peak RSS): ${met ? 'met' : 'NOT met'}`)
  }
}

const { populations, engines, naive, django, threads } = readArguments()
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== ''
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim() + (dirty ? ' with uncommitted changes' : '')
console.log(`${new Date(systemClock.now() * 1000).toISOString()}, commit ${commit}, Node ${process.version}, load average ${loads()}, UV_THREADPOOL_SIZE ${threads ?? 'unset (4)'}, worker flags ${nodeFlags.join(' ') || 'none'}`)
compileWorker()
console.log(`node -e '' peak RSS: ${mb(baselineMb())}`)
const work = await mkdtemp(join(tmpdir(), 'sessionspec-bench-'))
const schemas: string[] = []
try {
  for (const engine of engines) {
    for (const population of populations) {
      const schema = `sessionspec_bench_${process.pid}_${schemas.length}`
      if (engine === 'db-postgres') schemas.push(schema)
      const generating = performance.now()
      const store = join(work, `${engine}-${population.expired + population.live}`)
      await mkdir(store)
      const withDjango = django && engine === 'file'
      const [forReference, forNaive, forDjango] = await prepare(engine, store, population, schema, naive, withDjango)
      console.log(`\n${engine}: ${population.expired} expired + ${population.live} live sessions (generated in ${seconds(performance.now() - generating)}; load average ${loads()})`)
      const reference = await measure(engine, 'reference', forReference, population.now, threads)
      const naiveMeasure = naive && engine !== 'db-postgres' ? await measure(engine, 'naive', forNaive, population.now, threads) : undefined
      const djangoMeasure = withDjango ? await measureDjango(forDjango) : undefined
      report(engine, population, reference, naiveMeasure, djangoMeasure)
      if (engine === 'db-postgres') await dropPostgresSchema(POSTGRES_URL, schema)
      await rm(store, { recursive: true, force: true })
    }
  }
  console.log(`\nload average at the end: ${loads()}`)
} finally {
  await rm(work, { recursive: true, force: true })
  for (const schema of schemas) await dropPostgresSchema(POSTGRES_URL, schema).catch(() => undefined)
}
