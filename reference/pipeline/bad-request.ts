/** Django's BadRequest (django.core.exceptions): the router answers 400
 * {"error": message, "kind": name} with a fresh response, none of the operation's cookies.
 * SessionInterrupted is one (054); its name is the kind the harness looks for. */
export class BadRequest extends Error {
  override name = 'BadRequest'
}
