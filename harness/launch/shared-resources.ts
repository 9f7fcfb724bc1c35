import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importOptional } from '../../lib/optional-package.js'
import type { SharedResources } from '../target/types.js'

/** What a start command receives besides its port: `{name}` placeholders and environment variables. */
export interface LaunchContext {
  placeholders: Readonly<Record<string, string>>
  env: Readonly<Record<string, string>>
}

export const EMPTY_LAUNCH_CONTEXT: LaunchContext = { placeholders: {}, env: {} }

/** Resources one worker made for a target and its peer, and how to remove them. */
export interface PreparedResources {
  context: LaunchContext
  release(): Promise<void>
}

/** Where the servers' PostgreSQL is, as the reference server reads it; the harness drops the shared schema there. */
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * Makes what a target file's `shared` asks for, once per worker, so that the target's server and
 * its peer's meet in the same store; each entry is a placeholder for the start commands and an
 * environment variable:
 * - sqlitePath: a path in a fresh directory (the servers create the file): {sqlite}, SESSIONSPEC_SQLITE_PATH;
 * - fileDirectory: an empty directory for the session files: {files}, SESSIONSPEC_FILE_PATH;
 * - cacheKeyPrefix: a Redis and memcached key prefix no other worker or run uses: {keyPrefix},
 *   SESSIONSPEC_CACHE_KEY_PREFIX;
 * - postgresSchema: the name of a PostgreSQL schema no other worker or run uses, which the servers
 *   create when they first need it and the harness drops at the end: {schema}, SESSIONSPEC_POSTGRES_SCHEMA.
 */
export async function prepareSharedResources(shared: SharedResources | undefined): Promise<PreparedResources> {
  if (!shared?.sqlitePath && !shared?.fileDirectory && !shared?.cacheKeyPrefix && !shared?.postgresSchema) {
    return { context: EMPTY_LAUNCH_CONTEXT, release: async () => {} }
  }
  const directory = await mkdtemp(join(tmpdir(), 'sessionspec-shared-'))
  // The worker's own name for its key prefix and its schema: no other worker or run meets them.
  const name = `sessionspec_shared_${process.pid}_${randomBytes(4).toString('hex')}`
  const placeholders: Record<string, string> = {}
  const env: Record<string, string> = {}
  if (shared.sqlitePath) {
    placeholders.sqlite = env.SESSIONSPEC_SQLITE_PATH = join(directory, 'shared.sqlite3')
  }
  if (shared.fileDirectory) {
    placeholders.files = env.SESSIONSPEC_FILE_PATH = join(directory, 'files')
    // SESSION_FILE_PATH must exist before a server starts on it, and only its owner may read it.
    await mkdir(placeholders.files, { mode: 0o700 })
  }
  if (shared.cacheKeyPrefix) placeholders.keyPrefix = env.SESSIONSPEC_CACHE_KEY_PREFIX = name.replaceAll('_', '-')
  if (shared.postgresSchema) placeholders.schema = env.SESSIONSPEC_POSTGRES_SCHEMA = name
  return {
    context: { placeholders, env },
    release: async () => {
      await rm(directory, { recursive: true, force: true })
      if (shared.postgresSchema) await dropPostgresSchema(name)
    },
  }
}

/**
 * Drops the worker's schema, where the servers made it (SESSIONSPEC_POSTGRES_URL, as they read
 * it). A PostgreSQL that cannot be reached, or a pg that is not installed, had no schema made
 * in it by this worker's servers either; any other failure is one line on stderr.
 */
async function dropPostgresSchema(schema: string): Promise<void> {
  const url = process.env.SESSIONSPEC_POSTGRES_URL || DEFAULT_POSTGRES_URL
  let pg: typeof import('pg').default
  try {
    pg = (await importOptional('pg', 'dropping the shared PostgreSQL schema', () => import('pg'))).default
  } catch {
    return
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
  } catch {
    return
  }
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } catch (error) {
    process.stderr.write(`sessionspec: could not drop the shared PostgreSQL schema ${schema}: ${(error as Error).message.split('\n')[0]}\n`)
  } finally {
    await client.end().catch(() => {})
  }
}
