// Control and fixture parameters checked against their schemas (schemas/operation-params.schema.json,
// schemas/fixture-params.schema.json) before an operation runs, so a value out of range is refused
// with 422 and one line instead of breaking a later request (clock.set {"now": 1e308} made every
// signed cookie answer 500; a sessionCookiePath of "/☃" was accepted and every session write
// failed until a reset; a fixture took any key, even "__proto__", and times past year 9999).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { ParameterRejected } from './params.js'
import { PACKAGE_ROOT } from '../../lib/package-root.js'

interface ParamsSchema { $id: string; $defs: Record<string, SchemaNode> }

interface SchemaNode {
  type?: string | string[]
  $ref?: string
  description?: string
  properties?: Record<string, SchemaNode>
}

export type ParamsCheck = (operation: string, params: unknown) => void

interface CheckOptions {
  /** A wrong JSON type is told by type ("a number, not a string"), as the fixture API's typed
   * reads always said; otherwise by the parameter's description, as the control API says. */
  typeErrorsByType: boolean
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'a number', boolean: 'a boolean', array: 'a list', object: 'a JSON object', null: 'null',
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`
}

/** `steps[2].maxAge` for /steps/2/maxAge, as the typed reads name a parameter. */
function label(instancePath: string): string {
  return instancePath.split('/').slice(1).map((part) => /^\d+$/.test(part) ? `[${part}]` : `.${part}`).join('').replace(/^\./, '')
}

function prefixed(instancePath: string, name: string): string {
  const where = label(instancePath)
  return where ? `${where}.${name}` : name
}

class SchemaChecker {
  private ajv: Ajv2020 | undefined
  private schemaId = ''
  private definitions: Record<string, SchemaNode> = {}
  /** One validator per operation the schema describes, compiled on the operation's first check. */
  private readonly validators = new Map<string, ValidateFunction>()

  constructor(private readonly file: string, private readonly options: CheckOptions) {}

  /**
   * The operation's validator, or undefined when the schema does not describe it. Compiling all
   * of them at once cost a worker about a quarter of a CPU second, mostly for operations a short
   * run never calls.
   */
  private validator(operation: string): ValidateFunction | undefined {
    if (this.validators.has(operation)) return this.validators.get(operation)
    if (!this.ajv) {
      const schema = JSON.parse(readFileSync(this.file, 'utf8')) as ParamsSchema
      this.definitions = schema.$defs
      this.schemaId = schema.$id
      this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, verbose: true })
      this.ajv.addSchema(schema)
    }
    // Only described operations are kept: a request may name any operation.
    if (!Object.hasOwn(this.definitions, operation) || !(operation.includes('.') || operation === 'reset')) return undefined
    const validate = this.ajv.getSchema(`${this.schemaId}#/$defs/${operation}`)!
    this.validators.set(operation, validate)
    return validate
  }

  private resolve(node: SchemaNode | undefined): SchemaNode | undefined {
    return node?.$ref ? this.resolve(this.definitions[node.$ref.replace('#/$defs/', '')]) : node
  }

  /** What a missing parameter is: its one type, else its description. */
  private expected(parent: SchemaNode | undefined, name: string): string {
    const node = this.resolve(this.resolve(parent)?.properties?.[name])
    const types = node?.type === undefined ? [] : [node.type].flat()
    if (types.length === 1) return TYPE_WORDS[types[0]!] ?? 'a number'
    return node?.description ?? (types.length > 0 ? TYPE_WORDS[types[0]!]! : 'any JSON value')
  }

  /** One line for the first problem, naming the parameter as the other 422 answers do. */
  private describe(error: ErrorObject): string {
    if (error.keyword === 'additionalProperties') {
      const name = (error.params as { additionalProperty: string }).additionalProperty
      return `unknown parameter ${JSON.stringify(prefixed(error.instancePath, name))}`
    }
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty
      return `${prefixed(error.instancePath, missing)} is required (${this.expected(error.parentSchema as SchemaNode | undefined, missing)})`
    }
    const where = label(error.instancePath) || (this.options.typeErrorsByType ? 'the request body' : 'the parameters')
    if (error.keyword === 'type' && this.options.typeErrorsByType) {
      const wanted = [error.schema as string | string[]].flat()[0]!
      return `${where} must be ${TYPE_WORDS[wanted] ?? wanted}, not ${describeValue(error.data)}`
    }
    const description = (error.parentSchema as SchemaNode | undefined)?.description
    return `${where} must be ${description ?? error.message ?? 'valid'}`
  }

  /** Throws ParameterRejected (422) when the operation has a schema and `params` breaks it. */
  check(operation: string, params: unknown): void {
    const validate = this.validator(operation)
    if (validate === undefined || validate(params)) return
    const errors = validate.errors ?? []
    // A value that fits no branch of a oneOf: the property's own description says what fits.
    const error = errors.find((e) => e.keyword === 'oneOf') ?? errors[0]
    throw new ParameterRejected(error ? this.describe(error) : 'the parameters are not valid')
  }
}

function checker(schemaFile: string, options: CheckOptions): ParamsCheck {
  // From the package root: this file runs from reference/ in a checkout and from dist/reference/ in the package.
  const instance = new SchemaChecker(join(PACKAGE_ROOT, 'schemas', schemaFile), options)
  return (operation, params) => instance.check(operation, params)
}

export const checkControlParams = checker('operation-params.schema.json', { typeErrorsByType: false })
export const checkFixtureParams = checker('fixture-params.schema.json', { typeErrorsByType: true })
