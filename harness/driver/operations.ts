/** The abstract operations of docs/fixture-api.md, with their parameters and answers. */

export interface CookieAttributes {
  maxAge?: number
  maxAgeDuration?: string
  expires?: string
  expiresAt?: string
  path?: string | null
  domain?: string
  secure?: boolean
  httponly?: boolean
  samesite?: string
}

export interface CookieSetParams extends CookieAttributes { name: string; value: string }
export interface SignedCookieSetParams extends CookieSetParams { salt?: string }
export interface CookieDeleteParams { name: string; path?: string; domain?: string; samesite?: string }
export type SequenceStep =
  | ({ action: 'set' } & CookieSetParams)
  | ({ action: 'setSigned' } & SignedCookieSetParams)
  | ({ action: 'delete' } & CookieDeleteParams)

export interface Rejected { rejected: string }

export interface FixtureOperations {
  'cookie.set': { params: CookieSetParams; answer: { set: string } | Rejected }
  'cookie.setSigned': { params: SignedCookieSetParams; answer: { set: string } | Rejected }
  'cookie.delete': { params: CookieDeleteParams; answer: { deleted: string } | Rejected }
  'cookie.sequence': { params: { steps: SequenceStep[] }; answer: { applied: number } | Rejected }
  'cookie.getSigned': {
    params: { name: string; salt?: string; maxAge?: number }
    answer: { found: true; value: string } | { found: false; reason: 'missing' | 'bad-signature' | 'expired' }
  }
  'cookie.received': { params: Record<string, never>; answer: { cookies: Array<{ name: string; value: string }> } }
}

export interface ControlOperations {
  'clock.get': { params: Record<string, never>; answer: { now: number } }
  'clock.set': { params: { now: number }; answer: { now: number } }
  'clock.advance': { params: { seconds: number }; answer: { now: number } }
  reset: { params: Record<string, never>; answer: { reset: true } }
}

export type FixtureOperation = keyof FixtureOperations
export type ControlOperation = keyof ControlOperations
export type OperationName = FixtureOperation | ControlOperation

export function isRejected(answer: unknown): answer is Rejected {
  return typeof answer === 'object' && answer !== null && 'rejected' in answer
}
