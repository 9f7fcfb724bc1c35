// Generated from schemas/target.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.

/**
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "capability".
 */
export type Capability =
  | "clock"
  | "settings"
  | "purge"
  | "store-inspection"
  | "record-writing"
  | "directory-writing"
  | "key-drawing"
  | "key-rotation"
  | "file-modes"
  | "store-outage"
  | "cookie-sequence"
  | "raw-cookie-header"
  | "demo-site"
  | "checks";
/**
 * an engine id (memory, file, db, cache, cached-db, signed-cookies), optionally with its store after a slash: db/sqlite, db/postgres, cache/local, cache/redis, cache/memcached, cached-db/redis
 *
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "engine".
 */
export type Engine = string;
/**
 * A JSON pointer (RFC 6901): "" is the whole answer, "/data/items/0" goes down by keys and indexes.
 *
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "pointer".
 */
export type Pointer = string;
/**
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "operationName".
 */
export type OperationName =
  | "cookie.set"
  | "cookie.delete"
  | "cookie.setSigned"
  | "cookie.getSigned"
  | "cookie.sequence"
  | "cookie.received"
  | "clock.get"
  | "clock.set"
  | "clock.advance"
  | "reset"
  | "session.set"
  | "session.get"
  | "session.delete"
  | "session.pop"
  | "session.setdefault"
  | "session.update"
  | "session.read"
  | "session.clear"
  | "session.flush"
  | "session.cycleKey"
  | "session.save"
  | "session.markModified"
  | "session.ignore"
  | "session.fail"
  | "session.info"
  | "settings.set"
  | "sessions.count"
  | "sessions.exists"
  | "sessions.record"
  | "sessions.writeRecord"
  | "sessions.writeDirectory"
  | "sessions.fileMode"
  | "sessions.nextKey"
  | "sessions.drawnKeys"
  | "messages.add"
  | "messages.addMany"
  | "messages.list"
  | "messages.count"
  | "messages.render"
  | "messages.addAndRedirect"
  | "messages.addAndFail"
  | "session.setExpiry"
  | "session.expiry"
  | "sessions.purge"
  | "sessions.plant"
  | "session.setWhileEnded"
  | "checks.run";

/**
 * Where a server under test is, how to start it, and what it claims (profiles, capabilities, engines, storages). See docs/fixture-api.md.
 */
export interface SessionspecTargetFile {
  $schema?: string;
  /**
   * lowercase letters, digits, dots and dashes (it names the folder reports/<name>/)
   */
  name: string;
  title?: string;
  /**
   * an http(s) URL such as http://127.0.0.1:8000 ({port} stands for a free port when the file has a start command)
   */
  baseUrl: string;
  start?: Start;
  /**
   * core: framework-neutral rules; django: byte-compatible with Django.
   *
   * @minItems 1
   */
  profiles: ("core" | "django")[];
  /**
   * Optional operations the target offers.
   */
  capabilities?: Capability[];
  /**
   * Session engines the target can run with (ids name the reference engine files).
   */
  engines?: Engine[];
  /**
   * engine variants whose store expires sessions on its own real clock, not the target's (their clock-moving scenarios are not applicable)
   */
  realTimeEngines?: Engine[];
  /**
   * engine variants whose store the target cannot count (sessions.count answers 422): their counting scenarios are not applicable. When the file has this list, every other engine's store must count, and a refusal fails the scenario; without it, the server is asked before each counting scenario
   */
  uncountedEngines?: Engine[];
  messageStorages?: ("cookie" | "session" | "fallback")[];
  settings?: Settings;
  /**
   * How much of an answer the harness reads before calling it an error (defaults fit the specification: 1 MiB body, 64 KiB headers, 10 s per answer).
   */
  limits?: {
    /**
     * largest body read from one answer
     */
    answerBytes?: number;
    /**
     * largest header block of one answer (status line and all header lines)
     */
    headerBytes?: number;
    /**
     * time for one complete answer, headers and body
     */
    answerSeconds?: number;
    /**
     * time for one step of a scenario (its requests together) before the step is an error; default 20
     */
    stepSeconds?: number;
  };
  fixture?: {
    prefix?: string;
    /**
     * false when the server does not mount the standard fixture API: an operation without a mapping in `operations` is then not offered, and scenarios needing it are not applicable
     */
    mounted?: boolean;
  };
  /**
   * Request templates for servers that do not mount the standard fixture API.
   */
  operations?: {
    [k: string]: Operation;
  };
  /**
   * Message category names (as messages.list answers them) and the levels they stand for; debug 10, info 20, success 25, warning 30 and error 40 are built in.
   */
  messageLevels?: {
    [k: string]: number;
  };
  /**
   * Path (relative to this file) of an expectations file listing known failures.
   */
  expectations?: string;
  /**
   * Path (relative to this file) of another target file: a second server, started beside this one in every worker, that @capability:peer scenarios exchange cookies and sessions with. Its own peer and shared entries are ignored.
   */
  peer?: string;
  shared?: Shared;
}
/**
 * How the harness starts one server per worker.
 *
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "start".
 */
