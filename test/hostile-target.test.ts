import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { classify } from '../harness/results/outcome.js'
import type { ResultsFile } from '../harness/results/results-file.js'
import { startHostileServer, type HostileServer, type Misbehaviour } from './fixtures/hostile/hostile-server.js'

/**
 * The harness against a target that misbehaves at the HTTP level: every case ends, in bounded
 * time and memory, as an error naming its cause (never a verdict, never a hang). The bounds are
 * generous on purpose: this is a safety property, not a benchmark. Unbounded, the never-ending
 * body alone grew a run past 2 GB.
 */
const PEAK_MIB = 300
/** The deadline of the cases that end on it; the others get the default 10 s, so that on a busy
 * machine they still end on their own cause (the cap, the closed socket) before the deadline. */
const DEADLINE_S = 2
const DEFAULT_DEADLINE_S = 10
/** How long one visit may take before the test calls it a hang (a guard, not a measurement: the
 * cause each case ends on is asserted from its message, and no test asserts a wall time). */
const VISIT_GUARD_MS = 120_000
/** How long a whole run against a hostile target may take before the test calls it a hang. */
const RUN_GUARD_MS = 600_000

interface Ended { errorType?: string; message?: string; answer?: unknown; cookies?: number; peakRssMiB: number }

let server: HostileServer
before(async () => { server = await startHostileServer() })
after(async () => { await server.close() })

/** Runs a command and answers its output with the peak resident size of it and its children. */
function measured(command: string[]): Promise<{ code: number | null; stdout: string; peakMiB: number }> {
  // RUSAGE_CHILDREN's ru_maxrss is the largest resident size of any waited-for descendant: the run's peak.
  const wrapper = 'import resource,subprocess,sys\nrc=subprocess.call(sys.argv[1:])\nsys.stderr.write("peak-kib=%d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\nsys.exit(rc)'
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', wrapper, ...command], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      const peak = /peak-kib=(\d+)/.exec(stderr)
      if (!peak) return reject(new Error(`no peak memory reported: ${stderr.slice(-300)}`))
      resolve({ code, stdout, peakMiB: Number(peak[1]) / 1024 })
    })
  })
}

async function visitOnce(mode: Misbehaviour, deadlineS: number): Promise<Ended> {
  const { stdout, peakMiB } = await measured([process.execPath, '--import', 'tsx', 'test/fixtures/hostile/visit-once.ts', `${server.origin}/${mode}`, String(deadlineS)])
  const ended = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Ended
  return { ...ended, peakRssMiB: peakMiB }
}

function assertError(ended: Ended, message: string | RegExp): void {
  assert.ok(ended.errorType, `the visit ended without an error: ${JSON.stringify(ended.answer)}`)
  const { outcome, reason } = classify({ status: 'FAILED', errorType: ended.errorType, message: ended.message })
  assert.equal(outcome, 'error')
  if (typeof message === 'string') assert.equal(reason, message)
  else assert.match(reason ?? '', message)
}

function assertBounded(ended: Ended): void {
  assert.ok(ended.peakRssMiB < PEAK_MIB, `the visit peaked at ${Math.round(ended.peakRssMiB)} MiB (bound ${PEAK_MIB} MiB)`)
}

const ORIGIN = () => server.origin.replace(/[.]/g, '\\.')

