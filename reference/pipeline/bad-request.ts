/** Django's BadRequest (django.core.exceptions): the router answers 400 {"error": message} with
 * a fresh response, none of the operation's cookies. SessionInterrupted is one (054). */
export class BadRequest extends Error {
  override name = 'BadRequest'
}