export interface Start {
  /**
   * the program and its arguments; {port} stands for the free port, {sqlite}, {files}, {keyPrefix} and {schema} for what the file shares with its peer (shared); all also in env values
   *
   * @minItems 1
   */
  command: string[];
  cwd?: string;
  env?: {
    [k: string]: string;
  };
  readyPath?: string;
  /**
   * a regular expression the server prints once it is ready (default: listening on)
   */
  readyPattern?: string;
  timeoutSeconds?: number;
  /**
   * A Node server can also be started inside each test worker: the module (relative to cwd) exports startInProcess(args, env) answering { url, close() }. The harness prefers it to the command (unless the file gives start.env, which only a process of its own can have): the same server reached over a loopback port, without a process start per worker. {port} and the shared placeholders are filled in args as in command ({port} is 0: the server picks a free one).
   */
  inProcess?: {
    module: string;
    args?: string[];
  };
}
/**
 * What the server runs with; the suite uses these to know names and to check signatures.
 *
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "settings".
 */
export interface Settings {
  secretKey?: string;
  sessionCookieName?: string;
  sessionCookieAge?: number;
  sessionExpireAtBrowserClose?: boolean;
  sessionCookieSecure?: boolean;
  sessionCookieHttpOnly?: boolean;
  sessionCookieSameSite?: "Strict" | "Lax" | "None" | false;
  sessionCookieDomain?: string | null;
  sessionCookiePath?: string;
  messageCookieName?: string;
}
/**
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "operation".
 */
export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: {
    [k: string]: string | number | boolean;
  };
  headers?: {
    [k: string]: string;
  };
  /**
   * A JSON template; strings like "{name}" are replaced by the parameter's value.
   */
  body?: {
    [k: string]: unknown;
  };
  /**
   * How to read the answer: each field of the standard answer, as a JSON pointer into the server's JSON, or a list mapping (docs/target-files.md, "Reading the answer").
   */
  answer?: {
    [k: string]: Pointer | ListMapping;
  };
  /**
   * Per answer field, the server's words and the suite's values they stand for, e.g. reason: {"invalid signature": bad-signature}.
   */
  values?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
}
/**
 * A list built from the server's list (list), or from an object of groups whose keys become the field groupedBy of each item; item gives each field as a JSON pointer into the server's item.
 *
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "listMapping".
 */
export interface ListMapping {
  list: Pointer;
  groupedBy?: string;
  item?: {
    [k: string]: Pointer;
  };
}
/**
 * What the harness makes once per worker and gives to this target's server and its peer's, so that two processes of one deployment keep their sessions in one store. @shared-store scenarios run only for the engines whose store is shared (docs/target-files.md, "Two servers, one store").
 *
 * This interface was referenced by `SessionspecTargetFile`'s JSON-Schema
 * via the `definition` "shared".
 */
export interface Shared {
  /**
   * true: one temporary SQLite file per worker (the db engine's, and cached-db's database), passed to both start commands as {sqlite} and as the environment variable SESSIONSPEC_SQLITE_PATH, removed when the worker ends
   */
  sqlitePath?: boolean;
  /**
   * true: one empty directory per worker for the file engine (SESSION_FILE_PATH), passed to both start commands as {files} and as SESSIONSPEC_FILE_PATH, removed when the worker ends
   */
  fileDirectory?: boolean;
  /**
   * true: one cache KEY_PREFIX per worker for the cache and cached-db engines on Redis and memcached, no other worker's or run's, passed to both start commands as {keyPrefix} and as SESSIONSPEC_CACHE_KEY_PREFIX
   */
  cacheKeyPrefix?: boolean;
  /**
   * true: the name of one PostgreSQL schema per worker for the db engine on PostgreSQL, no other worker's or run's, passed to both start commands as {schema} and as SESSIONSPEC_POSTGRES_SCHEMA; the servers create it, the harness drops it when the worker ends (on SESSIONSPEC_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres)
   */
  postgresSchema?: boolean;
  /**
   * engine variants whose store the two servers already share by their own configuration (a deployment the harness does not start, say): nothing is made, and their @shared-store scenarios run
   */
  engines?: Engine[];
}
