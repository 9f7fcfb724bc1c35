import { HttpDriver, type TargetDriver } from '../driver/http-driver.js'
import { TargetError } from '../driver/target-error.js'
import { prepareSharedResources, type LaunchContext } from '../launch/shared-resources.js'
import { startInProcess } from '../launch/start-in-process.js'
import { startTargetServer, type RunningServer } from '../launch/start-server.js'
import { loadTarget } from '../target/load-target.js'
import { isKeptForWholeRun } from './worker-lifetime.js'
import type { Target } from '../target/types.js'

/** What one test worker shares between its scenarios: the target, its server and the driver. */
export interface WorkerRuntime {
  target: Target
  driver: TargetDriver
  /** The server of the peer the target file names (target.peerTarget), started beside the target's. */
  peer?: TargetDriver
  stop(): Promise<void>
}

let runtime: Promise<WorkerRuntime> | undefined
let target: Promise<Target> | undefined

/** The target file comes from the run's world parameters (world-parameters.ts): one target per worker process. */
export function workerTarget(file: string): Promise<Target> {
  target ??= loadTarget(file)
  return target
}

/** The worker's target with its server started (once, on the first scenario that needs it). */
export function workerRuntime(file: string): Promise<WorkerRuntime> {
  runtime ??= open(file)
  return runtime
}

async function open(file: string): Promise<WorkerRuntime> {
  const target = await workerTarget(file)
  const resources = await prepareSharedResources(target.shared)
  const servers: RunningServer[] = []
  const stop = async () => {
    for (const server of servers.splice(0).reverse()) await server.stop()
    await resources.release()
  }
  try {
    // One after the other: with a shared store, each server may create its tables on start.
    const server = await startServer(target, resources.context)
    servers.push(server)
    const driver = new HttpDriver(target, server.baseUrl)
    if (!target.peerTarget) return { target, driver, stop }
    const peerServer = await startPeerServer(target.peerTarget, resources.context)
    servers.push(peerServer)
    return { target, driver, peer: new HttpDriver(target.peerTarget, peerServer.baseUrl), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function startPeerServer(peer: Target, context: LaunchContext): Promise<RunningServer> {
  try {
    return await startServer(peer, context)
  } catch (error) {
    if (!(error instanceof TargetError)) throw error
    throw new TargetError(`the peer ${peer.name} (${peer.file}): ${error.message}`)
  }
}

/**
 * A Node target that offers an in-process start (start.inProcess) runs inside the worker: the
 * same server on a loopback port, without a process to start. A target file that gives the
 * server environment variables of its own (start.env, e.g. a mutant switched on in the server
 * only) is spawned: a server inside the worker would share the worker's environment.
 * SESSIONSPEC_SPAWN=1 runs the start command in every case, as for any other server.
 */
function startServer(target: Target, context: LaunchContext): Promise<RunningServer> {
  const canRunInside = target.start?.inProcess !== undefined && target.start.env === undefined
  if (canRunInside && process.env.SESSIONSPEC_SPAWN !== '1') return startInProcess(target, context)
  return startTargetServer(target, context)
}

/** Stops the worker's servers at the end of a cucumber run, or (force) when a pool worker ends. */
export async function stopWorkerRuntime(options: { force?: boolean } = {}): Promise<void> {
  if (!runtime || (isKeptForWholeRun() && !options.force)) return
  const current = runtime
  runtime = undefined
  await (await current.catch(() => undefined))?.stop()
}
