// `npm test`: type-check, the unit and contract tests (node:test), then the whole
// specification against the embedded reference server, Django 5.2 and Django 3.2. Ends with the line CI reads:
// "N passed, N failed" (unit tests plus scenarios; a failed type-check or broken dependency rule counts as one failure).
//
// The phases run in two lanes at once (`--serial`: one after the other, each phase's output
// live): the checks of the code (type-check, dependency rules, unit tests) beside the runs of
// the specification (reference, Django 5.2 and 3.2, the pair, the examples), which the first
// lane joins when its own are done. Neither lane keeps both cores busy alone (bench/README.md, "npm test in two lanes"). A phase's whole output goes
// to reports/test-logs/<phase>.log; the console gets a line when it starts and ends, then the
// output's end (its summary) or, when the phase failed, all of it.
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { reapedCpuSeconds } from './reaped-cpu.js'
// @ts-expect-error: a plain JavaScript module of bin/, without declarations
import { buildCheckout, runsFromSource } from '../bin/checkout-build.mjs'

const root = new URL('..', import.meta.url).pathname
process.chdir(root)
mkdirSync('reports', { recursive: true })
const serial = process.argv.includes('--serial')
const logDir = 'reports/test-logs'
rmSync(logDir, { recursive: true, force: true })
mkdirSync(logDir, { recursive: true })

/** Wall seconds of each phase, and the CPU seconds of its process tree, printed in the summary: where `npm test`'s time goes (bench/README.md). */
const phaseTimes: Array<{ label: string; seconds: number; cpu: number }> = []

