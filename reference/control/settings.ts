// Control operations over the session settings and the store (docs/fixture-api.md, "Settings
// and store inspection"): settings.set, sessions.count, sessions.exists, sessions.record,
// sessions.writeRecord, sessions.writeDirectory, sessions.fileMode, sessions.nextKey, sessions.drawnKeys.
import { lstat, mkdir, unlink } from 'node:fs/promises'
import { isLegalToken, isReservedName } from '../cookies/quote.js'
import { splitParams } from '../pipeline/json-params.js'
import type { OperationAnswer, OperationContext, OperationHandler, OperationTable } from '../pipeline/operation.js'
import { repeatedTo, type ParamReader } from '../pipeline/params.js'
import type { MessageSettings, MessageSettingsRuntime } from '../messages/settings.js'
import { MESSAGE_JSON_SETTINGS, readMessageSettings } from './message-settings.js'
import { GIVEN_STORES, type SessionRuntime, type StoresGiven } from '../sessions/runtime.js'
import { StoreUnavailable, type SessionEngine } from '../sessions/engine.js'
import { StoreMisconfigured } from '../sessions/engines/store-errors.js'
import { MissingPackage } from '../../lib/optional-package.js'
import { recordCount, recordPresence } from './store-answers.js'
import type { SigningSettings, SigningSettingsRuntime } from '../signing/settings.js'
import { readSigningSettings, shownSigningSettings } from './signing-settings.js'
import { ENGINE_IDS, isEngineId, storeFor, storesOf } from '../../lib/engine-ids.js'
import type { SessionSettings } from '../sessions/settings.js'

// Anything that could end a cookie attribute or the header line.
const UNSAFE_ATTRIBUTE = /[;\x00-\x1f\x7f]/
const SAMESITE_VALUES = ['lax', 'strict', 'none']

/** writeRecord's `length` (its range checked by the schema): a record past the engines' read
 * limit (4 MiB) from a request of a few bytes. */
function repeatedText(params: ParamReader, text: string, length: number | undefined): string {
  if (length === undefined) return text
  if (text === '') params.reject('record', 'a text of at least one character when a length is given')
  return repeatedTo(text, length)
}

/** writeDirectory: an empty directory where the session file at path was, as anyone who can
 * write to the session directory could leave; false when no regular file is there. */
async function replaceFileWithDirectory(path: string | undefined): Promise<boolean> {
  if (path === undefined) return false
  const info = await lstat(path).catch(() => undefined)
  if (info?.isFile() !== true) return false
  await unlink(path)
  await mkdir(path)
  return true
}

/** fileMode: the permission bits of the regular file at path, three octal digits, or null. */
async function permissionBits(path: string | undefined): Promise<string | null> {
  if (path === undefined) return null
  const info = await lstat(path).catch(() => undefined)
  return info?.isFile() === true ? (info.mode & 0o777).toString(8).padStart(3, '0') : null
}

/** The file engine's file under the sessionKey parameter handed to act; 422 for an engine that keeps no session files. */
async function onSessionFile(runtime: SessionRuntime, context: OperationContext, act: (path: string | undefined) => Promise<OperationAnswer>): Promise<OperationAnswer> {
  const key = context.params.string('sessionKey')
  context.params.done()
  const engine = await runtime.engine()
  if (engine.kind === 'server' && engine.sessionFilePath) return act(engine.sessionFilePath(key))
  context.status = 422
  return { rejected: `the ${engine.id} engine keeps no session files` }
}

function readName(params: ParamReader): string | undefined {
  const name = params.optionalString('sessionCookieName')
  if (name !== undefined && (!isLegalToken(name) || isReservedName(name))) params.reject('sessionCookieName', 'a legal cookie name')
  return name
}

function readAttribute(params: ParamReader, name: string, value: unknown, nullable: boolean): string | null {
  if (nullable && value === null) return null
  if (typeof value !== 'string' || UNSAFE_ATTRIBUTE.test(value)) {
    params.reject(name, `a string without ";" or control characters${nullable ? ', or null' : ''}`)
  }
  return value
}

/** 038: "Strict", "Lax" or "None" in any case, kept as given; false (or null, Python's None) for no SameSite. */
function readSameSite(params: ParamReader, value: unknown): string | false {
  if (value === false || value === null) return false
  if (typeof value === 'string' && SAMESITE_VALUES.includes(value.toLowerCase())) return value
  return params.reject('sessionCookieSameSite', '"Strict", "Lax", "None" or false')
}

