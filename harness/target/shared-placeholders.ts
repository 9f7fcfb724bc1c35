import type { SharedResources } from './types.js'

/**
 * The `{name}` placeholder of each `shared` entry that makes a resource, as start commands, their
 * env values and in-process args write it (harness/launch/shared-resources.ts fills them).
 */
export const SHARED_PLACEHOLDERS: Readonly<Record<string, Exclude<keyof SharedResources, 'engines'>>> = {
  sqlite: 'sqlitePath',
  files: 'fileDirectory',
  keyPrefix: 'cacheKeyPrefix',
  schema: 'postgresSchema',
}