// Read when a phase's process exits, the growth of the reaped CPU since the last exit is that
// phase's CPU: the two lanes' phases end at different moments (two ending in one event loop turn
// would be counted together).
let cpuAtLastExit = reapedCpuSeconds()
/** The CPU seconds reaped since the last phase ended: call it once, as the phase's process exits. */
function cpuOfEndedPhase(): number {
  const now = reapedCpuSeconds()
  const cpu = now - cpuAtLastExit
  cpuAtLastExit = now
  return cpu
}
const started = performance.now()
const clock = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`

/** Lines of a passed phase's output shown on the console: its closing summary. */
const TAIL_LINES = 20

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '')
}

/** Runs one phase; resolves to its exit status (1 when it could not start or was killed). */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const begun = performance.now()
  const finish = (status: number, cpu: number) => {
    phaseTimes.push({ label, seconds: (performance.now() - begun) / 1000, cpu })
    return status
  }
  if (serial) {
    console.log(`\n== ${label}: ${[command, ...args].join(' ')}`)
    const status = spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1
    return Promise.resolve(finish(status, cpuOfEndedPhase()))
  }
  const logPath = join(logDir, `${slug(label)}.log`)
  console.log(`[${clock()}] started ${label} (output: ${logPath})`)
  return new Promise((resolve) => {
    const log = createWriteStream(logPath)
    log.write(`$ ${[command, ...args].join(' ')}\n`)
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    let status = 1
    let cpu = 0
    child.on('error', (error) => log.write(`\ncould not start: ${error.message}\n`))
    child.once('exit', () => { cpu = cpuOfEndedPhase() })
    child.on('close', (code) => {
      status = code ?? 1
      log.end(() => {
        const seconds = (performance.now() - begun) / 1000
        const text = readFileSync(logPath, 'utf8').trimEnd().split('\n')
        const shown = status === 0 ? text.slice(-TAIL_LINES) : text
        console.log(`\n== ${label}: ${status === 0 ? 'done' : `FAILED (exit ${status})`} in ${seconds.toFixed(0)} s, at ${clock().trim()}` +
          `${status === 0 && text.length > TAIL_LINES ? ` (its last ${TAIL_LINES} lines; all in ${logPath})` : ''}`)
        console.log(shown.join('\n'))
        resolve(finish(status, cpu))
      })
    })
  })
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : testFiles(path)
    return name.endsWith('.test.ts') ? [path] : []
  })
}

type Tally = { passed: number; failed: number }

/** Runs the specification against one target; conformant outcomes count as passed. */
async function suite(label: string, target: string, name: string, extra: string[] = []): Promise<Tally> {
  const status = await run(`specification against ${label}`, process.execPath, ['bin/sessionspec.mjs', 'run', '--target', target, ...extra])
  try {
    const { totals } = JSON.parse(readFileSync(`reports/${name}/results.json`, 'utf8'))
    const failed = totals.failed + totals.error + totals['unexpected-pass']
    return { passed: totals.passed + totals['expected-failure'], failed: failed + (status !== 0 && failed === 0 ? 1 : 0) }
  } catch {
    console.log(`the run against ${label} wrote no results.json`)
    return { passed: 0, failed: 1 }
  }
}

// Redis, memcached and PostgreSQL for the engines: reused when running, started when not.
// A store that cannot start makes its tests and scenarios not applicable (an error in CI).
// Before both lanes: each needs the stores.
const services = await run('stores for the session engines', 'bash', ['scripts/services.sh', 'start'])
if (services !== 0) console.log('some stores are missing: their tests are skipped here, and fail under CI=true (scripts/services.sh start --install)')

/** The first lane: the code's own checks. */
async function codeLane() {
  const typecheck = await run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.'])
  // The import rules of docs/architecture.md (.dependency-cruiser.cjs): no circle, type-only
  // imports included, and no import pointing the wrong way. Counts as one failure, as the type-check.
  const dependencies = await run('dependency rules', 'npx', ['--no', 'depcruise', 'reference', 'harness', 'steps', 'lib', 'scripts', 'bin', '--config', '.dependency-cruiser.cjs'])
  // The tests run as the JavaScript bin/checkout-build.mjs transpiles into .run/dist/ (as the
  // harness does), not through tsx's loader hooks: 161 against 178 CPU s for the phase
  // (bench/README.md, "The sixth session"). SESSIONSPEC_FROM_SOURCE=1 keeps tsx.
  const files = testFiles('test').sort()
  const throughTsx = runsFromSource() ? files : files.filter((file) => FROM_SOURCE_TESTS.includes(file))
  const compiled = files.filter((file) => !throughTsx.includes(file))
  const dir = compiled.length > 0 ? await buildCheckout() : ''
  const tallies = [
    compiled.length > 0 ? await unitPhase('unit and contract tests', 'reports/unit-tests.tap', [], compiled.map((file) => join(dir, file.replace(/\.ts$/, '.js'))), { ...process.env, SESSIONSPEC_COMPILED_DIR: dir }) : undefined,
    throughTsx.length > 0 ? await unitPhase('unit tests through tsx', 'reports/unit-tests-tsx.tap', ['--import', 'tsx'], throughTsx, process.env) : undefined,
  ]
  const unit = { pass: 0, fail: 0 }
  for (const tally of tallies) {
    unit.pass += tally?.pass ?? 0
    unit.fail += tally?.fail ?? 0
  }
  return { typecheck, dependencies, unit }
}

/**
 * Test files that run through tsx even so: the in-process Stryker runner loads a sandbox's
 * instrumented TypeScript sources inside the test's own process, as `npm run mutate` runs it.
 */
const FROM_SOURCE_TESTS = ['test/stryker-runner.test.ts']

/** Runs test files with node --test; the counts come from its TAP file (none: one failure). */
async function unitPhase(label: string, tap: string, nodeFlags: string[], files: string[], env: NodeJS.ProcessEnv): Promise<{ pass: number; fail: number }> {
  rmSync(tap, { force: true }) // a TAP file of an earlier run must not be counted
  await run(label, process.execPath, [
    // Two test files at once: most of their time is spent waiting on servers and stores.
    ...nodeFlags, '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], env)
  let tapText = ''
  try { tapText = readFileSync(tap, 'utf8') } catch { /* no TAP: counted as a failure below */ }
  const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0)
  return { pass: count('pass'), fail: count('fail') + count('cancelled') + (tapText ? 0 : 1) }
}

/**
 * The runs of the specification, longest first: the second lane takes them one after the other,
 * and the first lane helps once its own phases are done, so neither lane idles while the other
 * still has a queue.
 */
const tallies = new Map<string, Tally>()
const specificationQueue: Array<() => Promise<void>> = [
  async () => { tallies.set('reference', await suite('the reference server', 'targets/reference.yaml', 'reference')) },
]
// Real Django proves the specification is Django's: Django 5.2 LTS from the venv
// scripts/setup.sh makes, and Django 3.2 (Debian's python3-django) for projects still on it.
// A Django that is not installed is left out with the reason (outside CI), never silently.
const djangoTargets = [
  { label: 'Django 5.2', target: 'targets/django.yaml', name: 'django', python: '.venv-django/bin/python', install: 'bash scripts/setup.sh' },
  { label: 'Django 3.2', target: 'targets/django-3.2.yaml', name: 'django-3.2', python: '/usr/bin/python3', install: 'apt-get install python3-django python3-pymemcache' },
]
for (const django of djangoTargets) {
  const installed = spawnSync(django.python, ['-c', 'import django'], { stdio: 'ignore' }).status === 0
  if (installed || process.env.CI === 'true') specificationQueue.push(async () => { tallies.set(django.label, await suite(django.label, django.target, django.name)) })
  else console.log(`\n== ${django.label} target left out: ${django.python} has no django (${django.install})`)
}
// Two reference server processes sharing every store (one Redis, one PostgreSQL schema, one
// session directory, one SQLite file): the @interop scenarios a single server leaves not applicable.
specificationQueue.push(async () => { tallies.set('pair', await suite('two reference servers sharing their stores', 'targets/reference-pair.yaml', 'reference-pair', ['features/interop'])) })
// Other frameworks mapped by a target file alone (examples/), in the core profile; each lists
// its real deviations in its expectations file. Flask is Debian's python3-flask.
const hasFlask = spawnSync('/usr/bin/python3', ['-c', 'import flask'], { stdio: 'ignore' }).status === 0
const exampleNames = ['express-session', 'fastify-session', ...(hasFlask || process.env.CI === 'true' ? ['flask'] : [])]
for (const name of exampleNames) {
  specificationQueue.push(async () => { tallies.set(`example ${name}`, await suite(`the ${name} example`, `targets/${name}.yaml`, name, ['--profile', 'core'])) })
}
if (!hasFlask && process.env.CI !== 'true') console.log('\n== Flask example left out: /usr/bin/python3 has no flask (apt-get install python3-flask)')

/** Takes the next run of the specification from the queue until it is empty. */
async function drainSpecifications(): Promise<void> {
  for (let next = specificationQueue.shift(); next !== undefined; next = specificationQueue.shift()) await next()
}

const code = serial
  ? await codeLane().then(async (result) => { await drainSpecifications(); return result })
  : (await Promise.all([codeLane().then(async (result) => { await drainSpecifications(); return result }), drainSpecifications()]))[0]
const none: Tally = { passed: 0, failed: 0 }
const reference = tallies.get('reference') ?? { passed: 0, failed: 1 }
const pair = tallies.get('pair') ?? { passed: 0, failed: 1 }
const djangoRuns = djangoTargets.flatMap((django) => {
  const tally = tallies.get(django.label)
  return tally ? [{ label: django.label, ...tally }] : []
})
const example = exampleNames.map((name) => tallies.get(`example ${name}`) ?? { passed: 0, failed: 1 })
  .reduce((sum, e) => ({ passed: sum.passed + e.passed, failed: sum.failed + e.failed }), none)
const { typecheck, dependencies, unit } = code

console.log('\n== summary')
const wall = (performance.now() - started) / 1000
const cpuInAll = phaseTimes.reduce((sum, phase) => sum + phase.cpu, 0)
console.log(`time: ${phaseTimes.map((p) => `${p.label} ${p.seconds.toFixed(0)} s`).join('; ')}; in all ${wall.toFixed(0)} s${serial ? ' (one phase at a time)' : ' (two lanes at once)'}`)
console.log(`CPU (user + system, each phase's processes): ${phaseTimes.map((p) => `${p.label} ${p.cpu.toFixed(0)} s`).join('; ')}; in all ${cpuInAll.toFixed(0)} s, ${(cpuInAll / wall).toFixed(2)} cores busy on average`)
console.log(`type-check: ${typecheck === 0 ? 'ok' : 'FAILED'}`)
console.log(`dependency rules: ${dependencies === 0 ? 'ok' : 'FAILED'}`)
console.log(`unit and contract tests: ${unit.pass} passed, ${unit.fail} failed`)
console.log(`scenarios against the reference server: ${reference.passed} passed, ${reference.failed} failed`)
console.log(`interop scenarios against two reference servers sharing their stores: ${pair.passed} passed, ${pair.failed} failed`)
for (const run of djangoRuns) console.log(`scenarios against ${run.label} (expected failures count as passed): ${run.passed} passed, ${run.failed} failed`)
const djangoTotals = djangoRuns.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed }), { passed: 0, failed: 0 })
console.log(`scenarios against the example servers, core profile (expected failures count as passed): ${example.passed} passed, ${example.failed} failed`)
const failed = unit.fail + reference.failed + pair.failed + djangoTotals.failed + example.failed + (typecheck === 0 ? 0 : 1) + (dependencies === 0 ? 0 : 1)
console.log(`${unit.pass + reference.passed + pair.passed + djangoTotals.passed + example.passed} passed, ${failed} failed`)
process.exitCode = failed === 0 && unit.pass > 0 && reference.passed > 0 ? 0 : 1
