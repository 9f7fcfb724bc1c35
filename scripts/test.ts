// `npm test`: type-check, the unit and contract tests (node:test), then the whole
// specification against the embedded reference server. Ends with the line CI reads:
// "N passed, N failed" (unit tests plus scenarios; a failed type-check counts as one failure).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
process.chdir(root)
mkdirSync('reports', { recursive: true })

function run(label: string, command: string, args: string[]): number {
  console.log(`\n== ${label}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
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

const tap = 'reports/unit-tests.tap'
run('unit and contract tests', process.execPath, [
  '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...testFiles('test').sort(),
])
const tapText = readFileSync(tap, 'utf8')
const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0)
const unit = { pass: count('pass'), fail: count('fail') + count('cancelled') }

const suite = run('specification against the reference server', process.execPath, ['bin/sessionspec.mjs', 'run', '--target', 'targets/reference.yaml'])
let scenarios = { passed: 0, failed: suite === 0 ? 0 : 1 }
try {
  const { totals } = JSON.parse(readFileSync('reports/reference/results.json', 'utf8'))
  scenarios = {
    passed: totals.passed + totals['expected-failure'],
    failed: totals.failed + totals.error + totals['unexpected-pass'] + (suite === 0 ? 0 : totals.failed + totals.error + totals['unexpected-pass'] === 0 ? 1 : 0),
  }
} catch {
  console.log('the suite wrote no results.json')
}


console.log('\n== summary')
console.log(`type-check: ${typecheck === 0 ? 'ok' : 'FAILED'}`)
console.log(`unit and contract tests: ${unit.pass} passed, ${unit.fail} failed`)
console.log(`scenarios (reference server): ${scenarios.passed} passed, ${scenarios.failed} failed`)
const failed = unit.fail + scenarios.failed + (typecheck === 0 ? 0 : 1)
console.log(`${unit.pass + scenarios.passed} passed, ${failed} failed`)
process.exitCode = failed === 0 && unit.pass > 0 && scenarios.passed > 0 ? 0 : 1
