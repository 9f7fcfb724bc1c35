// `npm run plausible-bugs -- [ID...] [--list]`: breaks the reference server in plausible ways that
// Stryker's operators do not make (a constant moved by one, a statement dropped, SQL's `>` as
// `>=`, arguments swapped, a setting ignored), one at a time, and runs the features that claim
// the behaviour against each. A bug is caught only by a FAILED scenario: errors (the server
// crashing, a malformed answer) are counted apart, as in docs/mutation.md.
// Each bug runs in a copy of the project (node_modules linked), so the tree is never touched.
// The interop features (two servers sharing a secret and a store) run against the pair of
// reference servers (targets/reference-pair.yaml), the others against targets/reference.yaml.
// Not run by `npm test`; its last figures are in docs/mutation.md ("Plausible bugs").
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUGS, type PlausibleBug } from './plausible-bugs/bugs.js'

const ROOT = new URL('..', import.meta.url).pathname
const COPIED = ['bin', 'features', 'harness', 'lib', 'reference', 'schemas', 'steps', 'targets', 'cucumber.mjs', 'package.json', 'tsconfig.json']

const isInterop = (path: string) => path === 'features/interop' || path.startsWith('features/interop/')
/** Which target runs which of a bug's features; the peer's file gets the bug's engines too. */
const TARGETS = [
  { file: 'targets/reference.yaml', name: 'reference', takes: (path: string) => !isInterop(path) },
  { file: 'targets/reference-pair.yaml', name: 'reference-pair', takes: isInterop },
]
const PAIR_PEER = 'targets/reference-pair-peer.yaml'

type Verdict = 'caught' | 'escaped' | 'errors only' | 'equivalent' | 'stale'
interface Outcome { bug: PlausibleBug; verdict: Verdict; failed: string[]; errors: number; passed: number; seconds: number; note?: string }

function fail(message: string): never {
  process.stderr.write(`plausible-bugs: ${message}\n`)
  process.exit(2)
}

/** The project's source with the bug's one edit applied, or why it cannot be (the edit must match exactly once). */
function broken(bug: PlausibleBug): { source: string } | { stale: string } {
  const source = readFileSync(join(ROOT, bug.file), 'utf8')
  const matches = source.split(bug.find).length - 1
  if (matches !== 1) return { stale: `the text to replace occurs ${matches} times in ${bug.file}, not once: the code moved, update scripts/plausible-bugs/bugs.ts` }
  // A function, so that "$&" or "$'" in the replacement is written as it stands, not read as a pattern.
  return { source: source.replace(bug.find, () => bug.replace) }
}

function run(bug: PlausibleBug): Outcome {
  if (bug.equivalent) return { bug, verdict: 'equivalent', failed: [], errors: 0, passed: 0, seconds: 0, note: bug.equivalent }
  const edited = broken(bug)
  if ('stale' in edited) return { bug, verdict: 'stale', failed: [], errors: 0, passed: 0, seconds: 0, note: edited.stale }
  const started = performance.now()
  const dir = mkdtempSync(join(tmpdir(), 'sessionspec-bug-'))
  try {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
    writeFileSync(join(dir, bug.file), edited.source)
    for (const file of [...TARGETS.map((run) => run.file), PAIR_PEER]) {
      const target = readFileSync(join(ROOT, file), 'utf8')
        .replace(/^engines: .*$/m, `engines: [${bug.engines.join(', ')}]`)
        .replace(/^messageStorages: .*$/m, `messageStorages: [${bug.storages.join(', ')}]`)
      writeFileSync(join(dir, file), target)
    }
    const runs = TARGETS.map((run) => ({ ...run, features: bug.features.filter((path) => run.takes(path)) })).filter((run) => run.features.length > 0)
    const failed: string[] = []
    let errors = 0
    let passed = 0
    for (const { file, name, features } of runs) {
      const reports = join(dir, 'reports', name)
      mkdirSync(reports, { recursive: true })
      spawnSync(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', file, '--reporter', 'json', '--tags', 'not @browser', '--reports', reports, ...features],
        { cwd: dir, stdio: 'ignore' })
      let results: { totals: Record<string, number>; scenarios: Array<{ id: string; outcome: string }> }
      try {
        results = JSON.parse(readFileSync(join(reports, name, 'results.json'), 'utf8'))
      } catch {
        fail(`${bug.id}: the run against ${file} wrote no results.json (the harness could not run the features)`)
      }
      failed.push(...results.scenarios.filter((s) => s.outcome === 'failed' || s.outcome === 'unexpected-pass').map((s) => s.id))
      errors += results.totals.error
      passed += results.totals.passed
    }
    const verdict: Verdict = failed.length > 0 ? 'caught' : errors > 0 ? 'errors only' : 'escaped'
    return { bug, verdict, failed, errors, passed, seconds: (performance.now() - started) / 1000 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const args = process.argv.slice(2)
if (args.includes('--list')) {
  for (const bug of BUGS) console.log(`${bug.id.padEnd(28)} ${bug.file}${bug.equivalent ? ' (equivalent)' : ''}\n${''.padEnd(29)}${bug.what}`)
  process.exit(0)
}
const unknown = args.filter((id) => !BUGS.some((bug) => bug.id === id))
if (unknown.length > 0) fail(`no such bug: ${unknown.join(', ')} (npm run plausible-bugs -- --list)`)
const chosen = args.length > 0 ? BUGS.filter((bug) => args.includes(bug.id)) : BUGS

const outcomes: Outcome[] = []
for (const bug of chosen) {
  const outcome = run(bug)
  outcomes.push(outcome)
  const detail = outcome.note !== undefined
    ? outcome.note
    : `${outcome.failed.length} failed, ${outcome.errors} errors, ${outcome.passed} passed, ${outcome.seconds.toFixed(0)} s${outcome.failed.length > 0 ? `: ${outcome.failed.slice(0, 4).join(', ')}` : ''}`
  console.log(`${bug.id.padEnd(28)} ${outcome.verdict.padEnd(12)} ${detail}`)
}
mkdirSync(join(ROOT, 'reports'), { recursive: true })
writeFileSync(join(ROOT, 'reports', 'plausible-bugs.json'), JSON.stringify(outcomes.map((o) => ({ id: o.bug.id, verdict: o.verdict, failed: o.failed, errors: o.errors })), null, 2))
const count = (verdict: Verdict) => outcomes.filter((o) => o.verdict === verdict).length
const judged = outcomes.length - count('equivalent') - count('stale')
console.log(`\n${count('caught')} caught, ${count('escaped')} escaped, ${count('errors only')} errors only, ${count('equivalent')} equivalent, ${count('stale')} stale: ` +
  `${judged === 0 ? '-' : `${((100 * count('caught')) / judged).toFixed(0)}%`} caught of the non-equivalent (reports/plausible-bugs.json)`)
process.exitCode = count('escaped') + count('errors only') + count('stale') === 0 ? 0 : 1
