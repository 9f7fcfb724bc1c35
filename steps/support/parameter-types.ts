import { defineParameterType } from '@cucumber/cucumber'
import { parseDuration } from '../../harness/runtime/duration.js'

/** "10 seconds", "1 hour", "2 weeks", "10.9 seconds", "-5 seconds": a number of seconds. */
defineParameterType({
  name: 'duration',
  regexp: /-?\d+(?:\.\d+)? (?:seconds?|minutes?|hours?|days?|weeks?)/,
  transformer: (text: string) => parseDuration(text),
})

/** A cookie flag that is present or absent. */
defineParameterType({ name: 'flag', regexp: /Secure|HttpOnly/, transformer: (s: string) => s })

/** "with" or "without". */
defineParameterType({ name: 'presence', regexp: /with|without/, transformer: (s: string) => s === 'with' })

/** Why a signed cookie was not accepted, as the fixture API names it. */
defineParameterType({
  name: 'signed-failure',
  regexp: /it is missing|its signature is bad|it has expired/,
  transformer: (s: string) => ({ 'it is missing': 'missing', 'its signature is bad': 'bad-signature', 'it has expired': 'expired' })[s],
})

/** How a visitor tampers with a signed cookie value "value:timestamp:signature". */
defineParameterType({
  name: 'tampering',
  regexp: /value|timestamp|last signature character|signature length|separators/,
  transformer: (s: string) => s,
})

/** How a visitor alters a signed value without knowing its format (steps/support/alter-value.ts). */
defineParameterType({
  name: 'alteration',
  regexp: /flipping its first character|flipping a character in the middle|flipping its last character|dropping its last character|writing its letters in capitals/,
  transformer: (s: string) => s,
})

/** Text between backticks, taken literally: for values full of quotes and backslashes. */
defineParameterType({ name: 'text', regexp: /`([^`]*)`/, transformer: (s: string) => s })

/** A JSON object or list written inline, e.g. {"items": [1, 2.5], "paid": false}, or null. */
defineParameterType({ name: 'json', regexp: /\{.*\}|\[.*\]|null/, transformer: (s: string) => JSON.parse(s) as unknown })

/** A cookie named in a step: the cookie "x", or the session cookie (whatever the target calls it). */
export type CookieRef = { name: string } | { session: true }
defineParameterType({
  name: 'cookie',
  regexp: /the cookie "([^"]*)"|the session cookie/,
  transformer: (name?: string): CookieRef => (name === undefined ? { session: true } : { name }),
})

/** A built-in message level by name. */
defineParameterType({ name: 'level', regexp: /debug|info|success|warning|error/, transformer: (s: string) => s })

/** How long a session lasts in a real browser (@browser): set_expiry(0), or the cookie age. */
defineParameterType({ name: 'lifetime', regexp: /browser-length|persistent/, transformer: (s: string) => s })

/** Whether Chromium kept a cookie it was sent: "keeps" or "does not keep". */
defineParameterType({ name: 'kept', regexp: /keeps|does not keep/, transformer: (s: string) => s === 'keeps' })

/** Whether a request carried a cookie: "carries" or "does not carry". */
defineParameterType({ name: 'carried', regexp: /carries|does not carry/, transformer: (s: string) => s === 'carries' })

/** A page of the demo site a link from another site leads to. */
defineParameterType({ name: 'demo-page', regexp: /the cart|the cookie page/, transformer: (s: string) => s })

/** How the visitor types the site's address: by its host name (localhost) or its IP address (127.0.0.1). */
defineParameterType({ name: 'address-kind', regexp: /host name|IP address/, transformer: (s: string) => s })
