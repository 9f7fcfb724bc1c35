// The live session configuration of one reference server: its current settings, the engine
// they select, and the start-up values `reset` returns to. Engines are kept once created, so
// switching back and forth keeps their records and connections until the server closes.
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SessionEngine } from './engine.js'
import { createEngine, DEFAULT_STORE_ADDRESSES, dropLocalStore, type StoreAddresses } from './engines/index.js'
import { storeMisconfigured } from './engines/store-errors.js'
import type { SecurityLog, SessionKeySource } from './serialization.js'
import { writeLogLine } from '../log-sink.js'
import { newSessionKey } from './session-keys.js'
import { DJANGO_SESSION_DEFAULTS, type SessionSettings } from './settings.js'

export interface SessionRuntimeOptions {
  /** The secret key of the moment (the control API may switch it); engines read it at each save and load. */
  secretKey: () => string
  /** SECRET_KEY_FALLBACKS of the moment (034): former keys an engine still reads with. */
  secretKeyFallbacks?: () => readonly string[]
  /** Start-up settings; anything not given is Django's default. */
  settings?: Partial<SessionSettings>
  stores?: Partial<StoreAddresses>
  log?: SecurityLog
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}

/** store-outage: a Redis (redisUrl) or memcached (memcachedServers) that settings.set named in
 * place of the start-up one; null returns to the start-up one. */
export type StoresGiven = Partial<Record<GivenStore, string | null>>
export type GivenStore = 'redisUrl' | 'memcachedServers'
/** The store each given address replaces. */
export const GIVEN_STORES: Readonly<Record<string, GivenStore>> = { redis: 'redisUrl', memcached: 'memcachedServers' }

/**
 * The instance an engine's settings select; the file engine also depends on the cookie name and
 * age. Not the secret key: as in Django, a change of key keeps the store, and what the former key
 * signed then reads as empty (or, while that key is a fallback, as it was).
 */
function instanceKey(settings: SessionSettings, stores: Partial<Record<GivenStore, string>>): string {
  // A store given through settings.set (store-outage) gets engines of its own, dropped on reset.
  const field = GIVEN_STORES[settings.store ?? '']
  const elsewhere = field !== undefined && stores[field] !== undefined ? `${OTHER_STORE}${stores[field]}` : ''
  const base = `${settings.engine}/${settings.store ?? ''}${elsewhere}`
  return settings.engine === 'file' ? `${base}/${settings.sessionCookieName}/${settings.sessionCookieAge}` : base
}

/** Marks the instance key of an engine on a store given through settings.set. */
const OTHER_STORE = ' on '
/** sessions.drawnKeys answers at most this many: a scenario needs the key set aside and the one after it. */
const DRAWN_KEPT = 16

export class SessionRuntime {
  #settings: SessionSettings
  readonly #startup: SessionSettings
  readonly #engines = new Map<string, Promise<SessionEngine>>()
  /** Engines asked for since the last reset: the ones that may hold records to empty. */
  readonly #used = new Set<string>()
  readonly #stores: StoreAddresses
  /** This server's local-memory cache (LOCATION): its own, as a Django process's is. */
  readonly #localCache = `sessionspec-${randomUUID()}`
  /** The Redis and memcached that settings.set named in place of the start-up ones, until reset. */
  #given: Partial<Record<GivenStore, string>> = {}
  #directory: Promise<string> | undefined
  /** What every engine signs and reads with, asked at each save and load. */
  readonly #keys: SessionKeySource = () => ({ secretKey: this.options.secretKey(), fallbacks: this.options.secretKeyFallbacks?.() ?? [] })
  /** sessions.nextKey: the key the next new session draws, once, in place of a random one. */
  #nextKey: string | undefined
  /** sessions.drawnKeys: the keys drawn since the last sessions.nextKey or reset, the first DRAWN_KEPT. */
  #drawn: string[] = []

  constructor(private readonly options: SessionRuntimeOptions) {
    const settings = Object.entries(options.settings ?? {}).filter(([, value]) => value !== undefined)
    this.#startup = { ...DJANGO_SESSION_DEFAULTS, ...Object.fromEntries(settings) }
    this.#settings = { ...this.#startup }
    const given = Object.entries(options.stores ?? {}).filter(([, address]) => address !== undefined && address !== '')
    this.#stores = { ...DEFAULT_STORE_ADDRESSES, ...Object.fromEntries(given) }
  }

  get settings(): Readonly<SessionSettings> {
    return this.#settings
  }

