// `npm test`: type-check, the unit and contract tests (node:test), then the whole
// specification against the embedded reference server, Django 5.2 and Django 3.2. Ends with the line CI reads:
// "N passed, N failed" (unit tests plus scenarios; a failed type-check or broken dependency rule counts as one failure).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
process.chdir(root)
mkdirSync('reports', { recursive: true })

/** Wall seconds of each phase, printed in the summary: where `npm test`'s time goes (bench/README.md). */
const phaseTimes: Array<{ label: string; seconds: number }> = []

function run(label: string, command: string, args: string[]): number {
  console.log(`\n== ${label}: ${[command, ...args].join(' ')}`)
  const started = performance.now()
  const result = spawnSync(command, args, { stdio: 'inherit' })
  phaseTimes.push({ label, seconds: (performance.now() - started) / 1000 })
  return result.status ?? 1
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : testFiles(path)
    return name.endsWith('.test.ts') ? [path] : []
  })
}

// Redis, memcached and PostgreSQL for the engines: reused when running, started when not.
// A store that cannot start makes its tests and scenarios not applicable (an error in CI).
const services = run('stores for the session engines', 'bash', ['scripts/services.sh', 'start'])
if (services !== 0) console.log('some stores are missing: their tests are skipped here, and fail under CI=true (scripts/services.sh start --install)')

const typecheck = run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.'])
// The import rules of docs/architecture.md (.dependency-cruiser.cjs): no circle, type-only
// imports included, and no import pointing the wrong way. Counts as one failure, as the type-check.
const dependencies = run('dependency rules', 'npx', ['--no', 'depcruise', 'reference', 'harness', 'steps', 'lib', 'scripts', 'bin', '--config', '.dependency-cruiser.cjs'])

const tap = 'reports/unit-tests.tap'
run('unit and contract tests', process.execPath, [
  // Two test files at once (Node's default here is one: available cores less one): most of
  // their time is spent waiting on servers and stores, not on the CPU.
  '--import', 'tsx', '--test', '--test-concurrency=2',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...testFiles('test').sort(),
])
const tapText = readFileSync(tap, 'utf8')
const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0)
const unit = { pass: count('pass'), fail: count('fail') + count('cancelled') }

/** Runs the specification against one target; conformant outcomes count as passed. */
function suite(label: string, target: string, name: string, extra: string[] = []): { passed: number; failed: number } {
  const status = run(`specification against ${label}`, process.execPath, ['bin/sessionspec.mjs', 'run', '--target', target, ...extra])
  try {
    const { totals } = JSON.parse(readFileSync(`reports/${name}/results.json`, 'utf8'))
    const failed = totals.failed + totals.error + totals['unexpected-pass']
    return { passed: totals.passed + totals['expected-failure'], failed: failed + (status !== 0 && failed === 0 ? 1 : 0) }
  } catch {
    console.log(`the run against ${label} wrote no results.json`)
    return { passed: 0, failed: 1 }
  }
}

const reference = suite('the reference server', 'targets/reference.yaml', 'reference')
// Two reference server processes sharing every store (one Redis, one PostgreSQL schema, one
// session directory, one SQLite file): the @interop scenarios a single server leaves not applicable.
const pair = suite('two reference servers sharing their stores', 'targets/reference-pair.yaml', 'reference-pair', ['features/interop'])
// Real Django proves the specification is Django's: Django 5.2 LTS from the venv
// scripts/setup.sh makes, and Django 3.2 (Debian's python3-django) for projects still on it.
// A Django that is not installed is left out with the reason (outside CI), never silently.
const djangoTargets = [
  { label: 'Django 5.2', target: 'targets/django.yaml', name: 'django', python: '.venv-django/bin/python', install: 'bash scripts/setup.sh' },
  { label: 'Django 3.2', target: 'targets/django-3.2.yaml', name: 'django-3.2', python: '/usr/bin/python3', install: 'apt-get install python3-django python3-pymemcache' },
]
const djangoRuns = djangoTargets.map((django) => {
  const installed = spawnSync(django.python, ['-c', 'import django'], { stdio: 'ignore' }).status === 0
  if (installed || process.env.CI === 'true') return { label: django.label, ...suite(django.label, django.target, django.name) }
  console.log(`\n== ${django.label} target left out: ${django.python} has no django (${django.install})`)
  return undefined
}).filter((run) => run !== undefined)

// Other frameworks mapped by a target file alone (examples/), in the core profile; each lists
// its real deviations in its expectations file. Flask is Debian's python3-flask.
const hasFlask = spawnSync('/usr/bin/python3', ['-c', 'import flask'], { stdio: 'ignore' }).status === 0
const examples = ['express-session', 'fastify-session', ...(hasFlask || process.env.CI === 'true' ? ['flask'] : [])]
  .map((name) => suite(`the ${name} example`, `targets/${name}.yaml`, name, ['--profile', 'core']))
if (!hasFlask && process.env.CI !== 'true') console.log('\n== Flask example left out: /usr/bin/python3 has no flask (apt-get install python3-flask)')
const example = examples.reduce((sum, e) => ({ passed: sum.passed + e.passed, failed: sum.failed + e.failed }), { passed: 0, failed: 0 })

console.log('\n== summary')
console.log(`time: ${phaseTimes.map((p) => `${p.label} ${p.seconds.toFixed(0)} s`).join('; ')}; in all ${(performance.now() / 1000).toFixed(0)} s`)
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