/** The engine and store a change selects: an engine given without a store gets its default store. */
function readEngine(params: ParamReader, json: Map<string, unknown>, current: SessionSettings): Partial<SessionSettings> {
  const engine = params.optionalString('engine')
  if (engine !== undefined && !isEngineId(engine)) params.reject('engine', `one of ${ENGINE_IDS.join(', ')}`)
  if (engine === undefined && !json.has('store')) return {}
  const target = engine ?? current.engine
  const asked = json.get('store')
  if (asked !== undefined && asked !== null && typeof asked !== 'string') params.reject('store', 'a string or null')
  const store = storeFor(target, asked as string | null | undefined)
  if (store === undefined) {
    const stores = storesOf(target)
    params.reject('store', stores.length === 0 ? `null: the ${target} engine has no store` : `one of ${stores.join(', ')} for the ${target} engine`)
  }
  return { engine: target, store }
}

/** The entries that were given. */
function given<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>
}

interface SettingsChange {
  session: Partial<SessionSettings>
  stores: StoresGiven
  messages: Partial<MessageSettings>
  signing: Partial<SigningSettings>
}

function readChange(context: OperationContext, current: SessionSettings): SettingsChange {
  const { params, json } = splitParams(context, 'store', 'sessionCookieDomain', 'sessionCookieSameSite', ...MESSAGE_JSON_SETTINGS)
  const engine = readEngine(params, json, current)
  const age = params.optionalNumber('sessionCookieAge')
  if (age !== undefined && !Number.isFinite(age)) params.reject('sessionCookieAge', 'a finite number of seconds')
  const path = params.optionalString('sessionCookiePath')
  const change = given<Partial<SessionSettings>>({
    sessionCookieName: readName(params),
    sessionCookieAge: age,
    sessionCookiePath: path === undefined ? undefined : readAttribute(params, 'sessionCookiePath', path, false) as string,
    sessionCookieSecure: params.optionalBoolean('sessionCookieSecure'),
    sessionCookieHttpOnly: params.optionalBoolean('sessionCookieHttpOnly'),
    sessionSaveEveryRequest: params.optionalBoolean('sessionSaveEveryRequest'),
    sessionExpireAtBrowserClose: params.optionalBoolean('sessionExpireAtBrowserClose'),
    sessionCookieDomain: json.has('sessionCookieDomain') ? readAttribute(params, 'sessionCookieDomain', json.get('sessionCookieDomain'), true) : undefined,
    sessionCookieSameSite: json.has('sessionCookieSameSite') ? readSameSite(params, json.get('sessionCookieSameSite')) : undefined,
  })
  const messages = readMessageSettings(params, json)
  const signing = readSigningSettings(params)
  // store-outage: where the redis and memcached stores are from now on (schemas/operation-params.schema.json checked both).
  const stores = given<StoresGiven>({ redisUrl: params.nullableString('redisUrl'), memcachedServers: params.nullableString('memcachedServers') })
  params.done()
  return { session: { ...engine, ...change }, stores, messages, signing }
}

/** How to make a missing store available, appended to its one-line failure. */
const HINTS: Readonly<Record<string, string>> = {
  redis: 'start it with scripts/services.sh start or set SESSIONSPEC_REDIS_URL',
  memcached: 'start it with scripts/services.sh start or set SESSIONSPEC_MEMCACHED',
  postgres: 'start it with scripts/services.sh start or set SESSIONSPEC_POSTGRES_URL',
}

const PROBE_KEY = 'sessionspecprobe'

/** A read that reaches the store, so an unreachable one shows now rather than on a visitor's request. */
async function probe(engine: SessionEngine, now: number): Promise<void> {
  if (engine.kind === 'client') return
  if (engine.exists) await engine.exists(PROBE_KEY, now)
  else await engine.load(PROBE_KEY, now)
}

/** A change that selects another engine or store, or gives its store another address (store-outage), is probed. */
function selectsStore(session: Partial<SessionSettings>, stores: StoresGiven, current: SessionSettings): boolean {
  return session.engine !== undefined || session.store !== undefined || Object.keys(stores).includes(GIVEN_STORES[current.store ?? ''] ?? '')
}

