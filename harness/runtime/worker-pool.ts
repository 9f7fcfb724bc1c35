import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ExecutedScenario } from '../results/read-cucumber-envelopes.js'
import type { FromWorker, ToWorker, WorkUnit } from './pool-protocol.js'

// Compiled (dist/, the package) or TypeScript through tsx (a checkout): the worker is whichever
// this module is.
const SELF = fileURLToPath(import.meta.url)
const COMPILED = SELF.endsWith('.js')
const WORKER = fileURLToPath(new URL(COMPILED ? './pool-worker.js' : './pool-worker.ts', import.meta.url))
const LOADER_ARGS = COMPILED ? [] : ['--import', 'tsx']

export interface PoolOptions {
  workers: number
  /** The target file (absolute), handed to each worker as its argument. */
  targetFile: string
  /** The package root: cucumber.mjs and the step definitions are found from there. */
  cwd: string
  /** Called with each unit's scenarios as they arrive (progress). */
  onScenarios?: (scenarios: ExecutedScenario[]) => void
}

/**
 * Runs units of work on a few long-lived worker processes (pool-worker.ts), each keeping its
 * step definitions and its server for the whole run: one process start per worker rather than
 * one per worker and pass. A worker takes the next unit when it finishes one, so the longest
 * units should come first. A worker that breaks ends the run with its one-line cause.
 */
export async function runOnPool(units: WorkUnit[], options: PoolOptions): Promise<ExecutedScenario[]> {
  const queue = [...units]
  const results: ExecutedScenario[][] = []
  const count = Math.max(1, Math.min(options.workers, units.length))
  const children: ChildProcess[] = []
  try {
    await Promise.all(Array.from({ length: count }, () => {
      const child = fork(WORKER, [options.targetFile], { cwd: options.cwd, execArgv: [...LOADER_ARGS, ...(process.env.SESSIONSPEC_WORKER_ARGS?.split(' ').filter(Boolean) ?? [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      children.push(child)
      return drive(child, queue, (scenarios) => {
        results.push(scenarios)
        options.onScenarios?.(scenarios)
      })
    }))
  } finally {
    await Promise.all(children.map(stop))
  }
  return results.flat()
}

/** Feeds one worker units from the shared queue until it is empty. */
function drive(child: ChildProcess, queue: WorkUnit[], onDone: (scenarios: ExecutedScenario[]) => void): Promise<void> {
  return new Promise((done, fail) => {
    let current: WorkUnit | undefined
    const next = () => {
      current = queue.shift()
      if (current === undefined) {
        child.off('exit', onExit)
        done()
        return
      }
      // A worker that has just ended cannot take it: its exit (onExit) says why, not the send.
      child.send({ type: 'run', unit: current } satisfies ToWorker, ignoreClosedChannel)
    }
    const onExit = (code: number | null, signal: string | null) => {
      const doing = current ? ` while running the ${current.pass} pass (${current.paths[0]}...)` : ' before it was ready'
      fail(new Error(`a test worker exited (${signal ?? `code ${code}`})${doing}`))
    }
    child.on('message', (message: FromWorker) => {
      if (message.type === 'broken') {
        child.off('exit', onExit)
        fail(new Error(`a test worker could not ${current ? `run the ${current.pass} pass` : 'start'}: ${message.message}`))
        return
      }
      if (message.type === 'done') onDone(message.scenarios)
      next()
    })
    child.once('exit', onExit)
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', () => {
      clearTimeout(force)
      done()
    })
    // A worker that is ending on its own (one that reported its step files broken) may close its
    // channel between the check and the send: without a callback, that send's error would be an
    // 'error' event no one listens to, and it would end the run command with exit code 1.
    if (child.connected) child.send({ type: 'stop' } satisfies ToWorker, ignoreClosedChannel)
    else child.kill('SIGTERM')
  })
}

/** A send to a worker whose channel has closed: its exit is awaited (and reported) elsewhere. */
function ignoreClosedChannel(): void {}
