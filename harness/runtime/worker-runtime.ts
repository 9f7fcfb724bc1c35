import { HttpDriver, type TargetDriver } from '../driver/http-driver.js'
import { startTargetServer, type RunningServer } from '../launch/start-server.js'
import { loadTarget } from '../target/load-target.js'
import type { Target } from '../target/types.js'

/** What one test worker shares between its scenarios: the target, its server and the driver. */
export interface WorkerRuntime {
  target: Target
  driver: TargetDriver
  stop(): Promise<void>
}

let runtime: Promise<WorkerRuntime> | undefined

/** The target file comes from SESSIONSPEC_TARGET, which the command line sets for every worker. */
export function workerRuntime(): Promise<WorkerRuntime> {
  runtime ??= open(process.env.SESSIONSPEC_TARGET ?? 'targets/reference.yaml')
  return runtime
}

async function open(file: string): Promise<WorkerRuntime> {
  const target = await loadTarget(file)
  const server: RunningServer = await startTargetServer(target)
  return { target, driver: new HttpDriver(target, server.baseUrl), stop: server.stop }
}

export async function stopWorkerRuntime(): Promise<void> {
  if (!runtime) return
  const current = runtime
  runtime = undefined
  await (await current.catch(() => undefined))?.stop()
}
