import { readPayload, replacePayload as replaceSignedPayload } from './payload.js'
import { TamperImpossible } from './signed-cookie.js'

function checkForm(value: string): void {
  if (value.split(':').length < 3) throw new TamperImpossible(`the session cookie ${JSON.stringify(value)} is not in Django's form payload:timestamp:signature`)
}

/** The session data anyone can read from a signed-cookies session value, without the key (SG-08). */
export function readableSessionPayload(value: string): unknown {
  checkForm(value)
  return readPayload(value)
}

/** The same value with its payload replaced by other data, timestamp and signature kept: a forgery. */
export function replacePayload(value: string, data: unknown): string {
  checkForm(value)
  return replaceSignedPayload(value, data)
}
