// What the harness's own stores for the store-outage scenarios share (outage-redis.ts,
// outage-memcached.ts): a one-line command over a plain socket, and starting a store process
// on a spare port and waiting until it answers there.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { freePort } from './start-server.js'

/** Harness trouble: a store of the harness's own could not be started or stopped (an error, one line). */
export class OutageStoreTrouble extends Error {
  override get name(): string {
    return 'HarnessTrouble'
  }
}

const START_ATTEMPTS = 200
const ATTEMPT_GAP_MS = 25

/** Sends one command line and resolves with the whole reply once `isComplete` says it has come
 * (or with what came when the connection ends first). */
function exchange(port: number, line: string, isComplete: (reply: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port })
    let reply = ''
    socket.once('connect', () => socket.write(`${line}\r\n`))
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1')
      if (isComplete(reply)) socket.end()
    })
    socket.once('close', () => resolve(reply))
    socket.once('error', reject)
  })
}

/** Sends one inline command and resolves with the first reply line, or with '' when the connection ends first. */
export async function command(port: number, line: string): Promise<string> {
  const reply = await exchange(port, line, (text) => text.includes('\r\n'))
  return reply.split('\r\n')[0] ?? ''
}

/** Sends one command line and answers the lines of the reply up to the line `last` (left out).
 * Some replies separate their lines with a bare LF (memcached's metadump) and end with CRLF. */
export async function commandLines(port: number, line: string, last: string): Promise<string[]> {
  // An error line instead of the answer ends it too (memcached keeps the connection open after one;
  // its crawler answers BADCLASS for a class list it cannot read and BUSY while it crawls).
  const reply = await exchange(port, line, (text) => text === `${last}\r\n` || text.endsWith(`\n${last}\r\n`) || /^(?:CLIENT_ERROR|SERVER_ERROR|ERROR|BADCLASS|BUSY)\b[^\n]*\r\n$/.test(text))
  const lines = reply.split(/\r?\n/)
  const end = lines.indexOf(last)
  if (end < 0) throw new OutageStoreTrouble(`the store on port ${port} ended its answer to "${line}" before "${last}"`)
  return lines.slice(0, end)
}

/** A store of the harness's own that a scenario takes down and brings back (OutageRedis, OutageMemcached). */
export interface OutageStore {
  readonly port: number
  goDown(): Promise<void>
  comeBack(): Promise<void>
  /** Pauses it: connections are accepted and nothing is answered, until comeBack. */
  stopAnswering(): Promise<void>
  /** Ends it for good, after the scenario. */
  remove(): Promise<void>
}

export interface StoreProcess {
  /** "the harness's Redis", for messages. */
  name: string
  port: number
  program: string
  args: string[]
  /** The command that tells the store answers, and the start of its answer. */
  probe: string
  answer: string
}

/** Starts the store's program and waits until it answers the probe on its port. */
export async function startStoreProcess(store: StoreProcess): Promise<ChildProcess> {
  const { name, port, program, args, probe, answer } = store
  const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const failed = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(error.message))
    child.once('exit', (code) => resolve(`exited with status ${code}${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''}`))
  })
  for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
    const outcome = await Promise.race([command(port, probe).catch(() => ''), failed.then((reason) => ({ reason }))])
    if (typeof outcome === 'object') throw new OutageStoreTrouble(`${name} on 127.0.0.1:${port} did not start: ${program} ${outcome.reason}`)
    if (outcome.startsWith(answer)) return child
    await new Promise((resolve) => setTimeout(resolve, ATTEMPT_GAP_MS))
  }
  child.kill('SIGKILL')
  throw new OutageStoreTrouble(`${name} on 127.0.0.1:${port} did not answer ${probe} within ${(START_ATTEMPTS * ATTEMPT_GAP_MS) / 1000} s`)
}

/** Below this port no range of the kernel's own picks starts on any system this runs on (Linux's default is 32768). */
const LOWEST_EPHEMERAL_FLOOR = 10_000
const PORT_TRIES = 50

/** The first port of the range the kernel hands out to client sockets and to listen(0), or undefined off Linux. */
function ephemeralRangeStart(): number | undefined {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0])
    return Number.isInteger(low) ? low : undefined
  } catch {
    return undefined
  }
}

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

/**
 * A free port for a store that goes down and comes back on it. A port the kernel picked (freePort)
 * is in its ephemeral range, which it also hands to every client socket on the machine: while the
 * store is down, another process's connection could take the port as its own end, and the store
 * could not come back. So the port is drawn below that range, at random, and checked free; off
 * Linux it is the kernel's pick.
 */
export async function restartablePort(): Promise<number> {
  const start = ephemeralRangeStart()
  if (start === undefined || start <= LOWEST_EPHEMERAL_FLOOR + 1000) return freePort()
  for (let attempt = 0; attempt < PORT_TRIES; attempt++) {
    const port = LOWEST_EPHEMERAL_FLOOR + Math.floor(Math.random() * (start - LOWEST_EPHEMERAL_FLOOR))
    if (await listenable(port)) return port
  }
  throw new OutageStoreTrouble(`no free port below ${start} for a store of the harness's own after ${PORT_TRIES} tries`)
}

/** Resolves once the process has ended (at once when it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise<void>((resolve) => child.once('exit', () => resolve()))
}

/** How long a paused store's threads may take to stop before the scenario ends in an error. */
const STOP_DEADLINE_MS = 5000

/**
 * Pauses a store's process (SIGSTOP): connections are accepted and nothing is answered. kill()
 * only sends the signal, and a thread running on the other core can still answer a request before
 * it stops (a fresh clone's CI saw SESS-OUT-022's change stored, 200, under load), so this
 * resolves once every thread of the process is stopped.
 */
export async function pauseProcess(child: ChildProcess, name: string): Promise<void> {
  child.kill('SIGSTOP')
  if (child.pid !== undefined) await allThreadsStopped(child.pid, name)
}

/**
 * Waits until every thread of the process is in the stopped state ("T" in /proc/<pid>/task/<tid>/stat).
 * Without /proc (not Linux) there is nothing to read and it returns at once.
 */
async function allThreadsStopped(pid: number, name: string): Promise<void> {
  const deadline = performance.now() + STOP_DEADLINE_MS
  for (;;) {
    let tasks: string[]
    try {
      tasks = await readdir(`/proc/${pid}/task`)
    } catch {
      return
    }
    const states = await Promise.all(tasks.map((tid) => readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').then(threadState, () => 'T')))
    if (states.every((state) => state === 'T' || state === 't')) return
    if (performance.now() > deadline) throw new OutageStoreTrouble(`${name} (pid ${pid}) did not stop within ${STOP_DEADLINE_MS / 1000} s of SIGSTOP`)
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** The state letter of a /proc stat line: the field after the command name in parentheses. */
function threadState(stat: string): string {
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
}
