// Load benchmark: the reference server's throughput and p99 latency beside what a Node user would
// pick on the same store (bench/alternatives/express-session-server.ts), interleaved in one run and
// printed as ratios; then the db engine on SQLite and PostgreSQL beside Django's figures.
//   node --import tsx bench/load.ts [--duration S] [--rounds N] [--connections N] [--only memory,redis,file,signed,db]
// Every server runs in its own process for the whole benchmark; autocannon runs here. Each
// request writes the session once: the reference's session.set fixture, the alternative's /set.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Result } from 'autocannon'
import { freePort } from '../harness/launch/start-server.js'

const ROOT = new URL('..', import.meta.url).pathname
const BODY = JSON.stringify({ key: 'cart', value: '3 items' })
/** Django 3.2 under gunicorn with 2 sync workers on this kind of machine (issue 11), requests/s. */
const DJANGO = { 'db/sqlite': { figure: 215, note: 'default journal' }, 'db/sqlite (WAL)': { figure: 1274, note: 'WAL' } }

interface Server { name: string; url: string; path: string; process: ChildProcess }
interface Pair { id: string; reference: string[]; alternative?: string[]; label: string }
type Mode = 'existing' | 'new'

const { values } = parseArgs({ options: {
  duration: { type: 'string', default: '5' },
  rounds: { type: 'string', default: '2' },
  connections: { type: 'string', default: '50' },
  only: { type: 'string' },
} })
for (const name of ['duration', 'rounds', 'connections'] as const) {
  if (!/^[1-9]\d*$/.test(values[name])) {
    process.stderr.write(`bench/load: --${name} must be a whole number of at least 1, not ${JSON.stringify(values[name])}\n`)
    process.exit(2)
  }
}

async function start(name: string, args: string[], path: string): Promise<Server> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', ...args.map((a) => a.replace('{port}', String(port)))], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const errors: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => { if (/listening on/.test(chunk.toString())) done() })
    child.once('exit', (code) => fail(new Error(`${name} exited with code ${code} before it listened: ${errors.join('').trim().split('\n').at(-1) ?? ''}`)))
  })
  return { name, url: `http://127.0.0.1:${port}`, path, process: child }
}

/** The cookies a first request gets, as a Cookie header: the session every request of "existing" mode sends. */
async function sessionCookie(server: Server): Promise<string> {
  const response = await fetch(server.url + server.path, { method: 'POST', body: BODY, headers: { 'Content-Type': 'application/json' } })
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0])
  if (!response.ok || cookies.length === 0) throw new Error(`${server.name} answered HTTP ${response.status} with no session cookie`)
  return cookies.join('; ')
}

