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

describe('the target file schema names the same engines as lib/engine-ids.ts', () => {
  it('accepts every engine id, with each of its stores, and nothing else', async () => {
    const { ENGINE_IDS, storesOf } = await import('../lib/engine-ids.js')
    const schema = JSON.parse(await readFile('schemas/target.schema.json', 'utf8')) as { $defs: Record<string, { pattern?: string }> }
    const variant = Object.values(schema.$defs).find((def) => def.pattern?.includes('signed-cookies'))
    assert.ok(variant?.pattern, 'schemas/target.schema.json has no engine variant pattern')
    const pattern = new RegExp(variant.pattern)
    const variants = ENGINE_IDS.flatMap((id) => [id, ...storesOf(id).map((store) => `${id}/${store}`)])
    assert.deepEqual(variants.filter((v) => !pattern.test(v)), [], 'engine variants the target schema refuses')
    // Only the listed variants (plus store pairs the pattern cannot tell apart) may pass: a new engine id must be added to both.
    for (const stranger of ['session', 'redis', 'db/', 'memory/local', 'signed-cookies/redis']) assert.equal(pattern.test(stranger), false, stranger)
  })
})
