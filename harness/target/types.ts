import type { AnswerLimits } from '../agent/answer-limits.js'

/** A target as its file describes it, after validation. Mirrors schemas/target.schema.json. */
export type Profile = 'core' | 'django'
export type Capability = 'clock' | 'settings' | 'purge' | 'store-inspection' | 'cookie-sequence' | 'raw-cookie-header' | 'demo-site' | 'checks'
export type EngineId = 'memory' | 'file' | 'db' | 'cache' | 'cached-db' | 'signed-cookies'
/** An engine as a target file lists it: its id, optionally with its store ("cache/redis"). */
export type EngineVariant = string
export type StorageId = 'cookie' | 'session' | 'fallback'
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A list in the answer built from the server's list, or from its groups (connect-flash's {"info": ["…"]}). */
export interface ListMapping {
  /** JSON pointer to the server's list, or to its object of groups. */
  list: string
  /** The groups' keys become this field of each item (e.g. "level" for messages grouped by category). */
  groupedBy?: string
  /** Each field of an item, as a JSON pointer into the server's item ("" is the item itself). */
  item?: Record<string, string>
}

export type AnswerField = string | ListMapping

export interface OperationTemplate {
  method: HttpMethod
  path: string
  query?: Record<string, string | number | boolean>
  headers?: Record<string, string>
  body?: unknown
  answer?: Record<string, AnswerField>
  /** Per answer field, the server's words and the suite's values they stand for. */
  values?: Record<string, Record<string, unknown>>
}

export interface StartCommand {
  command: string[]
  cwd?: string
  env?: Record<string, string>
  readyPath?: string
  readyPattern?: string
  timeoutSeconds?: number
  /** A Node server the harness may start inside its worker instead of running the command. */
  inProcess?: { module: string; args?: string[] }
}

export interface TargetSettings {
  secretKey?: string
  sessionCookieName?: string
  sessionCookieAge?: number
  sessionExpireAtBrowserClose?: boolean
  sessionCookieSecure?: boolean
  sessionCookieHttpOnly?: boolean
  sessionCookieSameSite?: string | false
  sessionCookieDomain?: string | null
  sessionCookiePath?: string
  messageCookieName?: string
}

/** What the harness makes once per worker for a target and its peer (schema: $defs/shared). */
export interface SharedResources {
  /** One temporary SQLite file per worker: {sqlite} in start commands, SESSIONSPEC_SQLITE_PATH in their environment. */
  sqlitePath?: boolean
}

export interface TargetFile {
  name: string
  title?: string
  baseUrl: string
  start?: StartCommand
  profiles: Profile[]
  capabilities?: Capability[]
  engines?: EngineVariant[]
  /** Engine variants whose store expires sessions on its own real clock, not the target's. */
  realTimeEngines?: EngineVariant[]
  messageStorages?: StorageId[]
  settings?: TargetSettings
  /** How much of an answer the harness reads before calling it an error (defaults in harness/agent/answer-limits.ts). */
  limits?: Partial<AnswerLimits>
  /** mounted: false when the server has only its own routes (mapped in `operations`). */
  fixture?: { prefix?: string; mounted?: boolean }
  operations?: Record<string, OperationTemplate>
  /** Message category names and the levels they stand for (debug, info, success, warning, error are built in). */
  messageLevels?: Record<string, number>
  expectations?: string
  /** Another target file (relative to this one): the server that @capability:peer scenarios exchange state with. */
  peer?: string
  shared?: SharedResources
}

/** A loaded target: the file's content plus where it came from, paths resolved. */
export interface Target extends TargetFile {
  file: string
  /** Absolute directory of the target file; relative paths in it resolve from here. */
  dir: string
  capabilities: Capability[]
  engines: EngineVariant[]
  realTimeEngines: EngineVariant[]
  messageStorages: StorageId[]
  settings: TargetSettings
  fixturePrefix: string
  expectationsFile?: string
  /** The peer target, loaded (its own peer and shared entries are not followed). */
  peerTarget?: Target
  shared: SharedResources
}
