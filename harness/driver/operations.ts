/** The abstract operations of docs/fixture-api.md, with their parameters and answers: derived
 * from the schemas (schemas/fixture-params.schema.json, operation-params.schema.json and
 * fixture-api.schema.json, through lib/schema-types/), never written twice. */
import type { SessionspecFixtureAndControlAPIAnswers as Answers } from '../../lib/schema-types/fixture-api.js'
import type { SessionspecFixtureOperationParameters as FixtureParams } from '../../lib/schema-types/fixture-params.js'
import type { SessionspecControlOperationParameters as ControlParams } from '../../lib/schema-types/operation-params.js'

export type FixtureOperation = keyof FixtureParams
export type ControlOperation = keyof ControlParams
export type OperationName = FixtureOperation | ControlOperation

export type FixtureOperations = { [Op in FixtureOperation]: { params: FixtureParams[Op]; answer: Answers[Op] } }
export type ControlOperations = { [Op in ControlOperation]: { params: ControlParams[Op]; answer: Answers[Op] } }

export type CookieSetParams = FixtureParams['cookie.set']
export type SignedCookieSetParams = FixtureParams['cookie.setSigned']
export type CookieDeleteParams = FixtureParams['cookie.delete']
/** The cookie attributes of cookie.set, as a step table gives them. */
export type CookieAttributes = Omit<CookieSetParams, 'name' | 'value'>
export type SequenceStep = FixtureParams['cookie.sequence']['steps'][number]
export type Rejected = { rejected: string }
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type ExpiryReport = Answers['session.expiry']
/** A message as the fixture API reports it. */
export type ReportedMessage = Answers['messages.list']['messages'][number]
export type MessageParams = FixtureParams['messages.add']
/** Settings a scenario can switch through the control API (docs/fixture-api.md). */
export type SettingsChange = ControlParams['settings.set']
/** A deployment check as a target reports it (Django's check framework: id and level). */
export type ReportedCheck = Answers['checks.run']['checks'][number]

export function isRejected(answer: unknown): answer is Rejected {
  return typeof answer === 'object' && answer !== null && 'rejected' in answer
}
