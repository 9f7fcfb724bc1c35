import { readFile } from 'node:fs/promises'
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { SchemaValidators } from '../../lib/schema-validators.js'
import { ConfigurationError, type Problem } from './problems.js'

const schemas = new Map<string, SchemaValidators>()

/** A schema file of schemas/, every problem reported: its compiled validators (lib/schema-validators.ts), read once per process. */
function validatorsOf(schemaFile: string): SchemaValidators {
  let validators = schemas.get(schemaFile)
  if (!validators) {
    validators = new SchemaValidators(schemaFile, 'all')
    schemas.set(schemaFile, validators)
  }
  return validators
}

/** The validator of a whole schema from schemas/. */
export function schemaValidator(schemaFile: string): ValidateFunction {
  const validate = validatorsOf(schemaFile).get()
  if (!validate) throw new Error(`${schemaFile} has no top level to validate against`)
  return validate
}

/** Reads a YAML file and validates it; throws ConfigurationError with every problem found. */
export async function loadYamlDocument(file: string, schemaFile: string): Promise<unknown> {
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError([{ file, path: '', message: code === 'ENOENT' ? 'file not found' : `cannot read file (${code})` }])
  }
  return validateYaml(file, source, schemaFile)
}

export function validateYaml(file: string, source: string, schemaFile: string): unknown {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) {
    throw new ConfigurationError(doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0])
      const message = e.code === 'DUPLICATE_KEY'
        ? `duplicate key "${/^[^:\s]+/.exec(source.slice(e.pos[0]))?.[0] ?? ''}"; a key may appear only once in a mapping`
        : `YAML syntax error: ${e.message.split('\n')[0]}`
      return { file, line: pos.line, col: pos.col, path: '', message }
    }))
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new ConfigurationError([{ file, path: '', message: 'the file is empty; expected a mapping of keys such as name, baseUrl, profiles' }])
  }
  if (!isMap(doc.contents)) {
    const pos = doc.contents.range ? lines.linePos(doc.contents.range[0]) : undefined
    throw new ConfigurationError([{ file, line: pos?.line, col: pos?.col, path: '', message: `expected a mapping of keys, got ${kindOf(doc.toJS())}` }])
  }
  const data: unknown = doc.toJS()
  const validate = schemaValidator(schemaFile)
  if (!validate(data)) throw new ConfigurationError(toProblems(file, doc, lines, validate.errors ?? []))
  return data
}

function toProblems(file: string, doc: Document, lines: LineCounter, errors: ErrorObject[]): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    if (error.keyword === 'propertyNames' || error.keyword === 'if') continue
    const { path, message, atKey } = describe(error)
    const position = locate(doc, lines, path, atKey)
    const key = `${path}|${message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ file, path, message, ...position })
  }
  return problems
}

function describe(error: ErrorObject): { path: string; message: string; atKey?: string } {
  const path = error.instancePath
  const params = error.params as Record<string, unknown>
  const parent = error.parentSchema as { description?: string } | undefined
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((error.schema === false ? (error.parentSchema as { properties?: object })?.properties : {}) ?? {})
      const key = String(params.additionalProperty)
      return { path: `${path}/${key}`, atKey: key, message: `unknown key "${key}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}` }
    }
    case 'required':
      return { path, message: `missing required key "${String(params.missingProperty)}"` }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')
      if (error.propertyName !== undefined) {
        return { path: `${path}/${error.propertyName}`, atKey: error.propertyName, message: `unknown name "${error.propertyName}"; expected one of ${values}` }
      }
      return { path, message: `must be one of ${values} (got ${JSON.stringify(error.data)})` }
    }
    case 'type':
      return { path, message: `must be ${article(String(params.type))} (got ${kindOf(error.data)})` }
    case 'pattern':
      return { path, message: `${JSON.stringify(error.data)} is not valid${parent?.description ? `; expected ${parent.description}` : ` (expected to match ${String(params.pattern)})`}` }
    case 'uniqueItems':
      return { path, message: `items ${String(params.j)} and ${String(params.i)} are the same; each may appear once` }
    default:
      return { path, message: `${error.message ?? 'is not valid'}` }
  }
}

function locate(doc: Document, lines: LineCounter, path: string, atKey?: string): { line?: number; col?: number } {
  const segments = path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const keyOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : s)
  for (let n = segments.length; n >= 0; n--) {
    const parts = segments.slice(0, n)
    if (atKey !== undefined && n === segments.length) {
      const parent = doc.getIn(parts.slice(0, -1).map(keyOf), true)
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === atKey)
        if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0])
      }
      continue
    }
    const node = n === 0 ? doc.contents : doc.getIn(parts.map(keyOf), true)
    if (isNode(node) && node.range) return lines.linePos(node.range[0])
  }
  return {}
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}

/** A validator for one definition inside a schema of schemas/, e.g. ("fixture-api.schema.json", "cookie.set"). */
export function definitionValidator(schemaFile: string, definition: string): ValidateFunction {
  const validate = validatorsOf(schemaFile).get(definition)
  if (!validate) throw new Error(`${schemaFile} has no definition "${definition}"`)
  return validate
}
