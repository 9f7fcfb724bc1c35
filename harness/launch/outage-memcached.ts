// A memcached of the harness's own, for the store-outage scenarios of the cache engine on
// memcached (docs/security-catalogue.md RL-04, RL-05, RL-13): started on a spare port (never
// 11211, which other engineers' runs share), taken down and brought back within one scenario,
// removed after it.
//
// Going down ends the process (SIGKILL: connections are refused); coming back starts a new
// memcached on the same port. memcached keeps its items in memory only, so it comes back empty,
// as a real memcached does after a restart. Stopping answering pauses the process (SIGSTOP): the
// kernel still accepts connections, and a request waits for the client's own timeout.
import type { ChildProcess } from 'node:child_process'
import { command, commandLines, exited, pauseProcess, restartablePort, startStoreProcess } from './outage-store.js'

/** How many times secondsToLive asks for the crawler's dump before it says the key is not there. */
const METADUMP_ATTEMPTS = 5

export class OutageMemcached {
  #child: ChildProcess | undefined
  #paused = false

  private constructor(readonly port: number) {}

  /** host:port, as the target's settings.set takes it (memcachedServers). */
  get servers(): string {
    return `127.0.0.1:${this.port}`
  }

  static async start(): Promise<OutageMemcached> {
    const memcached = new OutageMemcached(await restartablePort())
    await memcached.comeBack()
    return memcached
  }

  /** Starts memcached on the port (TCP only, 16 MB), and waits until it answers "version". */
  async comeBack(): Promise<void> {
    if (this.#paused) {
      this.#child?.kill('SIGCONT')
      this.#paused = false
    }
    if (this.#child !== undefined) return
    // -u: memcached refuses to run as root without a user to run as; the harness's own user.
    const user = process.getuid?.() === 0 ? ['-u', 'root'] : []
    this.#child = await startStoreProcess({
      name: "the harness's memcached", port: this.port, program: 'memcached', probe: 'version', answer: 'VERSION ',
      args: [...user, '-p', String(this.port), '-l', '127.0.0.1', '-U', '0', '-m', '16'],
    })
  }

  /** Pauses the process (SIGSTOP, outage-store.ts pauseProcess) until comeBack. */
  async stopAnswering(): Promise<void> {
    const child = this.#child
    if (child === undefined || this.#paused) return
    this.#paused = true
    await pauseProcess(child, "the harness's memcached")
  }

  /**
   * The seconds this memcached still keeps the one key that ends with `suffix`, on its own clock
   * (-1: it never expires), or undefined when no key or several end with it. The keys come from
   * the LRU crawler's metadump (URL-encoded), the time to live from a meta get.
   */
  async secondsToLive(suffix: string): Promise<number | undefined> {
    // The crawler walking the LRUs ("all") may pass over an item it finds locked or being moved
    // between LRUs, which CI saw once under load (SESS-OUT-027:2 against Django 5.2); walking the
    // hash table ("hash", memcached 1.6.10 and later) does not. An older memcached refuses "hash"
    // and is walked by its LRUs. A dump that names no such key, or a crawler that answers BUSY, is
    // asked again, a few times; a dump that fails every time is the harness's trouble, not a verdict.
    let keys: string[] = []
    let trouble: unknown
    for (let attempt = 0; attempt < METADUMP_ATTEMPTS && keys.length === 0; attempt += 1) {
      try {
        const dump = await commandLines(this.port, 'lru_crawler metadump hash', 'END')
          .catch(() => commandLines(this.port, 'lru_crawler metadump all', 'END'))
        trouble = undefined
        keys = dump.map((line) => /^key=(\S+)/.exec(line)?.[1]).filter((key) => key !== undefined)
          .map((key) => decodeURIComponent(key)).filter((key) => key.endsWith(suffix))
      } catch (error) {
        trouble = error
      }
    }
    if (keys.length === 0 && trouble !== undefined) throw trouble
    if (keys.length !== 1) return undefined
    const ttl = /^HD t(-?\d+)$/.exec(await command(this.port, `mg ${keys[0]} t`))?.[1]
    return ttl === undefined ? undefined : Number(ttl)
  }

  /** Ends the process: the port refuses connections, and what it held is gone. */
  async goDown(): Promise<void> {
    const child = this.#child
    if (child === undefined) return
    this.#child = undefined
    const ended = exited(child)
    // SIGKILL, a crash: memcached takes up to a second (its clock's tick) to end on SIGTERM, which
    // every scenario would wait out; a paused process ends on SIGKILL too.
    child.kill('SIGKILL')
    this.#paused = false
    await ended
  }

  async remove(): Promise<void> {
    const child = this.#child
    this.#child = undefined
    if (child === undefined) return
    const ended = exited(child)
    child.kill('SIGKILL')
    await ended
  }
}
