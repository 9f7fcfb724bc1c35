import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import type { Target } from '../target/types.js'
import { TargetError } from '../driver/target-error.js'
import { prepareSharedResources, type LaunchContext } from './shared-resources.js'

export interface RunningServer {
  baseUrl: string
  stop(): Promise<void>
}

/** Finds a port nobody listens on, by letting the kernel pick one. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

/**
 * Starts the target's server with the command of its target file and waits until it answers,
 * or reaches the baseUrl as it is when the file has no start command. `{port}` in the command,
 * the baseUrl and env values is the free port; the context's placeholders are filled the same way.
 * Without a context (a server started alone, as doctor and check do) the server gets the
 * resources of its file's `shared` for itself, removed when it stops.
 */
export async function startTargetServer(target: Target, context?: LaunchContext): Promise<RunningServer> {
  if (!target.start) return { baseUrl: target.baseUrl, stop: async () => {} }
  if (context === undefined) return startWithOwnResources(target)
  const port = String(await freePort())
  const values = Object.entries({ ...context.placeholders, port })
  const fill = (s: string) => values.reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), s)
  const baseUrl = fill(target.baseUrl)
  const [program, ...args] = target.start.command.map(fill)
  const ownEnv = Object.fromEntries(Object.entries(target.start.env ?? {}).map(([name, value]) => [name, fill(value)]))
  const child = spawn(program, args, {
    cwd: resolve(target.dir, target.start.cwd ?? '.'),
    env: { ...process.env, ...context.env, ...ownEnv, SESSIONSPEC_PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean))
    output.splice(0, output.length - 40)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const command = target.start.command.join(' ')
  const readyUrl = baseUrl.replace(/\/$/, '') + (target.start.readyPath ?? `${target.fixturePrefix}/`)
  try {
    const pattern = new RegExp(target.start.readyPattern ?? 'listening on', 'i')
    await waitUntilReady(child, command, readyUrl, pattern, (target.start.timeoutSeconds ?? 30) * 1000, output)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return { baseUrl, stop: () => stopChild(child) }
}

async function startWithOwnResources(target: Target): Promise<RunningServer> {
  const resources = await prepareSharedResources(target.shared)
  try {
    const server = await startTargetServer(target, resources.context)
    return { baseUrl: server.baseUrl, stop: () => server.stop().finally(() => resources.release()) }
  } catch (error) {
    await resources.release()
    throw error
  }
}

/**
 * Ready means: the server printed its ready line (start.readyPattern, default "listening on")
 * and then answered at readyPath. No polling on a timer: the child's own output drives it.
 */
function waitUntilReady(child: ChildProcess, command: string, url: string, pattern: RegExp, timeoutMs: number, output: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const finish = (error?: Error) => {
      child.stdout?.off('data', onOutput)
      child.stderr?.off('data', onOutput)
      child.off('exit', onExit)
      child.off('error', onSpawnError)
      deadline.removeEventListener('abort', onTimeout)
      if (error) fail(error)
      else done()
    }
    // A pipe may hand the ready line over in two chunks: match on what came lately, once.
    let recent = ''
    let seen = false
    const onOutput = (chunk: Buffer) => {
      recent = (recent + chunk.toString()).slice(-4096)
      if (seen || !pattern.test(recent)) return
      seen = true
      fetch(url, { signal: AbortSignal.timeout(5000) })
        .then((res) => finish(res.ok ? undefined : new TargetError(`the target's server printed its ready line but ${url} answered HTTP ${res.status}`)))
        .catch((error: Error) => finish(new TargetError(`the target's server printed its ready line but cannot be reached at ${url}: ${error.message}`)))
    }
    const onExit = (code: number | null, signal: string | null) => {
      const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`
      finish(new TargetError(`the target's start command (${command}) ${how} before it was ready: ${causeLine(output)}`))
    }
    // Spawning fails (ENOENT, EACCES) without an exit: without this listener Node throws it.
    const onSpawnError = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : error.message
      finish(new TargetError(`the target's start command cannot run: ${command.split(' ')[0]}: ${why} (start.command in the target file)`))
    }
    const onTimeout = () => finish(new TargetError(`the target's server was not ready at ${url} within ${timeoutMs / 1000} s (waiting for output matching ${pattern}): ${causeLine(output)}`))
    child.stdout?.on('data', onOutput)
    child.stderr?.on('data', onOutput)
    child.once('exit', onExit)
    child.once('error', onSpawnError)
    deadline.addEventListener('abort', onTimeout)
  })
}

/**
 * The line of a server's output that names why it stopped. Runtimes print the cause first and
 * their own banner last (Node ends with "Node.js v20.x", Python's traceback with the error), so
 * the last line that looks like an error wins over the last line.
 */
export function causeLine(output: readonly string[]): string {
  const lines = [...output].reverse()
  // "Error [ERR_MODULE_NOT_FOUND]: Cannot find package …", "ModuleNotFoundError: No module named …"
  const named = lines.find((line) => /^\s*[\w.]*(Error|Exception)\b[^:]*: \S/.test(line))
  const cause = named ?? lines.find((line) => /\b(ERR_[A-Z_]+|error:|fatal|panic:|cannot|not found)/i.test(line))
  const line = (cause ?? output.at(-1) ?? 'no output').trim()
  return line.length > 240 ? `${line.slice(0, 240)}…` : line
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = AbortSignal.timeout(5000)
    const kill = () => child.kill('SIGKILL')
    force.addEventListener('abort', kill)
    child.once('exit', () => { force.removeEventListener('abort', kill); done() })
    child.kill('SIGTERM')
  })
}
