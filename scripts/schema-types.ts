// `npm run schema-types`: writes lib/schema-types/<name>.ts, the TypeScript types of each
// schemas/<name>.schema.json (json-schema-to-typescript), so that the schemas are the one source
// of every contract: the harness and the reference server import these types, never a hand copy.
// test/schema-types.test.ts fails when a committed file differs from what this writes.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compile, type JSONSchema } from 'json-schema-to-typescript'

const root = new URL('..', import.meta.url).pathname

/** Each schema and the module its types go to. */
export const SCHEMA_MODULES = ['target', 'results', 'expectations', 'fixture-api', 'fixture-params', 'operation-params'] as const

export function modulePath(name: string): string {
  return join(root, 'lib', 'schema-types', `${name}.ts`)
}

/** The module text for one schema. */
export async function schemaTypes(name: string): Promise<string> {
  const schema = JSON.parse(await readFile(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as JSONSchema
  const types = await compile(schema, name, {
    bannerComment: `// Generated from schemas/${name}.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.`,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
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
