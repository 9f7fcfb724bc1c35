// `npm run schema-types`: writes lib/schema-types/<name>.ts, the TypeScript types of each
// schemas/<name>.schema.json (json-schema-to-typescript), so that the schemas are the one source
// of every contract: the harness and the reference server import these types, never a hand copy.
// test/schema-types.test.ts fails when a committed file differs from what this writes.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compile, type JSONSchema } from 'json-schema-to-typescript'
import { PACKAGE_ROOT } from '../lib/package-root.js'

const root = PACKAGE_ROOT

/** Each schema and the module its types go to. */
export const SCHEMA_MODULES = ['target', 'results', 'expectations', 'fixture-api', 'fixture-params', 'operation-params'] as const

export function modulePath(name: string): string {
  return join(root, 'lib', 'schema-types', `${name}.ts`)
}

/** An operation's definition is named for the operation ("cookie.set", "reset"). */
function isOperation(name: string): boolean {
  return name.includes('.') || name === 'reset'
}

/**
 * A schema of operations (a $defs entry per operation, no top level of its own) gets a top level
 * that lists them, so that its type maps each operation name to its type:
 * `SessionspecFixtureOperationParameters['cookie.set']`. The schema file itself is not changed.
 */
function withOperationMap(schema: JSONSchema): JSONSchema {
  const operations = Object.keys(schema.$defs ?? {}).filter(isOperation)
  if (schema.type !== undefined || operations.length === 0) return schema
  return {
    ...schema,
    type: 'object',
    additionalProperties: false,
    required: operations,
    properties: Object.fromEntries(operations.map((operation) => [operation, { $ref: `#/$defs/${operation}` }])),
  }
}

/** The module text for one schema. */
export async function schemaTypes(name: string): Promise<string> {
  const schema = withOperationMap(JSON.parse(await readFile(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as JSONSchema)
  const types = await compile(schema, name, {
    bannerComment: `// Generated from schemas/${name}.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.`,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    // An answer may carry fields beyond its schema's, and the harness reads only those the schema
    // names: typed closed, so that `'unavailable' in answer` tells the two kinds of answer apart.
    additionalProperties: name !== 'fixture-api',
    format: true,
    cwd: join(root, 'schemas'),
  })
  return types
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of SCHEMA_MODULES) {
    await writeFile(modulePath(name), await schemaTypes(name))
    console.log(`lib/schema-types/${name}.ts`)
  }
}
