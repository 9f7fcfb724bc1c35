// Control parameters checked against schemas/operation-params.schema.json before an operation
// runs, so a value out of range is refused with 422 and one line instead of breaking a later
// request (clock.set {"now": 1e308} made every signed cookie answer 500; a sessionCookiePath of
// "/☃" was accepted and every session write failed until a reset).
import { readFileSync } from 'node:fs'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { ParameterRejected } from '../fixtures/params.js'

const SCHEMA_URL = new URL('../../schemas/operation-params.schema.json', import.meta.url)

interface ParamsSchema { $id: string; $defs: Record<string, unknown> }

let validators: Map<string, ValidateFunction> | undefined

/** Compiled once, on first use: one validator per operation the schema describes. */
function compiled(): Map<string, ValidateFunction> {
  if (validators) return validators
  const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as ParamsSchema
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, verbose: true })
  ajv.addSchema(schema)
  validators = new Map()
  for (const name of Object.keys(schema.$defs)) {
    if (name.includes('.') || name === 'reset') validators.set(name, ajv.getSchema(`${schema.$id}#/$defs/${name}`)!)
  }
  return validators
}

/** One line for the first problem, naming the parameter as the other 422 answers do. */
function describeError(error: ErrorObject): string {
  const name = error.instancePath.replace(/^\//, '').replace(/\//g, '.')
  if (error.keyword === 'additionalProperties') {
    return `unknown parameter ${JSON.stringify((error.params as { additionalProperty: string }).additionalProperty)}`
  }
  if (error.keyword === 'required') return `${(error.params as { missingProperty: string }).missingProperty} is required`
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
