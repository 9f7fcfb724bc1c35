// The validators of schemas/*.schema.json, compiled once ahead of time (schemas/validators/, by
// scripts/schema-validators.ts) instead of by ajv in every process: compiling them cost each run
// about half a CPU second in the command and a quarter in every worker, and loading ajv itself
// a fifth more (bench/README.md). A compiled file is used only while its schema is the one it was
// compiled from (a SHA-256 of the schema's text); otherwise, or when it is missing, ajv compiles
// the schema here as before, with the same options, so an edited schema is never checked by an
// older validator.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Ajv2020 as Ajv2020Type, Options, ValidateFunction } from 'ajv/dist/2020.js'
import { PACKAGE_ROOT } from './package-root.js'

const require = createRequire(import.meta.url)

/**
 * The two ways the project validates: every problem of a document (target and expectations
 * files, results, answers: `all`), or the first problem of an operation's parameters (`first`,
 * the reference server's 422 names one).
 */
export type ErrorMode = 'all' | 'first'

/** The ajv options of each mode, shared by the compiled files and the fallback. */
export function ajvOptions(mode: ErrorMode): Options {
  return { allErrors: mode === 'all', strict: true, allowUnionTypes: true, verbose: true }
}

/** Where the compiled validators of a schema file live, e.g. schemas/validators/target.all.cjs. */
export function compiledPath(schemaFile: string, mode: ErrorMode, root = PACKAGE_ROOT): string {
  return join(root, 'schemas', 'validators', `${schemaFile.replace(/\.schema\.json$/, '')}.${mode}.cjs`)
}

export function schemaHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

interface Compiled {
  sourceHash?: string
  [name: string]: unknown
}

/** One schema file's validators, compiled ahead of time or, failing that, by ajv on first use. */
export class SchemaValidators {
  readonly schema: { $id: string; $defs?: Record<string, unknown>; type?: unknown }
  private readonly compiled: Compiled | undefined
  private ajv: Ajv2020Type | undefined
  private readonly cache = new Map<string, ValidateFunction | undefined>()

  /** `root`: the folder holding schemas/ (the package's, but for tests). */
  constructor(readonly schemaFile: string, readonly mode: ErrorMode, root = PACKAGE_ROOT) {
    const text = readFileSync(join(root, 'schemas', schemaFile), 'utf8')
    this.schema = JSON.parse(text) as SchemaValidators['schema']
    const path = compiledPath(schemaFile, mode, root)
    const compiled = existsSync(path) ? (require(path) as Compiled) : undefined
    this.compiled = compiled?.sourceHash === schemaHash(text) ? compiled : undefined
  }

  /** Whether the validators come from the compiled file (for tests and the benchmark). */
  get precompiled(): boolean {
    return this.compiled !== undefined
  }

  /** The whole schema's validator (definition undefined) or one $defs entry's; undefined when the schema has no such definition. */
  get(definition?: string): ValidateFunction | undefined {
    // '' names the whole schema, as in the compiled files.
    const name = definition ?? ''
    if (this.cache.has(name)) return this.cache.get(name)
    const validate = this.compiled ? this.fromCompiled(name) : this.fromAjv(definition)
    this.cache.set(name, validate)
    return validate
  }

  private fromCompiled(name: string): ValidateFunction | undefined {
    const validate = Object.hasOwn(this.compiled!, name) ? this.compiled![name] : undefined
    return typeof validate === 'function' ? (validate as ValidateFunction) : undefined
  }

  private fromAjv(definition: string | undefined): ValidateFunction | undefined {
    if (definition !== undefined && !Object.hasOwn(this.schema.$defs ?? {}, definition)) return undefined
    if (!this.ajv) {
      // Loaded only here: a process whose validators are all compiled never loads ajv.
      const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
      this.ajv = new Ajv2020(ajvOptions(this.mode))
      if (this.mode === 'all') (require('ajv-formats') as { default: (ajv: Ajv2020Type) => void }).default(this.ajv)
      this.ajv.addSchema(this.schema)
    }
    return this.ajv.getSchema(definition === undefined ? this.schema.$id : `${this.schema.$id}#/$defs/${definition}`)
  }
}

/** The names the compiled file of a schema holds: the whole schema when it has a top level, and every $defs entry. */
export function validatorNames(schema: SchemaValidators['schema']): string[] {
  return [...(schema.type !== undefined ? [''] : []), ...Object.keys(schema.$defs ?? {})]
}