async function load(server: Server, mode: Mode): Promise<Result> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (mode === 'existing') headers.Cookie = await sessionCookie(server)
  const result = await autocannon({
    url: server.url + server.path, method: 'POST', headers, body: BODY,
    connections: Number(values.connections), duration: Number(values.duration),
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${server.name} (${mode} session): ${result.non2xx} answers not 2xx and ${result.errors} errors of ${result.requests.total}`)
  return result
}

const work = await mkdtemp(join(tmpdir(), 'sessionspec-bench-load-'))
const referenceArgs = (...flags: string[]) => ['reference/cli/start.ts', '--port', '{port}', '--session-cookie-age', '3600', ...flags]
const alternativeArgs = (...flags: string[]) => ['bench/alternatives/express-session-server.ts', '--port', '{port}', ...flags]
const pairs: Pair[] = [
  { id: 'memory', label: 'memory: reference memory / express-session MemoryStore', reference: referenceArgs('--engine', 'memory'), alternative: alternativeArgs('--store', 'memory') },
  { id: 'redis', label: 'Redis: reference cache/redis / connect-redis (ioredis)', reference: referenceArgs('--engine', 'cache', '--store', 'redis'), alternative: alternativeArgs('--store', 'redis') },
  { id: 'file', label: 'files: reference file / session-file-store', reference: referenceArgs('--engine', 'file', '--file-path', join(work, 'reference-files')), alternative: alternativeArgs('--store', 'file', '--file-path', join(work, 'alternative-files')) },
  { id: 'signed', label: 'signed cookies: reference signed-cookies / cookie-session', reference: referenceArgs('--engine', 'signed-cookies'), alternative: alternativeArgs('--store', 'cookie') },
  { id: 'db', label: 'db on SQLite (reference alone)', reference: referenceArgs('--engine', 'db', '--store', 'sqlite') },
  { id: 'db', label: 'db on PostgreSQL (reference alone)', reference: referenceArgs('--engine', 'db', '--store', 'postgres') },
]
const chosen = values.only ? pairs.filter((p) => values.only!.split(',').includes(p.id)) : pairs
const servers: Server[] = []
const perSecond = (r: Result) => r.requests.average
try {
  await mkdir(join(work, 'reference-files'))
  await mkdir(join(work, 'alternative-files'))
  const started = chosen.map(async (pair) => ({
    pair,
    reference: await start(`reference (${pair.label})`, pair.reference, '/__sessionspec/fixture/session.set'),
    alternative: pair.alternative && await start(`alternative (${pair.label})`, pair.alternative, '/set'),
  }))
  const running = await Promise.all(started)
  for (const r of running) servers.push(r.reference, ...(r.alternative ? [r.alternative] : []))
  console.log(`${values.rounds} rounds of ${values.duration} s per server and mode, ${values.connections} connections, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  const results = new Map<string, Result[]>()
  const keep = (key: string, result: Result) => results.set(key, [...(results.get(key) ?? []), result])
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const { pair, reference, alternative } of running) {
      for (const mode of ['existing', 'new'] as const) {
        // Interleaved, and the order flips each round, so a drift in the machine's load hits both.
        const order = alternative ? (round % 2 === 1 ? [reference, alternative] : [alternative, reference]) : [reference]
        for (const server of order) keep(`${server.name}|${mode}`, await load(server, mode))
      }
    }
  }
  const mean = (key: string, pick: (r: Result) => number) => {
    const list = results.get(key) ?? []
    return list.reduce((sum, r) => sum + pick(r), 0) / list.length
  }
  console.log(`\n${'case'.padEnd(62)}${'mode'.padEnd(10)}${'ref req/s'.padStart(11)}${'alt req/s'.padStart(11)}${'ratio'.padStart(8)}${'ref p99'.padStart(10)}${'alt p99'.padStart(10)}`)
  for (const { pair, reference, alternative } of running) {
    for (const mode of ['existing', 'new'] as const) {
      const rps = mean(`${reference.name}|${mode}`, perSecond)
      const p99 = mean(`${reference.name}|${mode}`, (r) => r.latency.p99)
      const altRps = alternative ? mean(`${alternative.name}|${mode}`, perSecond) : undefined
      const altP99 = alternative ? mean(`${alternative.name}|${mode}`, (r) => r.latency.p99) : undefined
      console.log(`${pair.label.padEnd(62)}${mode.padEnd(10)}${rps.toFixed(0).padStart(11)}${(altRps?.toFixed(0) ?? '-').padStart(11)}${(altRps ? `${(rps / altRps).toFixed(2)}x` : '-').padStart(8)}${`${p99.toFixed(0)} ms`.padStart(10)}${(altP99 === undefined ? '-' : `${altP99.toFixed(0)} ms`).padStart(10)}`)
    }
  }
  console.log(`\nDjango 3.2 under gunicorn (2 sync workers), measured earlier on this kind of machine, not in this run: db on SQLite ${DJANGO['db/sqlite'].figure} req/s (${DJANGO['db/sqlite'].note}), ${DJANGO['db/sqlite (WAL)'].figure} req/s (${DJANGO['db/sqlite (WAL)'].note})`)
} finally {
  for (const server of servers) server.process.kill('SIGTERM')
  await Promise.all(servers.map((s) => new Promise((done) => (s.process.exitCode !== null ? done(undefined) : s.process.once('exit', done)))))
  await rm(work, { recursive: true, force: true })
}
