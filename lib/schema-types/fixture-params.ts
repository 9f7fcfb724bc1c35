// Generated from schemas/fixture-params.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.

/**
 * a string of at most 4096 characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookieName".
 */
export type CookieName = string;
/**
 * a string of at most 65536 characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookieValue".
 */
export type CookieValue = string;
/**
 * seconds from -253402300799 to 253402300799 (the end of year 9999)
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "seconds".
 */
export type Seconds = number | null;
/**
 * ISO 8601 text of at most 64 characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "isoText".
 */
export type IsoText = string | null;
/**
 * a path of at most 1024 characters without control characters, or null
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "path".
 */
export type Path = string | null;
/**
 * a domain of at most 253 characters without control characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "domain".
 */
export type Domain = string | null;
/**
 * true or false
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "flag".
 */
export type Flag = boolean | null;
/**
 * a string of at most 32 characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "samesite".
 */
export type Samesite = string | null;
/**
 * a string of at most 1024 characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "salt".
 */
export type Salt = string | null;
/**
 * a string of at most 4096 characters
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "sessionKey".
 */
export type SessionKey = string;

/**
 * The parameters each fixture operation of the reference server takes (docs/fixture-api.md). A request outside these answers 422 with one line naming the parameter. null is Python's None: given for an argument whose Django default is not None (a path, extra tags), it is passed as None, and elsewhere it is the default (docs/fixture-api.md); times are bounded by the end of year 9999, the last instant a Django datetime holds; cookie names, paths and domains are bounded in length (their characters are checked by the cookie serializer, with the messages Django gives).
 */
export interface SessionspecFixtureOperationParameters {
  "cookie.set": Cookie;
  "cookie.delete": Cookie1;
  "cookie.setSigned": Cookie2;
  "cookie.getSigned": Cookie3;
  "cookie.sequence": Cookie4;
  "cookie.received": Messages;
  "session.set": Session;
  "session.setWhileEnded": Session1;
  "session.get": Session2;
  "session.delete": Session3;
  "session.pop": Session4;
  "session.setdefault": Session5;
  "session.update": Session6;
  "session.read": Session7;
  "session.clear": Messages;
  "session.flush": Messages;
  "session.cycleKey": Messages;
  "session.save": Messages;
  "session.markModified": Messages;
  "session.ignore": Messages;
  "session.info": Messages;
  "session.expiry": Messages;
  "session.fail": Session8;
  "session.setExpiry": Session9;
  "messages.add": Messages1;
  "messages.addAndRedirect": Messages1;
  "messages.addAndFail": Messages2;
  "messages.addMany": Messages3;
  "messages.list": Messages;
  "messages.count": Messages;
  "messages.render": Messages;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookie.set".
 */
export interface Cookie {
  name: CookieName;
  value: CookieValue;
  maxAge?: Seconds;
  maxAgeDuration?: IsoText;
  /**
   * a string of at most 256 characters
   */
  expires?: string | null;
  expiresAt?: IsoText;
  path?: Path;
  domain?: Domain;
  secure?: Flag;
  httponly?: Flag;
  samesite?: Samesite;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookie.delete".
 */
export interface Cookie1 {
  name: CookieName;
  path?: Path;
  domain?: Domain;
  samesite?: Samesite;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookie.setSigned".
 */
export interface Cookie2 {
  name: CookieName;
  value: CookieValue;
  maxAge?: Seconds;
  maxAgeDuration?: IsoText;
  /**
   * a string of at most 256 characters
   */
  expires?: string | null;
  expiresAt?: IsoText;
  path?: Path;
  domain?: Domain;
  secure?: Flag;
  httponly?: Flag;
  samesite?: Samesite;
  salt?: Salt;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookie.getSigned".
 */
export interface Cookie3 {
  name: CookieName;
  salt?: Salt;
  maxAge?: Seconds;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookie.sequence".
 */
export interface Cookie4 {
  /**
   * a list of at most 1000 steps
   *
   * @maxItems 1000
   */
  steps: {
    [k: string]: unknown;
  }[];
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "none".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "cookie.received".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.clear".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.flush".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.cycleKey".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.save".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.markModified".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.ignore".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.info".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.expiry".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.list".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.count".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.render".
 */
export interface Messages {}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.set".
 */
export interface Session {
  key: SessionKey;
  value: unknown;
  /**
   * the value is then the text `value` (a string of at least one character) repeated and cut to exactly this many characters: a whole number from 1 to 8388608 (8 MiB), for a value larger than one request's body
   */
  length?: number;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.setWhileEnded".
 */
export interface Session1 {
  key: SessionKey;
  value: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.get".
 */
export interface Session2 {
  key: SessionKey;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.delete".
 */
export interface Session3 {
  key: SessionKey;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.pop".
 */
export interface Session4 {
  key: SessionKey;
  default?: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.setdefault".
 */
export interface Session5 {
  key: SessionKey;
  value: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.update".
 */
export interface Session6 {
  /**
   * a JSON object
   */
  values: {
    [k: string]: unknown;
  };
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.read".
 */
export interface Session7 {
  /**
   * a Vary header value of at most 1024 printable ASCII characters
   */
  vary?: string | null;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.fail".
 */
export interface Session8 {
  /**
   * an integer from 400 to 599
   */
  status: number;
  /**
   * a string of at most 4096 characters
   */
  key?: string | null;
  value?: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "session.setExpiry".
 */
export interface Session9 {
  /**
   * an integer from -253402300799 to 253402300799 (0: until the browser closes)
   */
  seconds?: number | null;
  at?: IsoText;
  duration?: IsoText;
  /**
   * true (set_expiry(None))
   */
  none?: boolean | null;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.add".
 *
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.addAndRedirect".
 */
export interface Messages1 {
  /**
   * an integer or one of debug, info, success, warning, error
   */
  level: number | string;
  /**
   * a string of at most 1048576 characters
   */
  text: string;
  /**
   * a string of at most 4096 characters, or null
   */
  extraTags?: string | null;
  safe?: Flag;
  /**
   * an integer, one of debug, info, success, warning, error, or null
   */
  requestLevel?: number | string | null;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.addAndFail".
 */
export interface Messages2 {
  /**
   * an integer or one of debug, info, success, warning, error
   */
  level: number | string;
  /**
   * a string of at most 1048576 characters
   */
  text: string;
  /**
   * an integer from 400 to 599
   */
  status: number;
}
/**
 * This interface was referenced by `SessionspecFixtureOperationParameters`'s JSON-Schema
 * via the `definition` "messages.addMany".
 */
export interface Messages3 {
  /**
   * a list of at most 1000 messages
   *
   * @maxItems 1000
   */
  messages: Messages1[];
  firstList?: Flag;
  thenList?: Flag;
  thenCount?: Flag;
  thenListAgain?: Flag;
}
