/**
 * The storage seam of the session framework (DESIGN.md, "engines behind one interface").
 * Everything that does not depend on storage lives in the session object; an engine only
 * stores, finds and removes records. Methods are documented the way express-session documents
 * its Store: Required, Recommended, Optional. What an engine can do is the methods it has, and
 * nothing else: the session, the purge and the control API test whether a method exists
 * (session.ts, purge.ts, control/settings.ts) and fall back or refuse when it does not.
 */
import type { EngineId, StoreId } from '../../lib/engine-ids.js'
import { BadRequest } from '../pipeline/bad-request.js'

/** A session's data: JSON values under string keys, insertion order kept (Map, not object). */
export type SessionData = Map<string, unknown>

/** Engine ids name their files under engines/, their @engine: tag and their value in a target file (declared in lib/engine-ids.ts). */
export type { EngineId }

/** The backing store of an engine that has a choice (declared in lib/engine-ids.ts with the stores of each engine). */
export type { StoreId }

export interface SessionRecord {
  data: SessionData
  /** Unix seconds after which the record is dead: now + expiry age at save time (070). */
  expiresAt: number
}

/** A record to create under a key of its own (createMany). */
export interface NewRecord {
  key: string
  record: SessionRecord
}

/** What loadChecked() found: a live record, nothing, or an expired record it has just deleted. */
export type LoadResult =
  | { state: 'live'; data: SessionData }
  | { state: 'missing' }
  | { state: 'expired' }

/** Thrown by update() when the record vanished meanwhile (054: a BadRequest, answered 400). */
export class SessionInterrupted extends BadRequest {
  override readonly name = 'SessionInterrupted'
}

/** A store that cannot be reached (Redis or memcached down): the middleware answers 5xx with this message. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable'
}

/** Server-side engines: the cookie carries only a key. */
export interface ServerSideEngine {
  readonly kind: 'server'
  readonly id: EngineId
  readonly store?: StoreId
  /** Required. The record's data, or undefined when absent, expired at `now`, or undecodable (067: read as empty, logged). */
  load(key: string, now: number): Promise<SessionData | undefined>
  /** Required. Stores a new record; false when the key is taken (the caller draws another key). */
  create(key: string, record: SessionRecord, now: number): Promise<boolean>
  /** Optional (sessions.plant, the purge benchmark). Stores many new records at once, in one
   * transaction where the store has them; returns the keys that were taken and so not stored.
   * Without it, the caller creates the records one by one. */
  createMany?(entries: NewRecord[], now: number): Promise<Set<string>>
  /** Required. Replaces an existing record; throws SessionInterrupted when it no longer exists (071, 076, 080). */
  update(key: string, record: SessionRecord, now: number): Promise<void>
  /** Required. Removes the record if it exists. */
  delete(key: string): Promise<void>
  /** Recommended. Whether a live record exists under key. */
  exists?(key: string, now: number): Promise<boolean>
  /** Optional. Removes every record expired at `now` (strictly: expiresAt < now), streaming; returns how many. */
  clearExpired?(now: number): Promise<number>
  /** Optional (store inspection). Live records of this engine instance. */
  count?(now: number): Promise<number>
  /** Optional (store inspection). The text a live record is stored as (the session_data column
   * of django_session, or the session file's text), or undefined when there is none: what another server reading the same
   * store would read. */
  storedText?(key: string, now: number): Promise<string | undefined>
  /** Optional (record writing). Replaces the text of the live record under key with `text`,
   * keeping its expiry, as a server that wrote something else into the same store would: false
   * when no live record is there. What load() makes of it is the engine's 067. */
  replaceStoredText?(key: string, text: string, now: number): Promise<boolean>
  /** Optional (directory writing; the file engine). The path of the file that holds the session
   * under key, or undefined for a key that names no file. */
  sessionFilePath?(key: string): string | undefined
  /** Optional. As load(), but an expired record is deleted and reported as such; an engine that
   * has it gets a new key and an empty record for an expired one instead of no session (081: file). */
  loadChecked?(key: string, now: number): Promise<LoadResult>
  /** Optional (control `reset`). Removes every record of this engine instance, live or not.
   * Without it, reset closes the engine and creates a fresh one (a new cache key prefix). */
  clear?(): Promise<void>
  /** Releases connections and files. */
  close(): Promise<void>
}

/** Client-side engines (signed cookies): the cookie value is the whole session. */
export interface ClientSideEngine {
  readonly kind: 'client'
  readonly id: EngineId
  /** The cookie value for data at `now` (083). */
  encode(data: SessionData, now: number): string
  /** The data of a cookie value, or undefined when tampered, not a session, or older than maxAge (084). */
  decode(value: string, now: number, maxAge: number): SessionData | undefined
  /** Optional. 103: clearsessions succeeds and removes nothing (there is nothing server-side). */
  clearExpired?(now: number): Promise<number>
  close(): Promise<void>
}

export type SessionEngine = ServerSideEngine | ClientSideEngine
