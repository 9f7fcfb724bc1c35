import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { TargetError } from '../driver/target-error.js'
import type { Target } from '../target/types.js'
import type { LaunchContext } from './shared-resources.js'
import type { RunningServer } from './start-server.js'

interface InProcessModule {
  startInProcess(args: string[], env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>
}

/**
 * Starts a Node target inside this worker (its file's start.inProcess): the module's server on a
 * loopback port, reached through the same HTTP driver as a spawned one. It saves a Node process
 * start and the loading of the server's code for every worker; the behaviour is the same server's.
 */
export async function startInProcess(target: Target, context: LaunchContext): Promise<RunningServer> {
  const spec = target.start?.inProcess
  if (!spec) throw new Error(`internal error: ${target.file} has no start.inProcess`)
  const cwd = resolve(target.dir, target.start?.cwd ?? '.')
  const values = Object.entries({ ...context.placeholders, port: '0' })
  const fill = (s: string) => values.reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), s)
  // start.env is not given here: a target that has one is spawned (worker-runtime.ts).
  const env = { ...context.env }
  const file = isAbsolute(spec.module) ? spec.module : resolve(cwd, spec.module)
  let module: Partial<InProcessModule>
  try {
    module = await import(pathToFileURL(file).href) as Partial<InProcessModule>
  } catch (error) {
    throw new TargetError(`${target.file}: start.inProcess.module ${spec.module} cannot be loaded: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof module.startInProcess !== 'function') throw new TargetError(`${target.file}: start.inProcess.module ${spec.module} exports no startInProcess function`)
  try {
    const server = await module.startInProcess((spec.args ?? []).map(fill), env)
    const port = new URL(server.url).port
    return { baseUrl: target.baseUrl.replaceAll('{port}', port), stop: () => server.close() }
  } catch (error) {
    throw new TargetError(`${target.file}: the in-process server did not start: ${(error as Error).message.split('\n')[0]}`)
  }
}
