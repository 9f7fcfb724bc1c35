// memcached through memjs (binary protocol), tuned like the Redis client: no retries and short
// timeouts, so a request during an outage fails at once; memjs opens a new socket for the next
// request after a failure, so the same engine works again when memcached is back.
import memjs from 'memjs'
import type { CacheBackend } from './cache-backend.js'
import { guardStore } from '../store-errors.js'
import { systemClock } from '../../../clock.js'

const TIMEOUT_S = 1
const CONNECT_TIMEOUT_S = 1
/** memjs leaves a request unanswered when the socket closes under it; this bounds the wait. */
const DEADLINE_MS = (TIMEOUT_S + CONNECT_TIMEOUT_S) * 1000 + 500
/** memcached reads an expiry above 30 days as a Unix time. */
const MAX_RELATIVE_TTL = 30 * 24 * 3600

/**
 * Django's memcache_key_warnings (CVE-2020-13254, docs/security-catalogue.md ST-02): at most 250 bytes, no
 * control characters or spaces. Such a key cannot be in memcached, so it reads as absent
 * (076: Django's cache engine turns the backend's key error into "no session").
 */
export function isMemcachedKey(key: string): boolean {
  return Buffer.byteLength(key) <= 250 && !/[\x00-\x20\x7f]/.test(key)
}

/** A TTL as memcached reads it: up to 30 days, relative seconds; longer, the Unix time it ends at
 * on memcached's own clock, the system's, as Django's get_backend_timeout adds int(time.time()).
 * (The session's own expiry is kept in the value, on the server's clock.) */
function expires(ttl: number): number {
  return ttl > MAX_RELATIVE_TTL ? Math.floor(systemClock.now()) + ttl : ttl
}

function withDeadline<T>(operation: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('request timed out')), DEADLINE_MS)
  })
  return Promise.race([operation, deadline]).finally(() => clearTimeout(timer))
}

function checkKey(key: string): void {
  if (!isMemcachedKey(key)) throw new RangeError(`${JSON.stringify(key.slice(0, 40))} is not a valid memcached key`)
}

export function openMemcachedBackend(servers: string): CacheBackend {
  const client = memjs.Client.create(servers, {
    retries: 0,
    timeout: TIMEOUT_S,
    conntimeout: CONNECT_TIMEOUT_S,
    failover: false,
    // memjs logs every failure itself; StoreUnavailable already says it in one line.
    logger: { log: () => {} },
  })
  const address = `memcached://${servers}`
  const run = <T>(operation: () => Promise<T>) => guardStore('memcached', address, () => withDeadline(operation()))

  return {
    store: 'memcached',
    address,
    async get(key) {
      if (!isMemcachedKey(key)) return undefined
      const { value } = await run(() => client.get(key))
      return value === null ? undefined : value.toString('utf8')
    },
    async add(key, value, ttl) {
      checkKey(key)
      return run(() => client.add(key, value, { expires: expires(ttl) }))
    },
    async set(key, value, ttl) {
      checkKey(key)
      await run(() => client.set(key, value, { expires: expires(ttl) }))
    },
    async replace(key, value, ttl) {
      checkKey(key)
      return run(() => client.replace(key, value, { expires: expires(ttl) }))
    },
    async delete(key) {
      if (isMemcachedKey(key)) await run(() => client.delete(key))
    },
    async close() {
      client.close()
    },
  }
}
