import { readPayload, replacePayload } from './payload.js'

/** The session data anyone can read from a signed-cookies session value, without the key (SG-08). */
export function readableSessionPayload(value: string): unknown {
  return readPayload(value)
}

export { replacePayload }
