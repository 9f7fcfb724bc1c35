// Load benchmark: the reference server's throughput and p99 latency beside what a Node user would
// pick on the same store (bench/alternatives/express-session-server.ts), beside Django 5.2 on
// SQLite under gunicorn (bench/alternatives/django_wsgi.py), and two reference processes sharing
// one store beside one process; all interleaved in one run and printed as ratios.
//   node --import tsx bench/load.ts [--duration S] [--rounds N] [--connections N]
//     [--only memory,redis,file,signed,db,django,pair] [--baseline DIR]
// --baseline DIR: a checkout of an earlier commit (with node_modules); the memory, Redis, file and
// signed-cookies cases then also run its reference server, interleaved, for a before/after row.
// Every server runs in its own process for the whole benchmark; autocannon runs here. Each
// request writes the session once: the fixture API's session.set (the reference and Django),
// the alternative's /set.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Result } from 'autocannon'
import { Redis } from 'ioredis'
import pg from 'pg'
import { freePort } from '../harness/launch/start-server.js'

const ROOT = new URL('..', import.meta.url).pathname
const BODY = JSON.stringify({ key: 'cart', value: '3 items' })
const FIXTURE_PATH = '/__sessionspec/fixture/session.set'
const POSTGRES_URL = process.env.SESSIONSPEC_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const VENV_PYTHON = join(ROOT, '.venv-django/bin/python')
const GUNICORN = join(ROOT, '.venv-django/bin/gunicorn')
/** Issue 11's figures for Django 3.2 under gunicorn with 2 sync workers, measured earlier on this
 * kind of machine (requests/s), printed beside this run's own Django 5.2 figures. */
const ISSUE_DJANGO_32 = { default: 215, wal: 1274 }

interface Server { name: string; url: string; path: string; process: ChildProcess }
/** What one column of the table measures: one server, or several sharing the load. */
interface Contender { label: string; servers: Server[] }
interface Row { label: string; other: Contender; goal?: { ratio: number; text: string } }
interface Case { id: string; reference: Contender; rows: Row[] }
type Mode = 'existing' | 'new'

const { values } = parseArgs({ options: {
  duration: { type: 'string', default: '4' },
  rounds: { type: 'string', default: '3' },
  connections: { type: 'string', default: '50' },
  only: { type: 'string' },
  baseline: { type: 'string' },
} })
for (const name of ['duration', 'rounds', 'connections'] as const) {
  if (!/^[1-9]\d*$/.test(values[name])) {
    process.stderr.write(`bench/load: --${name} must be a whole number of at least 1, not ${JSON.stringify(values[name])}\n`)
    process.exit(2)
  }
}
const IDS = ['memory', 'redis', 'file', 'signed', 'db', 'django', 'pair']
const only = values.only?.split(',')
const unknown = only?.filter((id) => !IDS.includes(id)) ?? []
if (unknown.length > 0) {
  process.stderr.write(`bench/load: --only takes ${IDS.join(', ')}, not ${unknown.join(', ')}\n`)
  process.exit(2)
}
const wanted = (id: string) => only === undefined || only.includes(id)

const servers: Server[] = []

interface StartOptions { command?: string; env?: Record<string, string>; ready?: RegExp; path?: string; cwd?: string }

/** A server process, once it says it listens (on stdout, or on stderr for gunicorn). */
async function start(name: string, args: string[], options: StartOptions = {}): Promise<Server> {
  const port = await freePort()
  const command = options.command ?? process.execPath
  const argv = (options.command ? args : ['--import', 'tsx', ...args]).map((a) => a.replace('{port}', String(port)))
  const child = spawn(command, argv, { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } })
  const server = { name, url: `http://127.0.0.1:${port}`, path: options.path ?? FIXTURE_PATH, process: child }
  servers.push(server)
  const ready = options.ready ?? /listening on/
  const errors: string[] = []
  await new Promise<void>((done, fail) => {
    const watch = (chunk: Buffer) => { if (ready.test(chunk.toString())) done() }
    child.stdout?.on('data', watch)
    child.stderr?.on('data', (chunk: Buffer) => { errors.push(chunk.toString()); watch(chunk) })
    child.once('exit', (code) => fail(new Error(`${name} exited with code ${code} before it listened: ${errors.join('').trim().split('\n').at(-1) ?? ''}`)))
  })
  return server
}

