// The interface every cache backend implements, in a file of its own: the backends and the
// cache engine that opens them both depend on it, and neither on the other's types.

/** What a cache offers the session engines: Django's cache API reduced to what they call. */
export interface CacheBackend {
  readonly store: 'local' | 'redis' | 'memcached'
  /** For messages: "redis://127.0.0.1:6379/0". */
  readonly address: string
  get(key: string): Promise<string | undefined>
  /** Stores only when the key is absent (Redis SET NX, memcached add); false when present. */
  add(key: string, value: string, ttlSeconds: number): Promise<boolean>
  set(key: string, value: string, ttlSeconds: number): Promise<void>
  /** Stores only when the key is present (Redis SET XX, memcached replace); false when absent. */
  replace(key: string, value: string, ttlSeconds: number): Promise<boolean>
  delete(key: string): Promise<void>
  /** Optional: memcached cannot list its keys. */
  listing?: CacheListing
  /** Optional: false when the client holds no open connection at this instant (the store is down
   * or the client is between two reconnection attempts), so that work only worth doing on a live
   * store (close's clean-up) is skipped instead of waiting for the next attempt. */
  connectedNow?(): boolean
  close(): Promise<void>
}

/** count and clear walk every key of a prefix: in batches of a bounded number of keys, and with
 * values read only where needed and each up to the bound get has, so a huge value planted under
 * the prefix costs no more memory there than in a visitor's request. */
export interface CacheListing {
  /** Keys that start with prefix, a bounded number per batch; no value is read. */
  keys(prefix: string): AsyncIterable<string[]>
  /** The values of keys, as get reads them (too large or of another type: undefined), without
   * counting as a use (no recency change). */
  values(keys: readonly string[]): Promise<Array<string | undefined>>
}
