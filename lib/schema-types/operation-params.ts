// Generated from schemas/operation-params.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.

/**
 * Unix seconds from 0 to 253402300799 (the end of year 9999)
 *
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "instant".
 */
export type Instant = number;

/**
 * The parameters each control operation of the reference server takes (docs/fixture-api.md, "Control operations"). A request outside these answers 422 with one line naming the parameter. Times are Unix seconds up to 9999-12-31T23:59:59Z, the last instant a Django datetime holds.
 */
export interface SessionspecControlOperationParameters {
  "clock.get": Sessions;
  reset: Sessions;
  "sessions.purge": Sessions;
  "checks.run": Sessions;
  "sessions.count": Sessions;
  "clock.set": Clock;
  "clock.advance": Clock1;
  "sessions.exists": Sessions1;
  "sessions.record": Sessions2;
  "sessions.writeRecord": Sessions3;
  "sessions.writeDirectory": Sessions4;
  "sessions.fileMode": Sessions5;
  "sessions.nextKey": Sessions6;
  "sessions.drawnKeys": Sessions7;
  "sessions.plant": Sessions8;
  "settings.set": Settings;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "none".
 *
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "clock.get".
 *
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "reset".
 *
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.purge".
 *
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "checks.run".
 *
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.count".
 */
export interface Sessions {}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "clock.set".
 */
export interface Clock {
  now: Instant;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "clock.advance".
 */
export interface Clock1 {
  /**
   * a number from 0 to 253402300799
   */
  seconds: number;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.exists".
 */
export interface Sessions1 {
  /**
   * a string of at most 1024 characters
   */
  sessionKey: string;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.record".
 */
export interface Sessions2 {
  /**
   * a string of at most 1024 characters
   */
  sessionKey: string;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.writeRecord".
 */
export interface Sessions3 {
  /**
   * a string of at most 1024 characters
   */
  sessionKey: string;
  /**
   * the text to store as the record, at most 65536 characters
   */
  record: string;
  /**
   * the record is the text repeated and cut to exactly this many characters: a whole number from 1 to 8388608 (8 MiB), for a record larger than one request's body; the text must not then be empty
   */
  length?: number;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.writeDirectory".
 */
export interface Sessions4 {
  /**
   * a string of at most 1024 characters
   */
  sessionKey: string;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.fileMode".
 */
export interface Sessions5 {
  /**
   * a string of at most 1024 characters
   */
  sessionKey: string;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.nextKey".
 */
export interface Sessions6 {
  /**
   * 32 characters of a-z and 0-9, as the server draws its keys
   */
  sessionKey: string;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.drawnKeys".
 */
export interface Sessions7 {}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "sessions.plant".
 */
export interface Sessions8 {
  /**
   * an integer from 0 to 10000
   */
  count: number;
  /**
   * seconds from -3153600000 to 3153600000 (a century either way)
   */
  expiresIn: number;
}
/**
 * This interface was referenced by `SessionspecControlOperationParameters`'s JSON-Schema
 * via the `definition` "settings.set".
 */
export interface Settings {
  /**
   * one of memory, file, db, cache, cached-db, signed-cookies
   */
  engine?: "memory" | "file" | "db" | "cache" | "cached-db" | "signed-cookies";
  /**
   * a store name or null
   */
  store?: string | null;
  /**
   * a cookie name of at most 256 characters
   */
  sessionCookieName?: string;
  /**
   * a whole number of seconds from 0 to 3153600000 (a century), as SESSION_COOKIE_AGE is an int
   */
  sessionCookieAge?: number;
  /**
   * printable ASCII without ";" or spaces (at most 253 characters), or null
   */
  sessionCookieDomain?: null | string;
  /**
   * a path that starts with "/", in printable ASCII without ";" or spaces (at most 1024 characters), or "" (no Path attribute)
   */
  sessionCookiePath?: string;
  /**
   * true or false
   */
  sessionCookieSecure?: boolean;
  /**
   * true or false
   */
  sessionCookieHttpOnly?: boolean;
  /**
   * "Strict", "Lax", "None" or false
   */
  sessionCookieSameSite?: string | boolean | null;
  /**
   * true or false
   */
  sessionSaveEveryRequest?: boolean;
  /**
   * true or false
   */
  sessionExpireAtBrowserClose?: boolean;
  /**
   * one of cookie, session, fallback
   */
  messageStorage?: "cookie" | "session" | "fallback";
  /**
   * an integer from 0 to 1000000 or a level name
   */
  messageLevel?: number | string;
  /**
   * an object from integer levels to tags
   */
  messageTags?: {
    [k: string]: string;
  };
  /**
   * a non-empty string of at most 1024 characters (SECRET_KEY)
   */
  secretKey?: string;
  /**
   * a list of at most 16 non-empty strings of at most 1024 characters each (SECRET_KEY_FALLBACKS)
   *
   * @maxItems 16
   */
  secretKeyFallbacks?: string[];
  /**
   * true or false (SIGNED_COOKIE_LEGACY_SALT_FALLBACK)
   */
  signedCookieLegacySaltFallback?: boolean;
  /**
   * a redis:// URL of at most 256 characters, or null
   */
  redisUrl?: null | string;
  /**
   * a memcached address (host:port) of at most 256 characters, or null
   */
  memcachedServers?: null | string;
}
