// Control and fixture parameters checked against their schemas (schemas/operation-params.schema.json,
// schemas/fixture-params.schema.json) before an operation runs, so a value out of range is refused
// with 422 and one line instead of breaking a later request (clock.set {"now": 1e308} made every
// signed cookie answer 500; a sessionCookiePath of "/☃" was accepted and every session write
// failed until a reset; a fixture took any key, even "__proto__", and times past year 9999).
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { ParameterRejected } from './params.js'
import { SchemaValidators } from '../../lib/schema-validators.js'

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
  private readonly validators: SchemaValidators
  private readonly definitions: Record<string, SchemaNode>

  constructor(schemaFile: string, private readonly options: CheckOptions) {
    this.validators = new SchemaValidators(schemaFile, 'first')
    this.definitions = (this.validators.schema.$defs ?? {}) as Record<string, SchemaNode>
  }

  /** The operation's validator (compiled ahead of time, lib/schema-validators.ts), or undefined when the schema does not describe it. */
  private validator(operation: string): ValidateFunction | undefined {
    // Only described operations are kept: a request may name any operation.
    if (!Object.hasOwn(this.definitions, operation) || !(operation.includes('.') || operation === 'reset')) return undefined
    return this.validators.get(operation)
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
  const instance = new SchemaChecker(schemaFile, options)
  return (operation, params) => instance.check(operation, params)
}

export const checkControlParams = checker('operation-params.schema.json', { typeErrorsByType: false })
export const checkFixtureParams = checker('fixture-params.schema.json', { typeErrorsByType: true })
