/**
 * Steps that assert Django's own formats or mechanisms rather than a framework-neutral property
 * (docs/profiles.md). A scenario that uses one belongs to the django profile; the feature lint
 * refuses it in a core scenario. Each entry says what Django-specific thing the step relies on.
 */
export interface ProfileBoundStep { pattern: RegExp; why: string }

export const DJANGO_FORMAT_STEPS: readonly ProfileBoundStep[] = [
  { pattern: /session key is 32 lowercase letters and digits/, why: "Django's session key alphabet and length" },
  { pattern: /signed by Django's (cookie|session) signer/, why: "Django's signing format and salts" },
  { pattern: /payload shows .* to anyone who decodes it/, why: "Django's signed-cookies payload encoding" },
  { pattern: /changed the payload of the session cookie/, why: "Django's signed-cookies payload encoding" },
  { pattern: /has changed the (value|timestamp|last signature character|signature length|separators) of the cookie/, why: "Django's value:timestamp:signature form" },
  { pattern: /with a signed form of/, why: "Django's signed value, readable before its signature" },
  { pattern: /signed as .* with (another secret key|the legacy SHA-1 algorithm)/, why: "Django's cookie signer, with another key" },
  { pattern: /messages cookie (holds|marks|value)|holds a messages cookie with|changed the messages cookie/, why: "Django's messages cookie encoding" },
  { pattern: /response (does not )?var(y|ies) on Cookie/, why: "Django's Vary: Cookie (core accepts any way of keeping shared caches out)" },
  { pattern: /response's Vary header is/, why: "Django's patch_vary_headers: how Cookie is merged into a Vary the response has" },
  { pattern: /with the tags "|with the extra tags|marked safe|the message tags are:|message "[^"]*" at level \d+|added a message "[^"]*" at level|the visitor sees these messages:$/, why: "Django's message tags, extra tags, custom levels and safe flag" },
  { pattern: /signs with the secret key of the Django vectors/, why: "literal values captured from Django 5.2.17 (docs/django-vectors.md)" },
  { pattern: /no longer reads signed cookies under the legacy salt/, why: "Django 5.2.17's SIGNED_COOKIE_LEGACY_SALT_FALLBACK" },
  { pattern: /sets (the session cookie|.*) with the line:/, why: "Django's exact Set-Cookie bytes (attribute order, quoting)" },
]

/** The Django-specific thing a step's text relies on, if any. */
export function djangoFormatOf(stepText: string): string | undefined {
  return DJANGO_FORMAT_STEPS.find((s) => s.pattern.test(stepText))?.why
}
