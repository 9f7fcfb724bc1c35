// A Redis of the harness's own, for the store-outage scenarios (docs/security-catalogue.md RL-04,
// RL-05): started on a spare port (never 6379, which other engineers' runs share), taken down
// and brought back within one scenario, removed after it.
//
// Going down is `SHUTDOWN SAVE`, coming back a new redis-server on the same port and directory:
// a real outage (connections refused, the server process gone), but the data of before comes
// back, as from a Redis that persists to disk. Pausing the process (SIGSTOP) would keep the
// data too, but a paused Redis accepts connections and never answers: a client without a
// timeout (redis-py's default) would then hang instead of failing, which is another scenario.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './start-server.js'

/** Harness trouble: the harness's own Redis could not be started or stopped (an error, one line). */
export class OutageStoreTrouble extends Error {
  override get name(): string {
    return 'HarnessTrouble'
  }
}

const START_ATTEMPTS = 200
const ATTEMPT_GAP_MS = 25

/** Sends one inline command and resolves with the first reply line, or with '' when the connection ends first. */
function command(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port })
    let reply = ''
    socket.once('connect', () => socket.write(`${line}\r\n`))
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1')
      if (reply.includes('\r\n')) socket.end()
    })
    socket.once('close', () => resolve(reply.split('\r\n')[0] ?? ''))
    socket.once('error', reject)
  })
}

export class OutageRedis {
  #child: ChildProcess | undefined

  private constructor(readonly port: number, readonly directory: string) {}

  /** A redis:// URL of database 0, as the target's settings.set takes it. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`
  }

  static async start(): Promise<OutageRedis> {
    const directory = await mkdtemp(join(tmpdir(), 'sessionspec-outage-redis-'))
    const redis = new OutageRedis(await freePort(), directory)
    try {
      await redis.comeBack()
    } catch (error) {
      await rm(directory, { recursive: true, force: true })
      throw error
    }
    return redis
  }

  /** Starts redis-server on the port with the directory, and waits until it answers PING. */
  async comeBack(): Promise<void> {
    if (this.#child !== undefined) return
    // No automatic snapshots (only SHUTDOWN SAVE writes), no append-only file, nothing on stdout.
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.directory,
      '--save', '', '--appendonly', 'no', '--protected-mode', 'yes', '--loglevel', 'warning'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const failed = new Promise<string>((resolve) => {
      child.once('error', (error) => resolve(error.message))
      child.once('exit', (code) => resolve(`exited with status ${code}${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''}`))
    })
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      const outcome = await Promise.race([command(this.port, 'PING').catch(() => ''), failed.then((reason) => ({ reason }))])
      if (typeof outcome === 'object') throw new OutageStoreTrouble(`the harness's Redis on 127.0.0.1:${this.port} did not start: redis-server ${outcome.reason}`)
      if (outcome === '+PONG') {
        this.#child = child
        return
      }
      await new Promise((resolve) => setTimeout(resolve, ATTEMPT_GAP_MS))
    }
    child.kill('SIGKILL')
    throw new OutageStoreTrouble(`the harness's Redis on 127.0.0.1:${this.port} did not answer PING within ${(START_ATTEMPTS * ATTEMPT_GAP_MS) / 1000} s`)
  }

  /** SHUTDOWN SAVE: the data goes to the directory, the process ends, the port refuses connections. */
  async goDown(): Promise<void> {
    const child = this.#child
    if (child === undefined) return
    this.#child = undefined
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    if (child.exitCode === null && child.signalCode === null) {
      const reply = await command(this.port, 'SHUTDOWN SAVE').catch((error: Error) => error.message)
      // Redis answers nothing when it shuts down; an error reply means it refused to.
      if (reply.startsWith('-')) throw new OutageStoreTrouble(`the harness's Redis on 127.0.0.1:${this.port} refused SHUTDOWN SAVE: ${reply.slice(1)}`)
      await exited
    }
  }

  /** Ends the server without saving and removes its directory. */
  async remove(): Promise<void> {
    const child = this.#child
    this.#child = undefined
    if (child !== undefined && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGKILL')
      await exited
    }
    await rm(this.directory, { recursive: true, force: true })
  }
}