/** The cookies a first request gets, as a Cookie header: the session every request of "existing" mode sends. */
async function sessionCookie(server: Server): Promise<string> {
  const response = await fetch(server.url + server.path, { method: 'POST', body: BODY, headers: { 'Content-Type': 'application/json' } })
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0])
  if (!response.ok || cookies.length === 0) throw new Error(`${server.name} answered HTTP ${response.status} with no session cookie`)
  return cookies.join('; ')
}

interface Measure { perSecond: number; p99: number; cpuPerRequest?: number }

/** CPU seconds (user + system) of a process and all its descendants (gunicorn's workers), from
 * /proc: what a server spent, whatever share of the cores the machine's other load left it.
 * undefined where there is no /proc. */
function cpuSeconds(root: number): number | undefined {
  const stats = new Map<number, { parent: number; seconds: number }>()
  let names: string[]
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return undefined
  }
  for (const name of names) {
    try {
      // Fields after the command name, which may hold spaces: state ppid ... utime(14) stime(15), 1-based from pid.
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')
      stats.set(Number(name), { parent: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / 100 })
    } catch {
      // The process ended meanwhile.
    }
  }
  if (!stats.has(root)) return undefined
  let total = 0
  const pending = [root]
  while (pending.length > 0) {
    const pid = pending.pop()!
    total += stats.get(pid)?.seconds ?? 0
    for (const [child, stat] of stats) if (stat.parent === pid) pending.push(child)
  }
  return total
}

/** autocannon on each server of the contender at once, the connections split between them: the
 * requests per second add up, the p99 is the worse one. Several servers of one contender share
 * one store, so in "existing" mode they all get the session cookie the first one gave. */
