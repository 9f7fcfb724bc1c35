/**
 * Deployment checks for sessions and messages, in the manner of Django's `check --deploy`:
 * Django's check ids where Django has one, sessionspec's own ids (sessionspec.*) where it has
 * none. Shared by the `sessionspec check` command and the reference server's start-up.
 */
export type CheckLevel = 'WARNING' | 'ERROR'

export interface CheckMessage {
  id: string
  level: CheckLevel
  message: string
  hint: string
}

/** What the checks look at: declared or reported settings, and the session cookie as a browser received it. */
export interface CheckInput {
  secretKey?: string
  /** SECRET_KEY_FALLBACKS: former keys still accepted, each held to the secret key's rules (W025). */
  secretKeyFallbacks?: readonly string[]
  sessionCookieSecure?: boolean
  sessionCookieHttpOnly?: boolean
  sessionCookieSameSite?: string | false | null
  /** True when the session middleware is installed (every target that runs sessions). */
  sessionMiddleware?: boolean
  messageStorage?: string
  /** The permission bits of the file engine's directory, when the file engine is in use. */
  sessionFileDirectoryMode?: number
  /** The session cookie as the server set it, when one was observed. */
  observedSessionCookie?: { secure: boolean; httpOnly: boolean; sameSite?: string }
}

// Django's W009: "less than 50 characters, less than 5 unique characters, or prefixed with 'django-insecure-'".
const INSECURE_PREFIX = 'django-insecure-'

/** Django's _check_secret_key, negated: what W009 says of SECRET_KEY and W025 of each fallback. */
function isWeakSecretKey(key: string): boolean {
  // Python counts a str's characters (code points), not its UTF-16 units; so does iterating a string.
  const length = [...key].length
  return length < 50 || new Set(key).size < 5 || key.startsWith(INSECURE_PREFIX)
}

const STRONG_KEY_HINT = 'Use a random key of at least 50 characters with at least 5 different characters, kept out of the source code.'

export function runDeploymentChecks(input: CheckInput): CheckMessage[] {
  const found: CheckMessage[] = []
  const key = input.secretKey
  if (key !== undefined && isWeakSecretKey(key)) {
    found.push({
      id: 'security.W009',
      level: 'WARNING',
      message: 'The secret key that signs cookies, sessions and messages is short, repetitive or marked for development only.',
      hint: STRONG_KEY_HINT,
    })
  }
  // Django's W025 (4.1 and later): one warning for each weak former key, named by its place.
  for (const [index, former] of (input.secretKeyFallbacks ?? []).entries()) {
    if (!isWeakSecretKey(former)) continue
    found.push({
      id: 'security.W025',
      level: 'WARNING',
      message: `SECRET_KEY_FALLBACKS[${index}], a former key still accepted for what it signed, is short, repetitive or marked for development only.`,
      hint: `${STRONG_KEY_HINT} Drop a former key from SECRET_KEY_FALLBACKS once what it signed has expired.`,
    })
  }
  const secure = input.observedSessionCookie?.secure ?? input.sessionCookieSecure
  if (secure === false) {
    found.push({
      id: 'security.W012',
      level: 'WARNING',
      message: 'The session cookie is sent without Secure, so it also travels over plain HTTP where anyone on the network can read it.',
      hint: 'Set SESSION_COOKIE_SECURE to true and serve the site over HTTPS only.',
    })
  }
  const httpOnly = input.observedSessionCookie?.httpOnly ?? input.sessionCookieHttpOnly
  if (httpOnly === false) {
    found.push({
      id: 'security.W015',
      level: 'WARNING',
      message: 'The session cookie is readable by scripts on the page, so a cross-site scripting flaw can steal sessions.',
      hint: 'Set SESSION_COOKIE_HTTPONLY to true.',
    })
  }
  const sameSite = input.observedSessionCookie?.sameSite ?? (input.sessionCookieSameSite || undefined)
  if (sameSite?.toLowerCase() === 'none' && secure === false) {
    found.push({
      id: 'sessionspec.W001',
      level: 'WARNING',
      message: 'The session cookie says SameSite=None without Secure; browsers refuse such a cookie (RFC 6265bis section 5.7).',
      hint: 'Use SameSite=Lax, or add Secure when the cookie must go with cross-site requests.',
    })
  }
  if (input.sessionFileDirectoryMode !== undefined && (input.sessionFileDirectoryMode & 0o077) !== 0) {
    found.push({
      id: 'sessionspec.W002',
      level: 'WARNING',
      message: `The file engine's directory has mode ${(input.sessionFileDirectoryMode & 0o777).toString(8)}: other users of the machine can list or read session files.`,
      hint: 'Give the directory mode 700, owned by the user the server runs as.',
    })
  }
  if (input.sessionMiddleware === false && (input.messageStorage === 'session' || input.messageStorage === 'fallback')) {
    found.push({
      id: 'sessionspec.E001',
      level: 'ERROR',
      message: `The ${input.messageStorage} message storage keeps messages in the session, but no session middleware is installed: every request would fail.`,
      hint: 'Install the session middleware before the message middleware, or use the cookie message storage.',
    })
  }
  return found
}

/** Django's way of printing check results. */
export function formatChecks(found: CheckMessage[]): string {
  if (found.length === 0) return 'System check identified no issues.'
  const lines = found.map((c) => `${c.id}: (${c.level}) ${c.message}\n\tHINT: ${c.hint}`)
  return `System check identified some issues:\n\n${lines.join('\n')}\n\nSystem check identified ${found.length} issue${found.length === 1 ? '' : 's'}.`
}
