/**
 * The areas `npm run mutate -- <area>` knows: which reference code Stryker mutates, which
 * features run against each mutant, and which engines and message storages the run needs.
 * An area that does not depend on the engine runs one engine pass only, to stay practical on
 * a 2-core machine.
 */
export interface MutationArea {
  /** Globs (relative to the project root) of the code Stryker mutates. */
  mutate: string[]
  /** Feature files or folders that run against every mutant. */
  features: string[]
  /** The target's engines for this area (each is one pass of every @per-engine feature). */
  engines: string[]
  /** The target's message storages (each is one pass of every @per-storage feature). */
  messageStorages: string[]
}

export const AREAS: Record<string, MutationArea> = {
  cookies: {
    mutate: ['reference/cookies/**/*.ts'],
    features: ['features/cookies'],
    engines: ['memory'],
    messageStorages: ['cookie'],
  },
  signing: {
    mutate: ['reference/signing/**/*.ts', 'lib/signing/**/*.ts'],
    // Signed cookies, the signed-cookies session engine, the signed messages cookie, and the
    // session data encoding of the database engine (signing.dumps).
    features: [
      'features/cookies/signed-cookies.feature',
      'features/cookies/altered-signed-cookies.feature',
      'features/sessions/signed-cookies-engine.feature',
      'features/sessions/session-lifecycle.feature',
      'features/messages/cookie-storage.feature',
    ],
    engines: ['signed-cookies', 'db'],
    messageStorages: ['cookie'],
  },
  sessions: {
    mutate: ['reference/sessions/**/*.ts'],
    features: ['features/sessions', 'features/expiry', 'features/purging'],
    // Engines are what this area mutates, so every engine the reference server has runs.
    engines: ['memory', 'file', 'db', 'db/postgres', 'cache', 'cache/redis', 'cache/memcached', 'cached-db', 'signed-cookies'],
    messageStorages: ['fallback'],
  },
  messages: {
    mutate: ['reference/messages/**/*.ts'],
    features: ['features/messages'],
    engines: ['memory'],
    messageStorages: ['cookie', 'session', 'fallback'],
  },
  checks: {
    // The checks code and the operation that runs it over the reference server's settings.
    mutate: ['lib/checks/**/*.ts', 'reference/checks/**/*.ts'],
    features: ['features/checks'],
    engines: ['memory'],
    messageStorages: ['fallback'],
  },
}

export function findArea(name: string | undefined): MutationArea {
  const known = Object.keys(AREAS).join(', ')
  if (name === undefined) throw new Error(`name an area to mutate: npm run mutate -- <area>, one of: ${known}`)
  const area = Object.hasOwn(AREAS, name) ? AREAS[name] : undefined
  if (!area) throw new Error(`unknown mutation area "${name}"; expected one of: ${known}`)
  return area
}
