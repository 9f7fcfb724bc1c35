// The validators of schemas/ are compiled ahead of time and committed (schemas/validators/); a
// schema changed without compiling them again fails here, naming the command. The compiled ones
// must judge exactly as ajv compiling the schema at run time does: same verdicts, same errors.
import assert from 'node:assert/strict'
import { copyFile, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { COMPILED_SCHEMAS, compiledValidators } from '../scripts/schema-validators.js'
import { ajvOptions, compiledPath, SchemaValidators, validatorNames } from '../lib/schema-validators.js'

describe('schemas/validators is what scripts/schema-validators.ts makes of schemas/', () => {
  for (const { file, mode } of COMPILED_SCHEMAS) {
    it(`${file} (${mode}) is current and used`, async () => {
      const path = compiledPath(file, mode)
      const committed = await readFile(path, 'utf8').catch(() => '')
      assert.ok(committed === await compiledValidators(file, mode), `${path} differs from schemas/${file}: run npm run schema-validators and commit the result`)
      assert.equal(new SchemaValidators(file, mode).precompiled, true)
    })
  }
})

/** Documents each kind of validator is tried on: right ones, wrong ones, and hostile shapes. */
const SAMPLES: unknown[] = [
  null, 0, 'text', [], {}, { name: 'x' }, { name: 'x', baseUrl: 'http://127.0.0.1:{port}', profiles: ['core'] },
  { name: 'x', baseUrl: 'ftp://x', profiles: ['nope'], extra: 1 }, { cookies: {} }, { cookies: { a: 1 } },
  { key: 'k', value: 'v' }, { key: 1 }, { stored: 'k' }, { now: 1e308 }, { engine: 'db', store: 'postgres' },
  { expectations: [{ id: 'COOK-SER-002', reason: 'r' }] }, { expectations: [{ id: 1 }] }, { __proto__: { a: 1 }, b: 2 },
]

describe('a compiled validator judges as ajv compiling the schema at run time', () => {
  for (const { file, mode } of COMPILED_SCHEMAS) {
    it(`${file} (${mode}): same verdicts and same errors on every sample`, async () => {
      const schema = JSON.parse(await readFile(`schemas/${file}`, 'utf8')) as { $id: string; $defs?: Record<string, unknown>; type?: unknown }
      const ajv = new Ajv2020(ajvOptions(mode))
      if (mode === 'all') addFormats.default(ajv)
      ajv.addSchema(schema)
      const compiled = new SchemaValidators(file, mode)
      for (const name of validatorNames(schema)) {
        const atRunTime = ajv.getSchema(name === '' ? schema.$id : `${schema.$id}#/$defs/${name}`)!
        const ahead = compiled.get(name === '' ? undefined : name)!
        for (const sample of SAMPLES) {
          const verdict = ahead(sample)
          assert.equal(verdict, atRunTime(sample), `${file} ${name || '(whole)'} on ${JSON.stringify(sample)}`)
          assert.deepEqual(ahead.errors ?? null, atRunTime.errors ?? null, `${file} ${name || '(whole)'} errors on ${JSON.stringify(sample)}`)
        }
      }
    })
  }
})

describe('a schema edited after its validators were compiled', () => {
  it('is checked by ajv compiling the edited schema, never by the older validator', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sessionspec-validators-'))
    await mkdir(join(root, 'schemas', 'validators'), { recursive: true })
    // The compiled file requires ajv's run-time helpers, as it does inside the package.
    await symlink(join(process.cwd(), 'node_modules'), join(root, 'node_modules'))
    const schema = JSON.parse(await readFile('schemas/expectations.schema.json', 'utf8')) as { required?: string[]; properties: Record<string, unknown> }
    await copyFile(compiledPath('expectations.schema.json', 'all'), compiledPath('expectations.schema.json', 'all', root))
    // The same schema compiled ahead of time is used as it is...
    await writeFile(join(root, 'schemas', 'expectations.schema.json'), await readFile('schemas/expectations.schema.json', 'utf8'))
    assert.equal(new SchemaValidators('expectations.schema.json', 'all', root).precompiled, true)
    // ...an edited one (a new required key) is compiled again, and its new rule applies.
    schema.properties.owner = { type: 'string' }
    schema.required = [...(schema.required ?? []), 'owner']
    await writeFile(join(root, 'schemas', 'expectations.schema.json'), JSON.stringify(schema))
    const edited = new SchemaValidators('expectations.schema.json', 'all', root)
    assert.equal(edited.precompiled, false)
    const validate = edited.get()!
    assert.equal(validate({ expectations: [] }), false)
    assert.deepEqual(validate.errors?.map((e) => e.message), ["must have required property 'owner'"])
  })
})
