// The TypeScript types of the contracts are generated from schemas/*.schema.json and committed
// (lib/schema-types/); a schema changed without regenerating them fails here, naming the command.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { modulePath, schemaTypes, SCHEMA_MODULES } from '../scripts/schema-types.js'

describe('lib/schema-types is what scripts/schema-types.ts makes of schemas/', () => {
  for (const name of SCHEMA_MODULES) {
    it(`lib/schema-types/${name}.ts is current`, async () => {
      const committed = await readFile(modulePath(name), 'utf8')
      assert.ok(committed === await schemaTypes(name), `lib/schema-types/${name}.ts differs from schemas/${name}.schema.json: run npm run schema-types and commit the result`)
    })
  }
})