async function load(contender: Contender, mode: Mode): Promise<Measure> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (mode === 'existing') headers.Cookie = await sessionCookie(contender.servers[0])
  const total = Number(values.connections)
  const cpuBefore = contender.servers.map((server) => cpuSeconds(server.process.pid!))
  const results = await Promise.all(contender.servers.map((server, index) => {
    const connections = Math.floor(total / contender.servers.length) + (index < total % contender.servers.length ? 1 : 0)
    return autocannon({ url: server.url + server.path, method: 'POST', headers, body: BODY, connections, duration: Number(values.duration) })
  }))
  const cpuAfter = contender.servers.map((server) => cpuSeconds(server.process.pid!))
  results.forEach((result: Result, index) => {
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${contender.servers[index].name} (${mode} session): ${result.non2xx} answers not 2xx and ${result.errors} errors of ${result.requests.total}`)
    }
  })
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0)
  const spent = cpuAfter.every((c, i) => c !== undefined && cpuBefore[i] !== undefined)
    ? cpuAfter.reduce((sum: number, c, i) => sum + c! - cpuBefore[i]!, 0)
    : undefined
  return {
    perSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    cpuPerRequest: spent === undefined || requests === 0 ? undefined : spent / requests,
  }
}

const work = await mkdtemp(join(tmpdir(), 'sessionspec-bench-load-'))
const schema = `sessionspec_bench_${process.pid}`
/** The Redis key prefix of this run's sessions: the two reference processes' (a prefix given from
 * outside is kept when they close) and connect-redis's (bench/alternatives reads it from the
 * environment); all removed at the end. Left behind, they made every later reset's scan of the
 * machine's Redis slower (140,000 keys after one run). */
const redisPrefix = `sessionspec-bench-${process.pid}`
process.env.SESSIONSPEC_BENCH_REDIS_PREFIX = redisPrefix
const referenceArgs = (...flags: string[]) => ['reference/cli/start.ts', '--port', '{port}', '--session-cookie-age', '3600', ...flags]
const alternativeArgs = (...flags: string[]) => ['bench/alternatives/express-session-server.ts', '--port', '{port}', ...flags]
const one = async (label: string, args: string[], options?: StartOptions): Promise<Contender> => ({ label, servers: [await start(label, args, options)] })
const atLeast = (ratio: number): Row['goal'] => ({ ratio, text: `>= ${ratio}x` })

/** Django 5.2 on a SQLite file of its own, in WAL or Django's default rollback journal:
 * `adapter` is the project's Django adapter (its fixture API, what the suite talks to), `plain`
 * a plain Django project whose one view writes the session (bench/alternatives/django_plain.py),
 * like for like with a Django site. gunicorn with 2 sync workers when .venv-django has it, else
 * (adapter only) the adapter's own development server, which the label then says. */
async function django(project: 'adapter' | 'plain', journal: 'wal' | 'delete'): Promise<Contender | undefined> {
  const folder = join(work, `django-${project}-${journal}`)
  await mkdir(folder)
  const database = join(folder, 'db.sqlite3')
  const env = { SESSIONSPEC_DJANGO_RUN_DIR: folder, SESSIONSPEC_DJANGO_SQLITE_PATH: database }
  const module = project === 'adapter' ? 'django_wsgi' : 'django_plain'
  const migrated = spawn(VENV_PYTHON, [`bench/alternatives/${module}.py`, 'migrate', database, journal], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } })
  const errors: string[] = []
  migrated.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  const code = await new Promise((done) => migrated.once('exit', done))
  if (code !== 0) throw new Error(`Django's migrate for the ${project} ${journal} database exited with code ${code}: ${errors.join('').trim().split('\n').at(-1) ?? ''}`)
  const mode = journal === 'wal' ? 'WAL' : 'default journal'
  const what = project === 'adapter' ? 'adapter fixture API' : 'plain view'
  if (existsSync(GUNICORN)) {
    const label = `Django 5.2 ${what}, gunicorn 2 sync workers, ${mode}`
    return one(label, ['--chdir', 'bench/alternatives', '--workers', '2', '--bind', '127.0.0.1:{port}', '--no-control-socket', `${module}:application`],
      { command: GUNICORN, env, ready: /Listening at/, path: project === 'plain' ? '/set' : FIXTURE_PATH })
  }
  if (project === 'plain') {
    console.log('Django plain view: not measured, .venv-django has no gunicorn (bash scripts/setup.sh installs it)')
    return undefined
  }
  const label = `Django 5.2 ${what}, development server (no gunicorn), ${mode}`
  return one(label, ['-u', '-B', 'adapters/django/serve.py', '--port', '{port}', '--sqlite-path', database], { command: VENV_PYTHON, env })
}

/** Two reference processes sharing one store (the same directory, key prefix or schema). */
async function pairOf(label: string, args: string[]): Promise<Contender> {
  const [first, second] = await Promise.all([start(`${label} (1 of 2)`, args), start(`${label} (2 of 2)`, args)])
  return { label, servers: [first, second] }
}

async function cases(): Promise<Case[]> {
  const list: Array<Promise<Case>> = []
  const baseline = values.baseline
  if (baseline !== undefined && !existsSync(join(baseline, 'reference/cli/start.ts'))) {
    throw new Error(`--baseline ${baseline}: no reference/cli/start.ts there`)
  }
  /** The same server from the baseline checkout; a file engine gets a directory of its own. */
  const before = async (label: string, reference: string[]): Promise<Row[]> => {
    if (baseline === undefined) return []
    const flags = reference.includes('--file-path') ? [...reference.slice(0, -1), join(work, 'baseline-files')] : reference
    if (reference.includes('--file-path')) await mkdir(join(work, 'baseline-files'))
    const other = await one(`baseline ${label}`, referenceArgs(...flags), { cwd: baseline })
    return [{ label: `${label.split(':')[0]}: reference / the same at --baseline`, other }]
  }
  const pairCase = async (id: string, label: string, reference: string[], alternative: string[], goal: Row['goal']): Promise<Case> => {
    const [ref, alt, earlier] = await Promise.all([one(`reference ${label}`, referenceArgs(...reference)), one(`alternative ${label}`, alternativeArgs(...alternative), { path: '/set' }), before(label, reference)])
    return { id, reference: ref, rows: [{ label, other: alt, goal }, ...earlier] }
  }
  if (wanted('memory')) list.push(pairCase('memory', 'memory: reference memory / express-session MemoryStore', ['--engine', 'memory'], ['--store', 'memory'], atLeast(1)))
  if (wanted('redis')) list.push(pairCase('redis', 'Redis: reference cache/redis / connect-redis (ioredis)', ['--engine', 'cache', '--store', 'redis'], ['--store', 'redis'], atLeast(1)))
  if (wanted('file')) {
    await mkdir(join(work, 'reference-files'))
    await mkdir(join(work, 'alternative-files'))
    list.push(pairCase('file', 'files: reference file / session-file-store', ['--engine', 'file', '--file-path', join(work, 'reference-files')], ['--store', 'file', '--file-path', join(work, 'alternative-files')], atLeast(3)))
  }
  if (wanted('signed')) list.push(pairCase('signed', 'signed cookies: reference signed-cookies / cookie-session', ['--engine', 'signed-cookies'], ['--store', 'cookie'], atLeast(1)))
  if (wanted('django') || wanted('db')) {
    list.push((async () => {
      const reference = await one('reference db/sqlite', referenceArgs('--engine', 'db', '--store', 'sqlite', '--sqlite-path', join(work, 'reference.sqlite3')))
      const alone = { label: 'db on SQLite (reference alone)', other: { label: '', servers: [] } }
      if (!wanted('django')) return { id: 'db', reference, rows: [alone] }
      if (!existsSync(VENV_PYTHON)) {
        console.log(`Django: not measured, ${VENV_PYTHON} is missing (bash scripts/setup.sh makes it)`)
        return { id: 'django', reference, rows: [alone] }
      }
      const djangos = await Promise.all([django('plain', 'wal'), django('plain', 'delete'), django('adapter', 'wal'), django('adapter', 'delete')])
      const [plainWal, plainDefault, adapterWal, adapterDefault] = djangos
      const row = (other: Contender | undefined, goal?: Row['goal']): Row[] => (other === undefined ? [] : [{ label: `db on SQLite: reference / ${other.label}`, other, goal }])
      return {
        id: 'django',
        reference,
        // The plain view is the like-for-like row (the goal); the adapter rows show what the fixture API costs Django.
        rows: [...row(plainWal, atLeast(1)), ...row(plainDefault), ...row(adapterWal, plainWal === undefined ? atLeast(1) : undefined), ...row(adapterDefault)],
      }
    })())
  }
  if (wanted('db')) list.push(one('reference db/postgres', referenceArgs('--engine', 'db', '--store', 'postgres', '--postgres-schema', `${schema}_one`)).then((reference) => ({ id: 'db', reference, rows: [{ label: 'db on PostgreSQL (reference alone)', other: { label: '', servers: [] } }] })))
  if (wanted('pair')) {
    await mkdir(join(work, 'pair-files'))
    await mkdir(join(work, 'pair-files-one'))
    const twoAgainstOne = async (label: string, shared: string[], alone: string[]): Promise<Case> => {
      const [two, single] = await Promise.all([pairOf(`reference ${label}, two processes`, referenceArgs(...shared)), one(`reference ${label}, one process`, referenceArgs(...alone))])
      return { id: 'pair', reference: two, rows: [{ label: `${label}: two reference processes / one`, other: single }] }
    }
    list.push(twoAgainstOne('Redis', ['--engine', 'cache', '--store', 'redis', '--cache-key-prefix', redisPrefix], ['--engine', 'cache', '--store', 'redis']))
    list.push(twoAgainstOne('PostgreSQL', ['--engine', 'db', '--store', 'postgres', '--postgres-schema', `${schema}_pair`], ['--engine', 'db', '--store', 'postgres', '--postgres-schema', `${schema}_pair_one`]))
    list.push(twoAgainstOne('files', ['--engine', 'file', '--file-path', join(work, 'pair-files')], ['--engine', 'file', '--file-path', join(work, 'pair-files-one')]))
  }
  return Promise.all(list)
}

const pad = (text: string, width: number) => text.padStart(width)
const rate = (m?: Measure) => (m === undefined ? '-' : m.perSecond.toFixed(0))
const latency = (m?: Measure) => (m === undefined ? '-' : `${m.p99.toFixed(0)} ms`)
/** Server CPU milliseconds per request. */
const cpu = (m?: Measure) => (m?.cpuPerRequest === undefined ? '-' : `${(m.cpuPerRequest * 1000).toFixed(2)}`)

try {
  const running = await cases()
  const uptime = () => loadavg().map((l) => l.toFixed(1)).join(' ')
  console.log(`${values.rounds} rounds of ${values.duration} s per server and mode, ${values.connections} connections (split between the processes of a pair), load average ${uptime()}`)
  const results = new Map<Contender, Map<Mode, Measure[]>>()
  const keep = (contender: Contender, mode: Mode, measure: Measure) => {
    const byMode = results.get(contender) ?? new Map<Mode, Measure[]>()
    byMode.set(mode, [...(byMode.get(mode) ?? []), measure])
    results.set(contender, byMode)
  }
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const item of running) {
      for (const mode of ['existing', 'new'] as const) {
        // Interleaved, and the order flips each round, so a drift in the machine's load hits all.
        const contenders = [item.reference, ...item.rows.map((row) => row.other).filter((c) => c.servers.length > 0)]
        for (const contender of round % 2 === 1 ? contenders : contenders.reverse()) keep(contender, mode, await load(contender, mode))
      }
    }
  }
  const mean = (contender: Contender, mode: Mode): Measure | undefined => {
    const list = results.get(contender)?.get(mode)
    if (list === undefined) return undefined
    const average = (pick: (m: Measure) => number | undefined) => {
      const picked = list.map(pick)
      return picked.some((v) => v === undefined) ? undefined : picked.reduce((s: number, v) => s + v!, 0) / picked.length
    }
    return { perSecond: average((m) => m.perSecond)!, p99: average((m) => m.p99)!, cpuPerRequest: average((m) => m.cpuPerRequest) }
  }
  console.log(`\n${'case'.padEnd(104)}${'mode'.padEnd(10)}${pad('ref req/s', 10)}${pad('other', 9)}${pad('ratio', 8)}${pad('goal', 12)}${pad('ref p99', 10)}${pad('other p99', 11)}${pad('ref CPU', 9)}${pad('other CPU', 11)}${pad('CPU ratio', 11)}`)
  for (const item of running) {
    for (const row of item.rows) {
      for (const mode of ['existing', 'new'] as const) {
        const ref = mean(item.reference, mode)
        const other = mean(row.other, mode)
        const ratio = ref && other ? ref.perSecond / other.perSecond : undefined
        const cpuRatio = ref?.cpuPerRequest && other?.cpuPerRequest ? `${(other.cpuPerRequest / ref.cpuPerRequest).toFixed(2)}x` : '-'
        const goal = row.goal && ratio !== undefined ? `${row.goal.text}${ratio >= row.goal.ratio ? '' : ' NOT'}` : '-'
        console.log(`${row.label.padEnd(104)}${mode.padEnd(10)}${pad(rate(ref), 10)}${pad(rate(other), 9)}${pad(ratio === undefined ? '-' : `${ratio.toFixed(2)}x`, 8)}${pad(goal, 12)}${pad(latency(ref), 10)}${pad(latency(other), 11)}${pad(cpu(ref), 9)}${pad(cpu(other), 11)}${pad(cpuRatio, 11)}`)
      }
    }
  }
  console.log(`\nload average at the end ${uptime()}. "goal ... NOT": the ratio is below the goal. The other column of "two reference processes / one" is one process.`)
  console.log('CPU: server CPU milliseconds per request (the process and its children, from /proc); CPU ratio: other / reference, above 1x when the reference spends less per request.')
  if (wanted('django')) console.log(`Issue 11's figures for Django 3.2 (gunicorn, 2 sync workers, an earlier and quieter run, not this one): db on SQLite ${ISSUE_DJANGO_32.default} req/s (default journal), ${ISSUE_DJANGO_32.wal} req/s (WAL).`)
} finally {
  for (const server of servers) server.process.kill('SIGTERM')
  await Promise.all(servers.map((s) => new Promise((done) => (s.process.exitCode !== null || s.process.signalCode !== null ? done(undefined) : s.process.once('exit', done)))))
  if (wanted('db') || wanted('pair')) {
    // The reference leaves a schema it was given in place: these are the benchmark's own.
    const client = new pg.Client({ connectionString: POSTGRES_URL })
    await client.connect().then(async () => {
      for (const name of [`${schema}_one`, `${schema}_pair`, `${schema}_pair_one`]) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)
    }).catch((error: Error) => process.stderr.write(`bench/load: could not drop the benchmark's PostgreSQL schemas: ${error.message}\n`)).finally(() => client.end())
  }
  if (wanted('redis') || wanted('pair')) await forgetRedisKeys(redisPrefix)
  await rm(work, { recursive: true, force: true })
}

/** Deletes every key under the prefix, SCAN by SCAN (never KEYS on a shared Redis). */
async function forgetRedisKeys(prefix: string): Promise<void> {
  const client = new Redis(process.env.SESSIONSPEC_REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 0 })
  try {
    await client.connect()
    let cursor = '0'
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000)
      cursor = next
      if (keys.length > 0) await client.unlink(...keys)
    } while (cursor !== '0')
  } catch (error) {
    process.stderr.write(`bench/load: could not remove the benchmark's Redis keys (${prefix}*): ${(error as Error).message}\n`)
  } finally {
    client.disconnect()
  }
}
