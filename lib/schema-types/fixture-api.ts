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
      [k: string]: unknown;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.delete".
 */
export type CookieDelete =
  | {
      deleted: string;
      [k: string]: unknown;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.sequence".
 */
export type CookieSequence =
  | {
      applied: number;
      [k: string]: unknown;
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
      [k: string]: unknown;
    }
  | {
      found: false;
      reason: "missing" | "bad-signature" | "expired";
      [k: string]: unknown;
    };
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.get".
 */
export type SessionGet =
  | {
      found: true;
      value: unknown;
      [k: string]: unknown;
    }
  | {
      found: false;
      [k: string]: unknown;
    };
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "settings.set".
 */
export type SettingsSet =
  | {
      settings: {
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      unavailable: string;
      [k: string]: unknown;
    };
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.count".
 */
export type SessionsCount =
  | {
      count: number;
      [k: string]: unknown;
    }
  | Rejected;
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.purge".
 */
export type SessionsPurge =
  | {
      purged: number;
      exitStatus: 0;
      [k: string]: unknown;
    }
  | {
      exitStatus: 1;
      error: string;
      [k: string]: unknown;
    };

/**
 * What each operation of docs/fixture-api.md answers. The harness validates every answer against $defs/<operation>.
 */
export interface SessionspecFixtureAndControlAPIAnswers {
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "rejected".
 */
export interface Rejected {
  rejected: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "identity".
 */
export interface Identity {
  sessionspec: 1;
  server?: string;
  operations: string[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "cookie.received".
 */
export interface CookieReceived {
  cookies: {
    name: string;
    value: string;
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
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
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "reset".
 */
export interface Reset {
  reset: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.set".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.setWhileEnded".
 */
export interface Session {
  stored: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.delete".
 */
export interface SessionDelete {
  deleted: boolean;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.pop".
 */
export interface SessionPop {
  found: boolean;
  value?: unknown;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.setdefault".
 */
export interface SessionSetdefault {
  value: unknown;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.update".
 */
export interface SessionUpdate {
  updated: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.read".
 */
export interface SessionRead {
  data: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.clear".
 */
export interface SessionClear {
  cleared: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.flush".
 */
export interface SessionFlush {
  flushed: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.cycleKey".
 */
export interface SessionCycleKey {
  cycled: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.save".
 */
export interface SessionSave {
  saved: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.markModified".
 */
export interface SessionMarkModified {
  marked: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.ignore".
 */
export interface SessionIgnore {
  ignored: true;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.fail".
 */
export interface SessionFail {
  failed: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.info".
 */
export interface SessionInfo {
  sessionKey: string | null;
  exists: boolean;
  empty: boolean;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.exists".
 */
export interface SessionsExists {
  exists: boolean;
  [k: string]: unknown;
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
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.add".
 */
export interface MessagesAdd {
  added: boolean;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.addMany".
 */
export interface MessagesAddMany {
  added: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.list".
 */
export interface MessagesList {
  messages: Message[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.count".
 */
export interface MessagesCount {
  count: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.render".
 */
export interface MessagesRender {
  html: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "messages.addAndRedirect".
 */
export interface MessagesAddAndRedirect {
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "expiry".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.setExpiry".
 *
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "session.expiry".
 */
export interface Expiry {
  expiryAge: number;
  expiryDate: number;
  expireAtBrowserClose: boolean;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "checks.run".
 */
export interface ChecksRun {
  /**
   * Every deployment check the target reports for its current settings.
   */
  checks: {
    id: string;
    level: "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SessionspecFixtureAndControlAPIAnswers`'s JSON-Schema
 * via the `definition` "sessions.plant".
 */
export interface SessionsPlant {
  planted: number;
  [k: string]: unknown;
}
