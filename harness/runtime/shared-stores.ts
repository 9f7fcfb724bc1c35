// Which engines' stores a target and its peer share. Two processes of one deployment share a
// session only where both reach the same records: the same SQLite file, session directory, cache
// key prefix or PostgreSQL schema (the target file's `shared` entries make one per worker), or,
// for signed cookies, the same secret. A store inside each process (memory, a local cache) is
// never shared: Django's docs say of the local-memory cache that "each process will have its own
// private cache instance".
import type { SharedResources, Target } from '../target/types.js'

/** The tag of scenarios in which the server and the peer must keep the pass's sessions in one store. */
export const SHARES_STORE = '@shared-store'

/** The entries that make a resource (engines only declares what is shared already). */
type SharedEntry = Exclude<keyof SharedResources, 'engines'>

/** What each entry shares, in the words of a reason. */
const WHAT: Readonly<Record<SharedEntry, string>> = {
  sqlitePath: 'a SQLite file',
  fileDirectory: 'a session directory',
  cacheKeyPrefix: 'a cache key prefix',
  postgresSchema: 'a PostgreSQL schema',
}

/** The `shared` entries an engine variant needs; a string when no entry can share it. */
function entriesFor(engine: string): SharedEntry[] | string {
  const [id, store] = engine.split('/')
  const where = id === 'memory' ? `the ${id} engine` : `the ${id} engine on the local cache`
  const inProcess = `${where} keeps sessions inside each server process, which no other process can read`
  switch (id) {
    case 'db':
      return store === 'postgres' ? ['postgresSchema'] : ['sqlitePath']
    case 'file':
      return ['fileDirectory']
    case 'cache':
      return store === 'redis' || store === 'memcached' ? ['cacheKeyPrefix'] : inProcess
    case 'cached-db':
      // The cache in front of the database must be shared too, or one process reads its stale copy.
      return store === 'redis' || store === 'memcached' ? ['sqlitePath', 'cacheKeyPrefix'] : inProcess
    case 'signed-cookies':
      return []
    default:
      return inProcess
  }
}

/**
 * Why the server and its peer do not keep an engine variant's sessions in one store, or
 * undefined when they do: the file's shared entries reach the store, or shared.engines lists the
 * variant. Signed-cookie sessions are the cookie itself: both files must name the secret, which
 * loading the target already checks is one.
 */
export function unsharedStoreReason(engine: string, target: Target): string | undefined {
  // The file's word for servers the harness does not start, which share stores of their own.
  if (target.shared.engines?.includes(engine)) return undefined
  const entries = entriesFor(engine)
  if (typeof entries === 'string') return entries
  if (engine === 'signed-cookies' && (target.settings.secretKey === undefined || target.peerTarget?.settings.secretKey === undefined)) {
    return 'the signed-cookies engine shares sessions through one secret, which the target file or its peer\'s does not name (settings.secretKey)'
  }
  const missing = entries.filter((entry) => target.shared[entry] !== true)
  if (missing.length === 0) return undefined
  return `the server and its peer do not share ${missing.map((entry) => WHAT[entry]).join(' and ')} for the ${engine} engine (the target file's ${missing.map((entry) => `shared.${entry}`).join(', ')})`
}