  /** 061: a new random key, or the one sessions.nextKey set aside (a collision made on purpose). */
  drawKey(): string {
    const key = this.#nextKey ?? newSessionKey()
    this.#nextKey = undefined
    if (this.#drawn.length < DRAWN_KEPT) this.#drawn.push(key)
    return key
  }

  /** sessions.nextKey (capability key-drawing): what a random draw hits once in a very long while. */
  setNextKey(key: string): void {
    this.#nextKey = key
    this.#drawn = []
  }

  /** sessions.drawnKeys: what shows the harness that the key set aside was drawn, and what came after it. */
  drawnKeys(): string[] {
    return [...this.#drawn]
  }

  /** The engine of the current settings, created on first use. */
  engine(): Promise<SessionEngine> {
    return this.#engineFor(this.#settings)
  }

  /**
   * Applies a change. With `accept` (settings.set's probe, reference/control/settings.ts), the
   * engine the change selects is handed to it first; if it throws, the settings and the stores
   * stay as they were, that engine instance is dropped (the next attempt makes a new one: the
   * store may be back), and the error goes on to the caller.
   */
  async change(change: Partial<SessionSettings>, stores: StoresGiven = {}, accept?: (engine: SessionEngine) => Promise<void>): Promise<void> {
    const candidate = { ...this.#settings, ...change }
    const previousStores = this.#given
    this.#given = { ...this.#given }
    for (const [field, address] of Object.entries(stores) as Array<[GivenStore, string | null]>) {
      if (address === null) delete this.#given[field]
      else this.#given[field] = address
    }
    if (accept !== undefined) {
      try {
        await accept(await this.#engineFor(candidate))
      } catch (error) {
        await this.#forget(this.#instanceKey(candidate))
        this.#given = previousStores
        throw error
      }
    }
    this.#settings = candidate
  }

  /** `reset`: every engine of this process loses its records, and the start-up settings return.
   * An engine that cannot empty itself (memcached cannot list keys) is replaced by a new
   * instance with a fresh key prefix; cached-db's rows then go through the db engine (176). With
   * a key prefix given from outside (cacheKeyPrefix, shared with other processes) the new instance
   * keeps that prefix, so memcached's records stay until they expire: their keys are random, and
   * memcached cannot count them, so no later request meets them. */
  async reset(): Promise<void> {
    // Only engines used since the last reset can hold records of this process: emptying every
    // engine each time cost a scenario 15-30 ms once a server had run them all. A SQLite file
    // given from outside may be shared with another server (a peer), so it is always emptied.
    // An engine on a store that settings.set named is closed, not emptied: that store is the
    // caller's (the harness stops it after the scenario), and it may already be gone.
    this.#given = {}
    this.#nextKey = undefined
    this.#drawn = []
    for (const key of [...this.#engines.keys()].filter((key) => key.includes(OTHER_STORE))) await this.#forget(key)
    const keys = [...this.#engines.keys()].filter((key) => this.#used.has(key) || (key === 'db/sqlite' && this.#stores.sqlitePath !== undefined))
    this.#used.clear()
    if (keys.some((key) => key.startsWith('cached-db/')) && !keys.includes('db/sqlite')) {
      this.#engineFor({ ...this.#startup, engine: 'db', store: 'sqlite' })
      keys.push('db/sqlite')
    }
    for (const key of keys) {
      const engine = await this.#engines.get(key)?.catch(() => undefined)
      if (engine?.kind !== 'server') continue
      try {
        if (engine.clear) await engine.clear()
        else await this.#forget(key)
      } catch (error) {
        writeLogLine(`sessionspec-reference: reset could not empty the ${key} engine: ${firstLine(error)}`)
        await this.#forget(key)
      }
    }
    this.#settings = { ...this.#startup }
  }

  async close(): Promise<void> {
    for (const key of [...this.#engines.keys()]) await this.#forget(key)
    dropLocalStore(this.#localCache)
    if (this.#directory !== undefined) await rm(await this.#directory, { recursive: true, force: true })
  }

  #instanceKey(settings: SessionSettings): string {
    return instanceKey(settings, this.#given)
  }

  #engineFor(settings: SessionSettings): Promise<SessionEngine> {
    const key = this.#instanceKey(settings)
    this.#used.add(key)
    let engine = this.#engines.get(key)
    if (engine === undefined) {
      engine = this.#create(settings)
      this.#engines.set(key, engine)
      // A failed creation is not kept: the next request tries again (the store may be back).
      engine.catch(() => {
        if (this.#engines.get(key) === engine) this.#engines.delete(key)
      })
    }
    return engine
  }

  async #create(settings: SessionSettings): Promise<SessionEngine> {
    const { sqlitePath } = this.#stores
    return createEngine(settings.engine, settings.store, {
      ...this.#stores,
      localCacheLocation: this.#localCache,
      ...this.#given,
      secretKey: this.options.secretKey(),
      keys: this.#keys,
      sqlitePath: sqlitePath ?? join(await this.#workDirectory(), 'db.sqlite3'),
      fileDirectory: settings.engine === 'file' ? await this.#fileDirectory() : '',
      cookieName: settings.sessionCookieName,
      cookieAge: settings.sessionCookieAge,
      log: this.options.log,
    })
  }

  /** One temporary directory per runtime (so per server process) for SQLite and the session files. */
  #workDirectory(): Promise<string> {
    this.#directory ??= mkdtemp(join(tmpdir(), 'sessionspec-reference-')).then(async (directory) => {
      await mkdir(join(directory, 'files'), { mode: 0o700 })
      return directory
    }, (error: unknown) => {
      this.#directory = undefined
      throw storeMisconfigured(`the reference server cannot make its temporary directory in ${tmpdir()}`, firstLine(error))
    })
    return this.#directory
  }

  /** 079: SESSION_FILE_PATH must be an existing directory; one that is not is a store that
   * cannot be used, said when the engine is chosen rather than as a 500 on each request. */
  async #fileDirectory(): Promise<string> {
    const directory = this.#stores.fileDirectory ?? join(await this.#workDirectory(), 'files')
    const found = await stat(directory).catch(() => undefined)
    if (!found?.isDirectory()) throw storeMisconfigured(`the file engine cannot use ${directory}`, 'SESSION_FILE_PATH must be an existing directory')
    return directory
  }

  async #forget(key: string): Promise<void> {
    const engine = this.#engines.get(key)
    this.#engines.delete(key)
    try {
      await (await engine)?.close()
    } catch {
      // Closing a connection to a store that is gone has nothing left to do.
    }
  }
}
