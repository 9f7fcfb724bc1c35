/** A cookie CPython or Django would refuse to serialize (015, 009, 011) or that would
 * inject attributes into the header; the fixture answers it with HTTP 422. */
export class CookieRejected extends Error {
  override name = 'CookieRejected'
}
