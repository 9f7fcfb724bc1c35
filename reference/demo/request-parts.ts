// What a demo page reads from its request: form fields, and the session and message storage
// the middlewares attached (a page mounted without them is a programming error, said plainly).
import type { OperationContext } from '../pipeline/operation.js'
import type { MessageStorage } from '../messages/storage.js'
import type { Session } from '../sessions/session.js'

/** A text field of the posted form; '' when absent. */
export function field(context: OperationContext, name: string): string {
  const value = context.body[name]
  return typeof value === 'string' ? value : ''
}

/** A checkbox of the posted form. */
export function checked(context: OperationContext, name: string): boolean {
  return field(context, name) !== ''
}

export function sessionOf(context: OperationContext): Session {
  if (context.session === undefined) throw new Error('the demo page is not wrapped by the session middleware')
  return context.session
}

export function messagesOf(context: OperationContext): MessageStorage {
  if (context.messages === undefined) throw new Error('the demo page is not wrapped by the message middleware')
  return context.messages
}