describe('a hostile target, one visit through the driver', { concurrency: 2 }, () => {
  const cases: Array<[Misbehaviour, number, () => string | RegExp]> = [
    ['never-ending-body', DEFAULT_DEADLINE_S, () => 'the answer to session.get exceeded 1 MiB'],
    ['ten-megabyte-body', DEFAULT_DEADLINE_S, () => 'the answer to session.get exceeded 1 MiB'],
    ['trickle', DEADLINE_S, () => `no complete answer to session.get from ${server.origin} within ${DEADLINE_S} s`],
    ['stall-before-headers', DEADLINE_S, () => `no complete answer to session.get from ${server.origin} within ${DEADLINE_S} s`],
    ['megabyte-cookie', DEFAULT_DEADLINE_S, () => `${server.origin} answered session.get with headers larger than 64 KiB`],
    ['oversized-headers', DEFAULT_DEADLINE_S, () => `${server.origin} answered session.get with headers larger than 64 KiB`],
    ['closed-mid-answer', DEFAULT_DEADLINE_S, () => new RegExp(`^the answer to session\\.get from ${ORIGIN()} broke off before its end`)],
    ['invalid-json', DEFAULT_DEADLINE_S, () => /^session\.get \(POST .*\/invalid-json\/__sessionspec\/fixture\/session\.get\) answered HTTP 200 with a body that is not JSON/],
    ['redirect-loop', DEFAULT_DEADLINE_S, () => /^session\.get \(POST .*\) answered HTTP 302/],
  ]
  for (const [mode, deadlineS, message] of cases) {
    it(`${mode}: an error naming the cause, in bounded time and memory`, { timeout: VISIT_GUARD_MS }, async () => {
      const ended = await visitOnce(mode, deadlineS)
      assertError(ended, message())
      assertBounded(ended)
    })
  }

  it('thousand-set-cookies: the answer is read and the jar holds them, in bounded time and memory', { timeout: VISIT_GUARD_MS }, async () => {
    const ended = await visitOnce('thousand-set-cookies', DEFAULT_DEADLINE_S)
    assert.deepEqual(ended.answer, { found: false })
    assert.equal(ended.cookies, 1000)
    assertBounded(ended)
  })
})

describe('a hostile target, a whole run', () => {
  const work = mkdtempSync(join(tmpdir(), 'sessionspec-hostile-'))

  async function runAgainst(mode: Misbehaviour, limits = '') {
    const target = join(work, `${mode}.yaml`)
    writeFileSync(target, `name: ${mode}\nbaseUrl: ${server.origin}/${mode}\nprofiles: [core]\n${limits}`)
    const run = await measured([process.execPath, 'bin/sessionspec.mjs', 'run', '--target', target, '--reports', work, '--tags', '@id:COOK-SER-002'])
    const results = JSON.parse(readFileSync(join(work, mode, 'results.json'), 'utf8')) as ResultsFile
    return { ...run, scenarios: results.scenarios }
  }

  // A run that does not end is caught by the test's own timeout (a hang guard, generous for a
  // busy machine), not by a wall-time assertion: what each case asserts is its cause.
  it('a never-ending body is an error naming the cap, and the run ends', { timeout: RUN_GUARD_MS }, async () => {
    const run = await runAgainst('never-ending-body')
    assert.equal(run.code, 1)
    assert.deepEqual(run.scenarios.map((s) => [s.outcome, s.reason]), [['error', 'the answer to cookie.set exceeded 1 MiB']])
    assert.ok(run.peakMiB < PEAK_MIB, `the run peaked at ${Math.round(run.peakMiB)} MiB`)
  })

  it('a step that outlives its timeout is an error, and its download stops', { timeout: RUN_GUARD_MS }, async () => {
    // The target file allows a minute per answer and 2 s per step (limits.stepSeconds; 20 s when
    // not given), so the step timeout ends the step first: the reason names the step timeout, not
    // the answer limit, and the 256 MiB the target file allows is never read (the download stops
    // with the step).
    const run = await runAgainst('never-ending-body', 'limits:\n  answerSeconds: 60\n  answerBytes: 268435456\n  stepSeconds: 2\n')
    assert.equal(run.code, 1)
    assert.deepEqual(run.scenarios.map((s) => [s.outcome, s.reason]), [['error', 'a step did not finish within 2 s: the target answered too slowly']])
    assert.ok(run.peakMiB < PEAK_MIB, `the run peaked at ${Math.round(run.peakMiB)} MiB`)
  })
})
