/**
 * Deliberate bugs in the reference server. Each is applied to a copy of the server's sources
 * (a file of reference/ or lib/; the harness and its steps stay unmutated), the scenarios listed in
 * `kills` (and only those) run against it and must fail (an error does not count): proof that
 * those scenarios can fail when the behaviour they name is broken (test/mutation.test.ts).
 */
export interface Mutant {
  name: string
  file: string
  /** Each `find` must occur exactly once in the file. */
  edits: Array<{ find: string; replace: string }>
  /** Scenario ids (with :N for an Examples row) that must end failed (an error is not a kill). */
  kills: string[]
}

export const MUTANTS: Mutant[] = [
  {
    name: 'HttpOnly is dropped',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: "if (options.httponly) attributes.set('httponly', true)", replace: '' }],
    kills: ['COOK-SER-006:3', 'COOK-SER-004', 'COOK-SIG-004'],
  },
  {
    name: 'Max-Age is written without expires',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: "if (expires === '') expires = httpDateOrReject(now + maxAge)", replace: '' }],
    kills: ['COOK-LIF-001', 'COOK-LIF-004', 'COOK-SER-004', 'COOK-LIF-008'],
  },
  {
    name: 'attributes are written in another order',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: "['domain', 'Domain'], ['expires', 'expires'],", replace: "['expires', 'expires'], ['domain', 'Domain']," }],
    kills: ['COOK-SER-004', 'COOK-DEL-005'],
  },
  {
    name: 'values are not quoted',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: 'morsel.codedValue = quoteCookieValue(value)', replace: 'morsel.codedValue = value' }],
    kills: ['COOK-SER-008:3', 'COOK-SER-008:4', 'COOK-SER-009:2', 'COOK-HOS-003', 'COOK-DEL-001'],
  },
  {
    name: 'attribute values are not checked for injection',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: 'if (typeof value === \'string\' && UNSAFE_ATTRIBUTE.test(value)) {', replace: 'if (false) {' }],
    // The CRLF row (COOK-HOS-005:3) is not listed: Node's own header check then rejects the
    // header line, and that scenario accepts a refused cookie: it passes against this mutant.
    kills: ['COOK-HOS-005:1', 'COOK-HOS-005:2'],
  },
  {
    name: 'a deletion does not add Secure',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: "this.set(name, '', { ...options, maxAge: 0, expires: EPOCH, secure }, now)", replace: "this.set(name, '', { ...options, maxAge: 0, expires: EPOCH }, now)" }],
    kills: ['COOK-DEL-006:1', 'COOK-DEL-006:2', 'COOK-DEL-007'],
  },
  {
    name: 'any SameSite value is accepted',
    file: 'reference/cookies/serialize.ts',
    edits: [{ find: "if (options.samesite && !SAMESITE_VALUES.has(options.samesite.toLowerCase())) {", replace: 'if (false) {' }],
    kills: ['COOK-SS-003:1', 'COOK-SS-003:2'],
  },
  {
    name: 'a comma also separates cookies',
    file: 'reference/cookies/parse.ts',
    edits: [{ find: "for (const chunk of header.split(';')) {", replace: 'for (const chunk of header.split(/[;, ]/)) {' }],
    kills: ['COOK-RD-002', 'COOK-RD-003'],
  },
  {
    name: 'the first of two duplicate names wins',
    file: 'reference/cookies/parse.ts',
    edits: [{ find: 'cookies.set(name, unquoteCookieValue(value))', replace: 'if (!cookies.has(name)) cookies.set(name, unquoteCookieValue(value))' }],
    kills: ['COOK-RD-008'],
  },
  {
    name: 'any signature is accepted',
    file: 'lib/signing/signer.ts',
    edits: [{ find: 'if (constantTimeEquals(signature, this.signature(value, key))) return value', replace: 'return value' }],
    kills: ['COOK-SIG-007:1', 'COOK-SIG-007:3', 'COOK-SIG-009', 'COOK-SIG-010', 'COOK-SIG-011:1', 'COOK-SIG-012:1'],
  },
  {
    name: 'a signature as old as the max age has expired',
    file: 'lib/signing/signer.ts',
    edits: [{ find: 'if (age > check.maxAge) {', replace: 'if (age >= check.maxAge) {' }],
    kills: ['COOK-SIG-013'],
  },
  {
    name: 'the salt is ignored',
    file: 'reference/signing/signed-cookies.ts',
    edits: [
      { find: 'salt: cookieSignerSalt(name, salt) })', replace: 'salt: cookieSignerSalt(name) })' },
      { find: 'return unsignWith(cookieSignerSalt(name, options.salt))', replace: 'return unsignWith(cookieSignerSalt(name))' },
    ],
    kills: ['COOK-SIG-009', 'COOK-SIG-002:10'],
  },
  {
    name: 'an unknown session key is adopted',
    file: 'reference/sessions/session.ts',
    edits: [{ find: '    this.#key = null\n    return new Map()', replace: '    return new Map()' }],
    // SESS-KEY-003: saving under the adopted key is refused with HTTP 400 (the session looks
    // deleted meanwhile, SessionInterrupted), which fails a scenario that did not expect it.
    kills: ['SESS-KEY-003[memory]', 'SESS-KEY-004[memory]'],
  },
  {
    name: 'a server error still saves the session',
    file: 'reference/sessions/predicates.ts',
    edits: [{ find: '(state.modified || state.saveEveryRequest) && state.status < 500', replace: '(state.modified || state.saveEveryRequest)' }],
    kills: ['SESS-SV-001:1[memory]', 'SESS-SV-001:2[memory]', 'SESS-SV-003[memory]'],
  },
  {
    name: 'Vary: Cookie is omitted',
    file: 'reference/sessions/predicates.ts',
    edits: [{ find: 'return shouldDeleteCookie(state) || state.accessed || shouldSetCookie(state)', replace: 'return false' }],
    kills: ['SESS-CK-001[memory]', 'SESS-CK-005[memory]', 'SESS-CK-011[memory]'],
  },
  {
    name: 'reading a session refreshes its cookie',
    file: 'reference/sessions/predicates.ts',
    edits: [{ find: 'return (state.modified || state.saveEveryRequest) && state.status < 500', replace: 'return (state.modified || state.accessed || state.saveEveryRequest) && state.status < 500' }],
    kills: ['SESS-CK-005[memory]', 'SESS-CK-011[memory]', 'SESS-CK-012[memory]'],
  },
  {
    name: 'a presented key of exactly 8 characters counts as no key',
    file: 'reference/sessions/session-keys.ts',
    edits: [{ find: "return typeof key === 'string' && key.length >= 8", replace: "return typeof key === 'string' && key.length > 8" }],
    kills: ['SESS-KEY-020:1[memory]'],
  },
  {
    name: 'del session[key] does not mark the session modified',
    file: 'reference/sessions/session.ts',
    edits: [{ find: '    if (removed) this.modified = true', replace: '' }],
    kills: ['SESS-LC-020[memory]'],
  },
  {
    name: 'a memory session is still alive at the exact instant it expires',
    file: 'reference/sessions/engines/memory.ts',
    edits: [{ find: 'return now < record.expiresAt', replace: 'return now <= record.expiresAt' }],
    kills: ['EXP-SET-020:1[memory]', 'EXP-PER-021:1[memory]'],
  },
  {
    name: 'the v2 salt counts UTF-16 units instead of characters',
    file: 'lib/signing/cookie-signer.ts',
    edits: [{ find: '${[...salt].length}', replace: '${salt.length}' }],
    kills: ['COOK-SIG-002:14', 'COOK-SIG-002:15', 'COOK-SIG-016:9'],
  },
  {
    name: 'the timestamp rounds the clock to the nearest second',
    file: 'lib/signing/signer.ts',
    edits: [{ find: 'return encodeBase62(Math.floor(now))', replace: 'return encodeBase62(Math.round(now))' }],
    kills: ['COOK-SIG-022'],
  },
  {
    name: 'a legacy-salt read without a salt uses another default',
    file: 'lib/signing/cookie-signer.ts',
    edits: [{ find: "export function legacyCookieSignerSalt(cookieName: string, salt = '')", replace: "export function legacyCookieSignerSalt(cookieName: string, salt = 'x')" }],
    kills: ['COOK-SIG-023'],
  },
  {
    name: 'removing a missing key marks the session modified',
    file: 'reference/sessions/session.ts',
    edits: [{ find: '    if (removed) this.modified = true', replace: '    this.modified = true' }],
    kills: ['SESS-CK-018[memory]'],
  },
  {
    name: 'set_expiry(0) is kept on the server as an age of zero',
    file: 'reference/sessions/expiry.ts',
    edits: [{ find: "if (typeof value === 'number') return value === 0 ? undefined : { seconds: value }", replace: "if (typeof value === 'number') return { seconds: value }" }],
    kills: ['EXP-SET-022:1[memory]', 'EXP-SET-003[memory]'],
  },
  {
    name: 'the session cookie is deleted without its Domain',
    file: 'reference/sessions/session-cookie.ts',
    edits: [{ find: '    path: settings.sessionCookiePath,\n    domain: settings.sessionCookieDomain ?? undefined,\n    samesite', replace: '    path: settings.sessionCookiePath,\n    samesite' }],
    kills: ['SESS-CK-019:1[memory]'],
  },
  {
    name: 'SameSite none is written in one spelling',
    file: 'reference/sessions/session-cookie.ts',
    edits: [{ find: '    httponly: settings.sessionCookieHttpOnly,\n    samesite: settings.sessionCookieSameSite || undefined,', replace: "    httponly: settings.sessionCookieHttpOnly,\n    samesite: (settings.sessionCookieSameSite || undefined)?.replace(/^none$/i, 'None')," }],
    kills: ['SESS-CK-016:2[memory]', 'SESS-CK-016:3[memory]'],
  },
  {
    name: 'a memory purge also removes sessions expiring at this instant',
    file: 'reference/sessions/engines/memory.ts',
    edits: [{ find: 'if (record.expiresAt < now) {', replace: 'if (record.expiresAt <= now) {' }],
    kills: ['PRG-CLR-026:2[memory]'],
  },
  {
    name: 'a message one level below the minimum is kept',
    file: 'reference/messages/storage.ts',
    edits: [{ find: 'if (level < this.level) return false', replace: 'if (level < this.level - 1) return false' }],
    kills: ['MSG-LVL-020[fallback]'],
  },
  {
    name: 'a request that only counts the messages stores them again',
    file: 'reference/messages/storage.ts',
    edits: [{ find: '#addedNew = false', replace: '#addedNew = true' }],
    kills: ['MSG-DSP-021[fallback]'],
  },
  {
    name: 'set_level(None) goes back to INFO instead of MESSAGE_LEVEL',
    file: 'reference/messages/storage.ts',
    edits: [{ find: 'this.#requestLevel = level ?? undefined', replace: 'this.#requestLevel = level ?? 20' }],
    kills: ['MSG-LVL-027[fallback]'],
  },
  {
    name: 'custom message tags replace the default tags instead of merging with them',
    file: 'reference/messages/levels.ts',
    edits: [{ find: 'const merged = new Map(DEFAULT_TAGS)', replace: 'const merged: LevelTags = new Map()' }],
    kills: ['MSG-LVL-022[fallback]'],
  },
  {
    name: 'the last second of year 9999 is refused as out of range',
    file: 'reference/cookies/http-date.ts',
    edits: [{ find: 'whole <= LAST_SECOND', replace: 'whole < LAST_SECOND' }],
    kills: ['COOK-LIF-013:18'],
  },
  {
    name: 'a date past year 9999 is written instead of refused',
    file: 'reference/cookies/http-date.ts',
    edits: [{ find: 'whole <= LAST_SECOND', replace: 'true' }],
    kills: ['COOK-LIF-015:1'],
  },
  {
    name: 'a second set_cookie in one response drops the Domain and SameSite it omits',
    file: 'reference/cookies/serialize.ts',
    edits: [
      { find: 'if (options.domain !== undefined) attributes', replace: 'if (true) attributes' },
      { find: 'if (options.samesite) attributes', replace: 'if (true) attributes' },
    ],
    kills: ['COOK-SER-013'],
  },
  {
    name: 'a deployment check is answered without its id',
    file: 'lib/checks/deployment-checks.ts',
    edits: [{ find: "id: 'security.W012',", replace: "id: ''," }],
    kills: ['CHK-DEP-001'],
  },
]
