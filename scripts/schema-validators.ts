// `npm run schema-validators`: compiles the validators of schemas/*.schema.json ahead of time into
// schemas/validators/<name>.<mode>.cjs (ajv's standalone code), with the SHA-256 of the schema
// they were compiled from; lib/schema-validators.ts uses a file only while its schema is unchanged.
// test/schema-validators.test.ts fails when a committed file differs from what this writes.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import addFormats from 'ajv-formats'
import { ajvOptions, compiledPath, schemaHash, validatorNames, type ErrorMode } from '../lib/schema-validators.js'
import { PACKAGE_ROOT } from '../lib/package-root.js'

const root = PACKAGE_ROOT

/** Each schema file and the modes it is validated in (lib/schema-validators.ts). */
export const COMPILED_SCHEMAS: ReadonlyArray<{ file: string; mode: ErrorMode }> = [
  { file: 'target.schema.json', mode: 'all' },
  { file: 'expectations.schema.json', mode: 'all' },
  { file: 'results.schema.json', mode: 'all' },
  { file: 'fixture-api.schema.json', mode: 'all' },
  { file: 'operation-params.schema.json', mode: 'first' },
  { file: 'fixture-params.schema.json', mode: 'first' },
]

/** The module text for one schema file in one mode. */
export async function compiledValidators(file: string, mode: ErrorMode): Promise<string> {
  const text = await readFile(join(root, 'schemas', file), 'utf8')
  const schema = JSON.parse(text) as { $id: string; $defs?: Record<string, unknown>; type?: unknown }
  const ajv = new Ajv2020({ ...ajvOptions(mode), code: { source: true } })
  if (mode === 'all') addFormats.default(ajv)
  ajv.addSchema(schema)
  const refs = Object.fromEntries(validatorNames(schema).map((name) => [name, name === '' ? schema.$id : `${schema.$id}#/$defs/${name}`]))
  return [
    `// Generated from schemas/${file} by scripts/schema-validators.ts (npm run schema-validators): do not edit.`,
    standaloneCode.default(ajv, refs),
    `exports.sourceHash = ${JSON.stringify(schemaHash(text))};`,
    '',
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { file, mode } of COMPILED_SCHEMAS) {
    const path = compiledPath(file, mode)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, await compiledValidators(file, mode))
    console.log(path.slice(root.length))
  }
}
