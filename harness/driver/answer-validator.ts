import type { ErrorObject } from 'ajv'
import { definitionValidator } from '../target/validate-document.js'
import type { OperationName } from './operations.js'
import { TargetError } from './target-error.js'

/** Checks a target's answer against the fixture API schema; a wrong answer names the operation and the violation. */
export function checkAnswer(operation: OperationName | 'identity', answer: unknown): void {
  const check = definitionValidator('fixture-api.schema.json', operation)
  if (!check(answer)) {
    throw new TargetError(`${operation} answered ${preview(answer)}, which the fixture API does not allow: ${explain(check.errors ?? [])}`)
  }
}

function explain(errors: ErrorObject[]): string {
  const specific = errors.filter((e) => e.keyword !== 'oneOf')
  const first = specific[0] ?? errors[0]
  if (!first) return 'unknown problem'
  return `${first.instancePath || '/'} ${first.message ?? 'is not valid'}`
}

function preview(answer: unknown): string {
  const text = JSON.stringify(answer) ?? String(answer)
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}
