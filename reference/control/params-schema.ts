// Control parameters checked against schemas/operation-params.schema.json before an operation
// runs, so a value out of range is refused with 422 and one line instead of breaking a later
// request (clock.set {"now": 1e308} made every signed cookie answer 500; a sessionCookiePath of
// "/☃" was accepted and every session write failed until a reset).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { PACKAGE_ROOT } from '../../lib/package-root.js'
import { ParameterRejected } from '../fixtures/params.js'

// From the package root: this file runs from reference/ in a checkout and from dist/reference/ in the package.
const SCHEMA_FILE = join(PACKAGE_ROOT, 'schemas', 'operation-params.schema.json')

interface ParamsSchema { $id: string; $defs: Record<string, unknown> }

let validators: Map<string, ValidateFunction> | undefined

/** Compiled once, on first use: one validator per operation the schema describes. */
function compiled(): Map<string, ValidateFunction> {
  if (validators) return validators
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as ParamsSchema
  definitions = schema.$defs as Record<string, SchemaNode>
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, verbose: true })
  ajv.addSchema(schema)
  validators = new Map()
  for (const name of Object.keys(schema.$defs)) {
    if (name.includes('.') || name === 'reset') validators.set(name, ajv.getSchema(`${schema.$id}#/$defs/${name}`)!)
  }
  return validators
}

interface SchemaNode { type?: string | string[]; $ref?: string; properties?: Record<string, SchemaNode> }

let definitions: Record<string, SchemaNode> = {}

/** "a number" or "a string", as the other 422 answers say what a missing parameter is. */
function expectedType(parent: SchemaNode | undefined, name: string): string {
  let node = parent?.properties?.[name]
  if (node?.$ref) node = definitions[node.$ref.replace('#/$defs/', '')]
  const type = Array.isArray(node?.type) ? node?.type[0] : node?.type
  return type === 'string' ? 'a string' : type === 'boolean' ? 'a boolean' : 'a number'
}

/** One line for the first problem, naming the parameter as the other 422 answers do. */
function describeError(error: ErrorObject): string {
  const name = error.instancePath.replace(/^\//, '').replace(/\//g, '.')
  if (error.keyword === 'additionalProperties') {
    return `unknown parameter ${JSON.stringify((error.params as { additionalProperty: string }).additionalProperty)}`
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty
    return `${missing} is required (${expectedType(error.parentSchema as SchemaNode | undefined, missing)})`
  }
  const description = (error.parentSchema as { description?: string } | undefined)?.description
  return `${name || 'the parameters'} must be ${description ?? error.message ?? 'valid'}`
}

/** Throws ParameterRejected (422) when the operation has a schema and `params` breaks it. */
export function checkControlParams(operation: string, params: unknown): void {
  const validate = compiled().get(operation)
  if (validate === undefined || validate(params)) return
  const errors = validate.errors ?? []
  // A value that fits no branch of a oneOf: the property's own description says what fits.
  const error = errors.find((e) => e.keyword === 'oneOf') ?? errors[0]
  throw new ParameterRejected(error ? describeError(error) : 'the parameters are not valid')
}
