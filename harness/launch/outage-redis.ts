// A Redis of the harness's own, for the store-outage scenarios (docs/security-catalogue.md RL-04,
// RL-05): started on a spare port (never 6379, which other engineers' runs share), taken down
// and brought back within one scenario, removed after it.
//
// Going down is `SHUTDOWN SAVE`, coming back a new redis-server on the same port and directory:
// a real outage (connections refused, the server process gone), but the data of before comes
// back, as from a Redis that persists to disk.
//
// Stopping answering is the other outage: a Redis that accepts connections and never answers,
// as a frozen process does (the kernel still accepts on its port). Either the running Redis is
// paused (SIGSTOP: the connection a client holds stays open and its commands wait), or, once it
// has gone down, the port is taken by a listener that accepts and never answers (a Redis that
// came back frozen: a client that reconnects gets a connection and never a reply).
import { execFile, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { command, exited, OutageStoreTrouble, pauseProcess, restartablePort, startStoreProcess } from './outage-store.js'

export { OutageStoreTrouble }

export class OutageRedis {
  #child: ChildProcess | undefined
  #paused = false
  /** The listener that holds the port while this Redis is down and "came back frozen". */
  #silent: { server: Server; sockets: Set<Socket> } | undefined

  private constructor(readonly port: number, readonly directory: string) {}

  /** A redis:// URL of database 0, as the target's settings.set takes it. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`
  }

  static async start(): Promise<OutageRedis> {
    const directory = await mkdtemp(join(tmpdir(), 'sessionspec-outage-redis-'))
    const redis = new OutageRedis(await restartablePort(), directory)
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
    if (this.#paused) {
      this.#child?.kill('SIGCONT')
      this.#paused = false
    }
    if (this.#child !== undefined) return
    await this.#closeSilent()
    // No automatic snapshots (only SHUTDOWN SAVE writes), no append-only file, nothing on stdout.
    this.#child = await startStoreProcess({
      name: "the harness's Redis", port: this.port, program: 'redis-server', probe: 'PING', answer: '+PONG',
      args: ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.directory, '--save', '', '--appendonly', 'no',
        '--protected-mode', 'yes', '--loglevel', 'warning'],
    })
  }

  /**
   * Puts a Redis list (of one item, "x") where the value of the one key ending with `suffix` was,
   * as any program that can write to the Redis could: this Redis holds one scenario's data, so
   * the key that ends with a session key is that session's, whatever prefix the server gives it.
   * Answers false when no key or several end with it.
   */
  async replaceWithList(suffix: string): Promise<boolean> {
    const keys = await this.#keysEndingWith(suffix)
    if (keys.length !== 1) return false
    await this.#cli('DEL', keys[0]!)
    await this.#cli('RPUSH', keys[0]!, 'x')
    return true
  }

  /**
   * The seconds this Redis still keeps the one key that ends with `suffix` (TTL, on Redis's own
   * clock), or undefined when no key or several end with it, or it never expires.
   */
  async secondsToLive(suffix: string): Promise<number | undefined> {
    const keys = await this.#keysEndingWith(suffix)
    if (keys.length !== 1) return undefined
    const ttl = Number((await this.#cli('TTL', keys[0]!)).trim())
    return ttl >= 0 ? ttl : undefined
  }

  async #keysEndingWith(suffix: string): Promise<string[]> {
    return (await this.#cli('--scan', '--pattern', `*${suffix.replace(/[\\*?[\]]/g, '\\$&')}`)).split('\n').filter(Boolean)
  }

  async #cli(...args: string[]): Promise<string> {
    const { stdout } = await promisify(execFile)('redis-cli', ['-h', '127.0.0.1', '-p', String(this.port), ...args])
    return stdout
  }

  /** Pauses the process (SIGSTOP): connections are accepted and nothing is answered, until comeBack. */
  async stopAnswering(): Promise<void> {
    const child = this.#child
    if (child === undefined || this.#paused) return
    this.#paused = true
    await pauseProcess(child, "the harness's Redis")
  }

  /**
   * After goDown: the port accepts connections again and answers nothing, as a Redis that came
   * back frozen would. The data saved at goDown comes back with the real Redis (comeBack).
   */
  async comeBackFrozen(): Promise<void> {
    if (this.#child !== undefined) throw new OutageStoreTrouble(`the harness's Redis on 127.0.0.1:${this.port} is up: it must go down before it comes back frozen`)
    if (this.#silent !== undefined) return
    const sockets = new Set<Socket>()
    const server = createServer((socket) => {
      sockets.add(socket)
      socket.on('error', () => {})
      socket.once('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) => reject(new OutageStoreTrouble(`the harness could not listen on 127.0.0.1:${this.port} in place of its Redis: ${error.message}`)))
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.#silent = { server, sockets }
  }

  async #closeSilent(): Promise<void> {
    const silent = this.#silent
    if (silent === undefined) return
    this.#silent = undefined
    for (const socket of silent.sockets) socket.destroy()
    await new Promise<void>((resolve) => silent.server.close(() => resolve()))
  }

  /** SHUTDOWN SAVE: the data goes to the directory, the process ends, the port refuses connections. */
  async goDown(): Promise<void> {
    const child = this.#child
    if (child === undefined) return
    if (this.#paused) {
      child.kill('SIGCONT')
      this.#paused = false
    }
    this.#child = undefined
    const ended = exited(child)
    if (child.exitCode === null && child.signalCode === null) {
      const reply = await command(this.port, 'SHUTDOWN SAVE').catch((error: Error) => error.message)
      // Redis answers nothing when it shuts down; an error reply means it refused to.
      if (reply.startsWith('-')) throw new OutageStoreTrouble(`the harness's Redis on 127.0.0.1:${this.port} refused SHUTDOWN SAVE: ${reply.slice(1)}`)
      await ended
    }
  }

  /** Ends the server without saving and removes its directory. */
  async remove(): Promise<void> {
    await this.#closeSilent()
    const child = this.#child
    this.#child = undefined
    this.#paused = false
    if (child !== undefined) {
      const ended = exited(child)
      child.kill('SIGKILL')
      await ended
    }
    await rm(this.directory, { recursive: true, force: true })
  }
}
