// One worker of `sessionspec run`: a process that loads the step definitions and starts the
// target's server once, then runs the units of work the run command hands it, pass after pass,
// each as an in-process cucumber run. Started by worker-pool.ts with an IPC channel.
// First: cucumber-expressions must find the native exec when it loads (native-match-indices.ts).
import './native-match-indices.js'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api'
import type { Envelope } from '@cucumber/messages'
import { scenariosFromEnvelopes } from '../results/read-cucumber-envelopes.js'
import { userStepFiles, type FromWorker, type ToWorker, type WorkUnit } from './pool-protocol.js'
import { closeWorkerBrowser } from '../agent/browser.js'
import { keepForWholeRun } from './worker-lifetime.js'
import { namedByOneFile } from './loaded-support.js'
import { stopWorkerRuntime, workerRuntime } from './worker-runtime.js'
import { DEFAULT_TARGET_FILE, worldParameters } from './world-parameters.js'

const send = (message: FromWorker) => new Promise<void>((done) => process.send!(message, () => done()))

// Cucumber's own output is not wanted: the run command prints progress from the results.
const silent = new Writable({ write: (_chunk, _encoding, done) => done() })
const environment = { cwd: process.cwd(), stdout: silent }

keepForWholeRun()
/** The target file, the one argument worker-pool.ts forks this worker with. */
const targetFile = process.argv[2] ?? DEFAULT_TARGET_FILE
// The server starts while the step definitions load; a failure shows in each scenario's Before hook.
workerRuntime(targetFile).catch(() => undefined)
const { runConfiguration } = await loadConfiguration({ file: 'cucumber.mjs', provided: { paths: [], parallel: 0, format: [], import: userStepFiles() } }, environment)
// A step file that cannot be imported (most often one of the user's, --import) ends the run with
// its one-line cause rather than a stack trace and "exited before it was ready".
const support = await loadSupport(runConfiguration, environment).catch(async (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'ERR_UNKNOWN_FILE_EXTENSION' ? '; step files in TypeScript need a loader, e.g. NODE_OPTIONS="--import tsx"' : ''
  await send({ type: 'broken', message: `the step definitions could not be loaded: ${String(error.message).split('\n')[0]}${hint}` })
  process.exit(1)
})

const loadedSupport = namedByOneFile(support, fileURLToPath(import.meta.url))

async function run(unit: WorkUnit): Promise<FromWorker> {
  const envelopes: Envelope[] = []
  await runCucumber({
    ...runConfiguration,
    sources: { ...runConfiguration.sources, paths: oneFileWithLines(unit.paths), tagExpression: '' },
    // The Before hook reads the target and the pass's engine and storage from the World's parameters.
    runtime: { ...runConfiguration.runtime, worldParameters: worldParameters(targetFile, unit) },
    support: loadedSupport,
    formats: { ...runConfiguration.formats, files: {} },
  }, environment, (envelope) => envelopes.push(envelope))
  const scenarios = scenariosFromEnvelopes(envelopes, { engine: unit.engine, storage: unit.storage })
  // Each path names one scenario the run command found; one that did not run is a harness fault.
  if (scenarios.length !== unit.paths.length) {
    return { type: 'broken', message: `cucumber ran ${scenarios.length} of the ${unit.paths.length} scenarios given, from ${unit.paths[0]}` }
  }
  return { type: 'done', scenarios }
}

/**
 * A unit's scenarios all come from one feature file ("file:line" each): cucumber takes them as
 * one "file:line:line..." path, which it resolves once rather than once per scenario.
 */
function oneFileWithLines(paths: string[]): string[] {
  const file = paths[0].slice(0, paths[0].lastIndexOf(':'))
  if (!paths.every((path) => path.slice(0, path.lastIndexOf(':')) === file)) return paths
  return [`${file}:${paths.map((path) => path.slice(path.lastIndexOf(':') + 1)).join(':')}`]
}

// The run command that forked this worker is gone (killed, or its output closed under it): no
// unit or stop will come again, so the servers are stopped and the worker ends instead of lingering
// with its server, browser and store connections.
process.on('disconnect', () => {
  void Promise.allSettled([closeWorkerBrowser(), stopWorkerRuntime({ force: true })]).finally(() => process.exit(1))
})

process.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    void Promise.allSettled([closeWorkerBrowser(), stopWorkerRuntime({ force: true })]).finally(() => process.exit(0))
    return
  }
  run(message.unit)
    .catch((error: unknown): FromWorker => ({ type: 'broken', message: (error as Error).message.split('\n')[0] }))
    .then(send)
})
await send({ type: 'ready' })
