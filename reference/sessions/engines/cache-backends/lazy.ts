// A Redis or memcached backend whose module (and driver package) is imported on first use, so
// that a server that never touches that store never loads ioredis or memjs, and runs where they
// are not installed (lib/optional-package.ts). Both already connect on first use; this moves
// the import to the same moment.
import { importOptional } from '../../../../lib/optional-package.js'
import type { CacheBackend } from './cache-backend.js'

interface LazyBackendOptions {
  store: 'redis' | 'memcached'
  address: string
  packageName: string
  /** Whether the real backend can list keys: known before it is loaded, for the engine's capabilities. */
  canList: boolean
  open: () => Promise<CacheBackend>
}

export function lazyBackend(options: LazyBackendOptions): CacheBackend {
  let opened: Promise<CacheBackend> | undefined
  /** The backend once it has opened, for what must be answered without waiting (connectedNow). */
  let ready: CacheBackend | undefined
  const real = () => (opened ??= importOptional(options.packageName, `the ${options.store} cache store`, options.open)
    .then((backend) => (ready = backend))
    .catch((error: unknown) => {
      opened = undefined
      throw error
    }))
  const backend: CacheBackend = {
    store: options.store,
    address: options.address,
    get: async (key) => (await real()).get(key),
    add: async (key, value, ttl) => (await real()).add(key, value, ttl),
    set: async (key, value, ttl) => (await real()).set(key, value, ttl),
    replace: async (key, value, ttl) => (await real()).replace(key, value, ttl),
    delete: async (key) => (await real()).delete(key),
    // Never opened: it holds no connection, and nothing of this process's is in the store.
    connectedNow: () => (ready === undefined ? false : ready.connectedNow?.() ?? true),
    async close() {
      // Nothing to close when it was never opened (or failed to open).
      const current = opened && (await opened.catch(() => undefined))
      await current?.close()
    },
  }
  if (options.canList) {
    backend.listing = {
      async *keys(prefix) {
        yield* (await real()).listing!.keys(prefix)
      },
      values: async (keys) => (await real()).listing!.values(keys),
    }
  }
  return backend
}