/**
 * settings.set's 503: what is missing and how to enable it, in one line. Missing means a store
 * that is down or misconfigured (StoreUnavailable, raised where the store is opened) or an
 * optional package that is not installed (MissingPackage); undefined for any other failure,
 * which is the server failing (a 500).
 */
function unavailableReason(error: unknown, store: string | null): string | undefined {
  if (error instanceof MissingPackage) return firstLine(error)
  if (!(error instanceof StoreUnavailable)) return undefined
  const hint = error instanceof StoreMisconfigured ? undefined : HINTS[store ?? '']
  const reason = firstLine(error)
  return hint ? `${reason}; ${hint}` : reason
}

function firstLine(error: Error): string {
  return error.message.split('\n')[0]
}

export function settingsOperations(runtime: SessionRuntime, messages: MessageSettingsRuntime, signing: SigningSettingsRuntime): OperationTable {
  const operations: Array<[string, OperationHandler]> = [
    ['settings.set', async (context) => {
      const change = readChange(context, runtime.settings)
      const accept = selectsStore(change.session, change.stores, runtime.settings) ? (engine: SessionEngine) => probe(engine, context.now) : undefined
      try {
        await runtime.change(change.session, change.stores, accept)
      } catch (error) {
        const unavailable = unavailableReason(error, change.session.store === undefined ? runtime.settings.store : change.session.store)
        if (unavailable === undefined) throw error
        // A refused change leaves every setting as it was, the message settings included.
        context.status = 503
        return { unavailable }
      }
      messages.change(change.messages)
      signing.change(change.signing)
      return { settings: { ...runtime.settings, ...messages.settings, ...shownSigningSettings(signing.settings) } }
    }],
    ['sessions.count', async (context) => {
      context.params.done()
      const engine = await runtime.engine()
      if (engine.kind === 'server' && engine.count) return { count: recordCount(await engine.count(context.now), `the ${engine.id} engine's count`) }
      context.status = 422
      return { rejected: `the ${engine.id} engine cannot count its records` }
    }],
    ['sessions.exists', async (context) => {
      const key = context.params.string('sessionKey')
      context.params.done()
      const engine = await runtime.engine()
      // 086: nothing is stored server-side for signed cookies.
      if (engine.kind === 'client') return { exists: false }
      const exists = engine.exists ? await engine.exists(key, context.now) : (await engine.load(key, context.now)) !== undefined
      return { exists: recordPresence(exists, `the ${engine.id} engine's exists`) }
    }],
    ['sessions.record', async (context) => {
      const key = context.params.string('sessionKey')
      context.params.done()
      const engine = await runtime.engine()
      if (engine.kind === 'server' && engine.storedText) return { record: (await engine.storedText(key, context.now)) ?? null }
      context.status = 422
      return { rejected: `the ${engine.id} engine keeps no session_data text` }
    }],
    ['sessions.writeRecord', async (context) => {
      const key = context.params.string('sessionKey')
      const text = repeatedText(context.params, context.params.string('record'), context.params.optionalNumber('length'))
      context.params.done()
      const engine = await runtime.engine()
      if (engine.kind === 'server' && engine.replaceStoredText) return { written: recordPresence(await engine.replaceStoredText(key, text, context.now), `the ${engine.id} engine's record writing`) }
      context.status = 422
      return { rejected: `the ${engine.id} engine keeps no record text to write` }
    }],
    ['sessions.nextKey', async (context) => {
      const key = context.params.string('sessionKey')
      context.params.done()
      // 061: only a key the server could draw itself (32 characters of its alphabet).
      if (!/^[a-z0-9]{32}$/.test(key)) context.params.reject('sessionKey', '32 characters of a-z and 0-9')
      runtime.setNextKey(key)
      return { set: true }
    }],
    ['sessions.drawnKeys', (context) => {
      context.params.done()
      return { keys: runtime.drawnKeys() }
    }],
    ['sessions.writeDirectory', (context) => onSessionFile(runtime, context, async (path) => ({ written: await replaceFileWithDirectory(path) }))],
    ['sessions.fileMode', (context) => onSessionFile(runtime, context, async (path) => ({ mode: await permissionBits(path) }))],
  ]
  return new Map(operations)
}
