// The reference server started inside the test worker (targets/reference.yaml, start.inProcess),
// and the worker pool that keeps it for a whole run.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { startInProcess } from '../harness/launch/start-in-process.js'
import { EMPTY_LAUNCH_CONTEXT } from '../harness/launch/shared-resources.js'
import { loadTarget } from '../harness/target/load-target.js'
import type { Target } from '../harness/target/types.js'
import { runOnPool } from '../harness/runtime/worker-pool.js'
import { PACKAGE_ROOT } from '../lib/package-root.js'

const ROOT = PACKAGE_ROOT

describe('the in-process start of the reference server', () => {
  it('answers the fixture API at the baseUrl it reports, with the control API of its args', async () => {
    const target = await loadTarget('targets/reference.yaml')
    const server = await startInProcess(target, EMPTY_LAUNCH_CONTEXT)
    try {
      assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/)
      assert.doesNotMatch(server.baseUrl, /:0$/)
      const index = await (await fetch(`${server.baseUrl}/__sessionspec`)).json() as { operations: string[] }
      assert.ok(index.operations.includes('session.set'))
      assert.ok(index.operations.includes('clock.set'), 'the --control flag of start.inProcess.args reaches the server')
    } finally {
      await server.stop()
    }
  })

  it('names a module that exports no startInProcess, in one line', async () => {
    const target = await loadTarget('targets/reference.yaml')
    const broken: Target = { ...target, start: { ...target.start!, inProcess: { module: 'bin/checkout-build.mjs' } } }
    await assert.rejects(startInProcess(broken, EMPTY_LAUNCH_CONTEXT), {
      name: 'TargetError',
      message: /start\.inProcess\.module bin\/checkout-build\.mjs exports no startInProcess function$/,
    })
  })
})

describe('the worker pool', () => {
  it('ends its workers when the run command is killed', { timeout: 60_000 }, async () => {
    const run = spawn(process.execPath, ['bin/sessionspec.mjs', 'run', '--target', 'targets/reference.yaml', '--reports', mkdtempSync(join(tmpdir(), 'sessionspec-orphans-')), 'features/cookies'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
    // The first scenario's mark shows the workers are running units.
    await new Promise<void>((resolve) => run.stdout.on('data', (chunk: Buffer) => { if (/: \./.test(chunk.toString()) || /^\.+$/.test(chunk.toString())) resolve() }))
    // Its other children (esbuild's service, when the checkout's JavaScript is rebuilt) are not workers.
    const workers = childrenOf(run.pid!).filter((pid) => commandLine(pid).includes('pool-worker'))
    assert.equal(workers.length, 2, 'two pool workers')
    // The workers write to the run command's standard output, so the pipe closes only once every
    // one of them has ended as well: a worker that lingers holds it open until the test's timeout.
    const closed = new Promise<void>((resolve) => run.stdout.once('close', () => resolve()))
    run.stdout.resume()
    run.kill('SIGKILL')
    await closed
    for (const pid of workers) assert.equal(isAlive(pid), false, `worker ${pid} outlived the run command`)
  })


  it('ends the run with a one-line cause when a worker cannot run a unit', async () => {
    const unit = { pass: 'shared', paths: [`${ROOT}features/no-such-area/missing.feature:3`] }
    await assert.rejects(runOnPool([unit], { workers: 1, cwd: ROOT, targetFile: `${ROOT}targets/reference.yaml` }), (error: Error) => {
      assert.match(error.message, /^a test worker could not run the shared pass: /)
      assert.doesNotMatch(error.message, /\n/)
      return true
    })
  })
})

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(name)] : []
    } catch {
      return []
    }
  })
}

/** The process's command line, or '' once it has ended. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

/** Running, not ended: an ended process whose new parent has not reaped it yet is a zombie ("Z"). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}
