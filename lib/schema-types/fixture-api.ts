// Generated from schemas/fixture-api.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.

/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.set".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.setSigned".
 */
export type CookieSet =
  | {
      set: string;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.delete".
 */
export type CookieDelete =
  | {
      deleted: string;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.sequence".
 */
export type CookieSequence =
  | {
      applied: number;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.getSigned".
 */
export type CookieGetSigned =
  | {
      found: true;
      value: string;
    }
  | {
      found: false;
      reason: "missing" | "bad-signature" | "expired";
    };
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.set".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.setWhileEnded".
 */
export type SessionSet =
  | {
      stored: string;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.get".
 */
export type SessionGet =
  | {
      found: true;
      value: unknown;
    }
  | {
      found: false;
    };
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "settings.set".
 */
export type SettingsSet =
  | {
      settings: {};
    }
  | {
      unavailable: string;
    };
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.count".
 */
export type SessionsCount =
  | {
      count: number;
    }
  | Rejected;
/**
 * The text a live record is stored as (django_session's session_data), null when there is none; rejected (422) by an engine that keeps no such text.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.record".
 */
export type SessionsRecord =
  | {
      record: string | null;
    }
  | Rejected;
/**
 * Whether a live record was under the key and now holds the given text (its expiry kept); rejected (422) by an engine that keeps no such text.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.writeRecord".
 */
export type SessionsWriteRecord =
  | {
      written: boolean;
    }
  | Rejected;
/**
 * Whether a live session file was under the key and is now an empty directory of the same name; rejected (422) by an engine that keeps no session files.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.writeDirectory".
 */
export type SessionsWriteDirectory =
  | {
      written: boolean;
    }
  | Rejected;
/**
 * The permission bits of the session file under the key, three octal digits ("600"), or null when no session file is there (capability file-modes); rejected (422) by an engine that keeps no session files.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.fileMode".
 */
export type SessionsFileMode =
  | {
      mode: null | string;
    }
  | Rejected;
/**
 * Whether the message was queued; rejected (422) where the call cannot be made as given: a level that is neither an integer nor one of the five names (Django's add_message raises for it).
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.add".
 */
export type MessagesAdd =
  | {
      added: boolean;
    }
  | Rejected;
/**
 * The expiry after set_expiry; rejected (422) for parameters that give set_expiry no one value (none of seconds, at, duration and none: true, or more than one).
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.setExpiry".
 */
export type SessionSetExpiry = Session13 | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.purge".
 */
export type SessionsPurge =
  | {
      purged: number;
      exitStatus: 0;
    }
  | {
      exitStatus: 1;
      error: string;
    };

/**
 * What each operation of docs/fixture-api.md answers. The harness validates every answer against $defs/<operation>.
 */
export interface SessionspecFixtureAndControlAPIAnswers {
  "cookie.set": CookieSet;
  "cookie.setSigned": CookieSet;
  "cookie.delete": CookieDelete;
  "cookie.sequence": CookieSequence;
  "cookie.getSigned": CookieGetSigned;
  "cookie.received": Cookie;
  "clock.get": Clock;
  "clock.set": Clock;
  "clock.advance": Clock;
  reset: Reset;
  "session.set": SessionSet;
  "session.get": SessionGet;
  "session.delete": Session;
  "session.pop": Session1;
  "session.setdefault": Session2;
  "session.update": Session3;
  "session.read": Session4;
  "session.clear": Session5;
  "session.flush": Session6;
  "session.cycleKey": Session7;
  "session.save": Session8;
  "session.markModified": Session9;
  "session.ignore": Session10;
  "session.fail": Session11;
  "session.info": Session12;
  "settings.set": SettingsSet;
  "sessions.count": SessionsCount;
  "sessions.exists": Sessions;
  "sessions.record": SessionsRecord;
  "sessions.writeRecord": SessionsWriteRecord;
  "sessions.writeDirectory": SessionsWriteDirectory;
  "sessions.fileMode": SessionsFileMode;
  "sessions.nextKey": Sessions1;
  "sessions.drawnKeys": Sessions2;
  "messages.add": MessagesAdd;
  "messages.addMany": Messages;
  "messages.list": Messages1;
  "messages.count": Messages2;
  "messages.render": Messages3;
  "messages.addAndRedirect": Messages4;
  "messages.addAndFail": Messages5;
  "session.setExpiry": SessionSetExpiry;
  "session.expiry": Session13;
  "sessions.purge": SessionsPurge;
  "checks.run": Checks;
  "sessions.plant": Sessions3;
  "session.setWhileEnded": SessionSet;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "rejected".
 */
export interface Rejected {
  rejected: string;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.received".
 */
export interface Cookie {
  cookies: {
    name: string;
    value: string;
  }[];
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "clock".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "clock.get".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "clock.set".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "clock.advance".
 */
export interface Clock {
  now: number;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "reset".
 */
export interface Reset {
  reset: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.delete".
 */
export interface Session {
  deleted: boolean;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.pop".
 */
export interface Session1 {
  found: boolean;
  value?: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.setdefault".
 */
export interface Session2 {
  value: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.update".
 */
export interface Session3 {
  updated: number;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.read".
 */
export interface Session4 {
  data: {};
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.clear".
 */
export interface Session5 {
  cleared: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.flush".
 */
export interface Session6 {
  flushed: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.cycleKey".
 */
export interface Session7 {
  cycled: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.save".
 */
export interface Session8 {
  saved: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.markModified".
 */
export interface Session9 {
  marked: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.ignore".
 */
export interface Session10 {
  ignored: true;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.fail".
 */
export interface Session11 {
  failed: number;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.info".
 */
export interface Session12 {
  sessionKey: string | null;
  exists: boolean;
  empty: boolean;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.exists".
 */
export interface Sessions {
  exists: boolean;
}
/**
 * The key the server's next new session draws, once, in place of a random one (capability key-drawing).
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.nextKey".
 */
export interface Sessions1 {
  set: true;
}
/**
 * The keys the server drew for new sessions since the last sessions.nextKey or reset, in the order drawn, the first 16 at most (capability key-drawing): what shows that a key set aside was drawn, and what was drawn after it.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.drawnKeys".
 */
export interface Sessions2 {
  /**
   * @maxItems 16
   */
  keys: string[];
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.addMany".
 */
export interface Messages {
  added: number;
  count?: number;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.list".
 */
export interface Messages1 {
  messages: Message[];
}
/**
 * A message as the suite reads it. Core needs its text and level; levelTag, tags, extraTags and safe are what the django profile checks.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "message".
 */
export interface Message {
  level: number;
  levelTag?: string;
  tags?: string;
  text: string;
  extraTags?: string | null;
  safe?: boolean;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.count".
 */
export interface Messages2 {
  count: number;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.render".
 */
export interface Messages3 {
  html: string;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.addAndRedirect".
 */
export interface Messages4 {}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.addAndFail".
 */
export interface Messages5 {
  added: boolean;
  failed: number;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "expiry".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.expiry".
 */
export interface Session13 {
  expiryAge: number;
  expiryDate: number;
  expireAtBrowserClose: boolean;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "checks.run".
 */
export interface Checks {
  /**
   * Every deployment check the target reports for its current settings.
   */
  checks: {
    id: string;
    level: "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";
  }[];
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.plant".
 */
export interface Sessions3 {
  planted: number;
}
/**
 * HTTP 400 from any fixture operation: a request the server refused (Django's BadRequest and SuspiciousOperation). kind is the exception's class name; "SessionInterrupted" means the request's session was deleted before its response saved it (054), which the harness counts as the server failing a scenario that did not expect it.
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "badRequest".
 */
export interface BadRequest {
  error: string;
  kind?: string;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "identity".
 */
export interface Identity {
  sessionspec: 1;
  server?: string;
  operations: string[];
}
