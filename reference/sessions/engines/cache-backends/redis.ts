// Redis through ioredis, tuned to fail fast and heal by itself (docs/security-catalogue.md RL-04, RL-05):
// no offline queue and no per-command retries, so nothing waits in a queue while Redis is down;
// the client keeps reconnecting in the background, at least every 200 ms. A request that comes
// in between two attempts waits for the next one (at most 200 ms plus its connect timeout) and
// then fails with StoreUnavailable or goes through: the first request after Redis is back
// already succeeds, and the same engine works again without being recreated.
import { Redis } from 'ioredis'
import type { CacheBackend } from './cache-backend.js'
import { MAX_PAYLOAD_BYTES } from '../../../../lib/signing/index.js'
import { serverLog } from '../../../server-log.js'
import { guardStore, redactUrl } from '../store-errors.js'

const CONNECT_TIMEOUT_MS = 1000
// One second for a command, as the Django target's redis cache is configured (socket_timeout 1,
// adapters/django/sessionspec_django/settings.py): a local Redis answers a session's largest value
// in milliseconds, and a request that meets a Redis that stopped answering waits this long.
const COMMAND_TIMEOUT_MS = 1000
const MAX_RECONNECT_DELAY_MS = 200
/** Bounds the wait for the next connection attempt: its delay, its connect timeout, and slack. */
const READY_DEADLINE_MS = MAX_RECONNECT_DELAY_MS + CONNECT_TIMEOUT_MS + 500
const SCAN_COUNT = 500
/** The most read from one value: a session entry is at most MAX_PAYLOAD_BYTES characters, each at most 4 bytes of UTF-8. */
const MAX_VALUE_BYTES = 4 * MAX_PAYLOAD_BYTES
/** The most one round of a count reads: the values of a batch are fetched in rounds of this many bytes at most. */
const ROUND_BYTES = MAX_VALUE_BYTES

function isWrongType(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('WRONGTYPE')
}

function reportTooLarge(key: string): void {
  serverLog.report('Redis holds a value too large for a session under a session key', key)
}

function reportWrongType(key: string): void {
  serverLog.report('Redis holds a value of the wrong type under a session key', key)
}

type PipelineResults = Array<[error: Error | null, result: unknown]>

/** SCAN MATCH is a glob: a prefix must not add wildcards of its own. */
function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&')
}

/**
 * A function that resolves when the client can take a command. While it is connecting or
 * between two reconnection attempts, callers wait for the outcome of the next attempt, "ready"
 * or its error; all the callers of one attempt share one wait (one listener, however many).
 */
function readiness(client: Redis): () => Promise<void> {
  let pending: Promise<void> | undefined
  const nextOutcome = () => new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(deadline)
      client.off('ready', onReady).off('error', onError).off('end', onEnd)
      pending = undefined
      if (error === undefined) resolve()
      else reject(error)
    }
    const onReady = () => settle()
    const onError = (error: Error) => settle(error)
    const onEnd = () => settle(new Error('Connection is closed.'))
    const deadline = setTimeout(() => settle(new Error('connect timed out')), READY_DEADLINE_MS)
    client.once('ready', onReady).once('error', onError).once('end', onEnd)
  })
  return () => {
    if (client.status === 'ready') return Promise.resolve()
    if (client.status === 'end') return Promise.reject(new Error('Connection is closed.'))
    if (client.status === 'wait') client.connect().catch(() => {})
    return (pending ??= nextOutcome())
  }
}

export function openRedisBackend(url: string): CacheBackend {
  const address = redactUrl(url)
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 50, MAX_RECONNECT_DELAY_MS),
  })
  // Errors reach the waiting commands through whenReady; without a listener ioredis would print each one.
  client.on('error', () => {})
  const whenReady = readiness(client)
  const run = <T>(command: () => Promise<T>) =>
    guardStore('Redis', address, async () => {
      await whenReady()
      return command()
    })

  /** A pipeline's answers. A command that failed for another reason than the type of its value (a
   * timeout on a busy machine) fails the whole: read as absent, it would count a live session as
   * gone. Its error goes through guardStore, so a timeout is StoreUnavailable. */
  const pipelined = (commands: Array<Array<string | number>>) =>
    run(async () => {
      const answers = (await client.pipeline(commands).exec()) as PipelineResults
      const failed = answers.find(([error]) => error !== null && !isWrongType(error))
      if (failed) throw failed[0]
      return answers
    })

  return {
    store: 'redis',
    address,
    /** A value too large or of another type (a list planted under a session's key) is no session:
     * the caller reads it as absent; the operator finds it in the server log. */
    async get(key) {
      try {
        // GETRANGE, not GET: a planted 512 MB string costs at most MAX_VALUE_BYTES + 1 here.
        const value = await run(() => client.getrange(key, 0, MAX_VALUE_BYTES))
        if (value.length > MAX_VALUE_BYTES) {
          reportTooLarge(key)
          return undefined
        }
        return value === '' ? undefined : value
      } catch (error) {
        if (!isWrongType(error)) throw error
        reportWrongType(key)
        return undefined
      }
    },
    async add(key, value, ttl) {
      return (await run(() => client.set(key, value, 'EX', ttl, 'NX'))) === 'OK'
    },
    async set(key, value, ttl) {
      await run(() => client.set(key, value, 'EX', ttl))
    },
    async replace(key, value, ttl) {
      return (await run(() => client.set(key, value, 'EX', ttl, 'XX'))) === 'OK'
    },
    async delete(key) {
      await run(() => client.del(key))
    },
    listing: {
      // SCAN, never KEYS: a bounded batch per round trip whatever the size of the database.
      async *keys(prefix) {
        let cursor = '0'
        do {
          const [next, keys] = await run(() => client.scan(cursor, 'MATCH', `${escapeGlob(prefix)}*`, 'COUNT', SCAN_COUNT))
          cursor = next
          if (keys.length > 0) yield keys
        } while (cursor !== '0')
      },
      // Not MGET, which would bring a planted 512 MB value whole: STRLEN first (a list answers
      // WRONGTYPE), then GETRANGE in rounds of at most ROUND_BYTES, as get reads one value.
      async values(keys) {
        const values: Array<string | undefined> = keys.map(() => undefined)
        const lengths = await pipelined(keys.map((key) => ['strlen', key]))
        let round: number[] = []
        let roundBytes = 0
        const readRound = async () => {
          const results = await pipelined(round.map((i) => ['getrange', keys[i]!, 0, MAX_VALUE_BYTES]))
          results.forEach(([error, value], j) => {
            // A value that grew or changed type since its STRLEN is read as get would read it.
            if (error === null && typeof value === 'string' && value !== '' && value.length <= MAX_VALUE_BYTES) values[round[j]!] = value
          })
          round = []
          roundBytes = 0
        }
        for (const [i, [error, length]] of lengths.entries()) {
          // pipelined let only WRONGTYPE through: a list planted under the key.
          if (error !== null) {
            reportWrongType(keys[i]!)
          } else if (typeof length === 'number' && length > MAX_VALUE_BYTES) {
            reportTooLarge(keys[i]!)
          } else if (typeof length === 'number' && length > 0) {
            if (roundBytes + length > ROUND_BYTES) await readRound()
            round.push(i)
            roundBytes += length
          }
        }
        if (round.length > 0) await readRound()
        return values
      },
    },
    connectedNow: () => client.status === 'ready',
    async close() {
      client.disconnect()
    },
  }
}
