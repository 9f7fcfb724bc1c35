// The two errors a server-side store raises, built in one place so that every engine words
// them alike: SessionInterrupted (054) and StoreUnavailable (docs/security-catalogue.md RL-04, RL-05).
import { SessionInterrupted, StoreUnavailable } from '../engine.js'

/** 054: Django's own words for a session deleted by a concurrent request. */
export function sessionInterrupted(): SessionInterrupted {
  return new SessionInterrupted(
    "The request's session was deleted before the request completed. " +
      'The user may have logged out in a concurrent request, for example.',
  )
}

const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'timeout',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  // An address without a usable port (SESSIONSPEC_MEMCACHED=host:abc): nothing can be reached there.
  ERR_SOCKET_BAD_PORT: 'no valid port',
}

/** Messages of client libraries that mean "the connection is gone", not "the query was wrong". */
const CONNECTION_MESSAGES: ReadonlyArray<[RegExp, string]> = [
  [/timed? ?out/i, 'timeout'],
  [/connection (is )?closed|connection terminated|socket (has been )?ended|stream isn't writeable/i, 'connection closed'],
  [/connection refused/i, 'connection refused'],
  // ioredis with maxRetriesPerRequest 0: the connection dropped while the command was on it.
  [/max retries per request/i, 'connection closed'],
]

/** A short reason ("connection refused") when error is a network failure, else undefined. */
export function networkFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  const code = (error as NodeJS.ErrnoException).code
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code]
  // Node's net errors for several addresses come wrapped in an AggregateError.
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const reason = networkFailure(inner)
      if (reason !== undefined) return reason
    }
  }
  for (const [pattern, reason] of CONNECTION_MESSAGES) if (pattern.test(error.message)) return reason
  return undefined
}

/** One line naming the store and its address: "Redis is not reachable at redis://127.0.0.1:6379/0 (connection refused)". */
export function storeUnavailable(store: string, address: string, reason: string): StoreUnavailable {
  return new StoreUnavailable(`${store} is not reachable at ${address} (${reason.replace(/\s+/g, ' ')})`)
}

/**
 * A store that answers but cannot be used as configured: a SQLite path that is not a database, a
 * PostgreSQL schema that cannot be made, a session directory that does not exist. A kind of
 * StoreUnavailable, so the control API reports it missing (503) rather than failing (500); told
 * apart only so that no "start it" hint is added to it.
 */
export class StoreMisconfigured extends StoreUnavailable {}

/** One line: "SQLite cannot use /x (file is not a database)". */
export function storeMisconfigured(what: string, reason: string): StoreMisconfigured {
  return new StoreMisconfigured(`${what} (${reason.replace(/\s+/g, ' ')})`)
}

/** Runs operation; a network failure becomes StoreUnavailable, anything else is rethrown as is. */
export async function guardStore<T>(store: string, address: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    if (error instanceof StoreUnavailable) throw error
    const reason = networkFailure(error)
    if (reason === undefined) throw error
    throw storeUnavailable(store, address, reason)
  }
}

/** A URL fit for a message: the password is never shown. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url
  }
}
