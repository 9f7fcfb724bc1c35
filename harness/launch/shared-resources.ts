import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/**
 * Makes what a target file's `shared` asks for, once per worker, so that the target's server and
 * its peer's meet in the same store. sqlitePath: a path in a fresh directory (the servers
 * create the file), given as {sqlite} and as SESSIONSPEC_SQLITE_PATH.
 */
export async function prepareSharedResources(shared: SharedResources | undefined): Promise<PreparedResources> {
  if (!shared?.sqlitePath) return { context: EMPTY_LAUNCH_CONTEXT, release: async () => {} }
  const directory = await mkdtemp(join(tmpdir(), 'sessionspec-shared-'))
  const sqlite = join(directory, 'shared.sqlite3')
  return {
    context: { placeholders: { sqlite }, env: { SESSIONSPEC_SQLITE_PATH: sqlite } },
    release: () => rm(directory, { recursive: true, force: true }),
  }
}
