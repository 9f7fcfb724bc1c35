// Django's local-memory cache (LocMemCache) as the cache engine's in-process store: one store
// per LOCATION and process, shared by every engine that names it, kept in least-recently-used
// order and culled as Django culls it. Expiry is decided by SessionCache on the server's clock
// (cache.ts, "virtual time"), so the real-time TTL passed in has nothing to clean up here.
import type { CacheBackend } from './cache-backend.js'

/** Django's defaults: OPTIONS MAX_ENTRIES 300, CULL_FREQUENCY 3. */
const MAX_ENTRIES = 300
const CULL_FREQUENCY = 3
const SCAN_BATCH = 500

/** Map order is the recency order: the first entry is the least recently used. */
const stores = new Map<string, Map<string, string>>()

function storeAt(location: string): Map<string, string> {
  let store = stores.get(location)
  if (store === undefined) stores.set(location, (store = new Map()))
  return store
}

/** The store of a LOCATION no engine will open again (its server has closed). */
export function dropLocalStore(location: string): void {
  stores.delete(location)
}

export function openLocalBackend(location: string): CacheBackend {
  const entries = storeAt(location)

  function touch(key: string, value: string): void {
    entries.delete(key)
    entries.set(key, value)
  }

  function put(key: string, value: string): void {
    // LocMemCache._cull: when full, drop a third of the entries, least recently used first.
    if (entries.size >= MAX_ENTRIES) {
      let drop = Math.floor(entries.size / CULL_FREQUENCY)
      for (const old of entries.keys()) {
        if (drop-- <= 0) break
        entries.delete(old)
      }
    }
    touch(key, value)
  }

  return {
    store: 'local',
    address: `local memory${location === '' ? '' : ` "${location}"`}`,
    async get(key) {
      const value = entries.get(key)
      if (value !== undefined) touch(key, value)
      return value
    },
    async add(key, value) {
      if (entries.has(key)) return false
      put(key, value)
      return true
    },
    async set(key, value) {
      put(key, value)
    },
    async replace(key, value) {
      if (!entries.has(key)) return false
      put(key, value)
      return true
    },
    async delete(key) {
      entries.delete(key)
    },
    listing: {
      async *keys(prefix) {
        let batch: string[] = []
        for (const key of entries.keys()) {
          if (!key.startsWith(prefix)) continue
          batch.push(key)
          if (batch.length === SCAN_BATCH) {
            yield batch
            batch = []
          }
        }
        if (batch.length > 0) yield batch
      },
      // entries.get, not get: a count is no use of an entry and must not save it from the cull.
      async values(keys) {
        return keys.map((key) => entries.get(key))
      },
    },
    // The store belongs to the process, as Django's does; closing one engine leaves it to the others.
    async close() {},
  }
}
