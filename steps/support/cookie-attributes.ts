import type { DataTable } from '@cucumber/cucumber'
import { httpDate } from '../../harness/agent/http-date.js'
import type { CookieAttributes } from '../../harness/driver/operations.js'
import { isoDuration, parseDuration } from '../../harness/runtime/duration.js'
import type { SpecWorld } from './world.js'

/** Text a reviewer can read for bytes a table cell cannot hold. */
export function unescapeCell(text: string): string {
  return text.replaceAll('{CRLF}', '\r\n').replaceAll('{NUL}', '\0')
}

const yes = (v: string) => {
  if (v === 'yes' || v === 'no') return v === 'yes'
  throw new Error(`expected "yes" or "no", got "${v}"`)
}

/**
 * Reads a two-column table of cookie attributes as a reviewer writes them:
 * | max age | 10 seconds |, | expires | in 10 seconds |, | path | none |, | secure | yes | ...
 */
export function cookieAttributes(world: SpecWorld, table: DataTable | undefined): CookieAttributes {
  const attributes: CookieAttributes = {}
  for (const [key, raw] of table?.raw() ?? []) {
    const value = unescapeCell(raw)
    // What a hostile value would add if written as it is: a later step checks it is not there.
    world.attributeValues.push(value)
    switch (key.trim().toLowerCase()) {
      case 'max age': {
        const asDuration = / as a duration$/.exec(value)
        if (asDuration) attributes.maxAgeDuration = isoDuration(parseDuration(value.replace(/ as a duration$/, '')))
        else attributes.maxAge = parseDuration(value)
        break
      }
      case 'expires':
        attributes.expiresAt = new Date(world.clock.nowMs() + relativeSeconds(value) * 1000).toISOString()
        break
      case 'expires text': {
        const text = httpDate(world.clock.nowMs() + parseDuration(value.replace(/ from now$/, '')) * 1000)
        world.expiresText = text
        attributes.expires = text
        break
      }
      // Django's expires as a string, copied verbatim: what a view would pass through unchecked.
      case 'given expires': attributes.expires = value; break
      case 'path': attributes.path = value === 'none' ? null : value; break
      case 'domain': attributes.domain = value; break
      case 'samesite': attributes.samesite = value; break
      case 'secure': attributes.secure = yes(value); break
      case 'httponly': attributes.httponly = yes(value); break
      default: throw new Error(`unknown cookie attribute "${key}" in the table`)
    }
  }
  return attributes
}

/** "in 10 seconds" → 10, "1 hour ago" → -3600. */
function relativeSeconds(text: string): number {
  if (text.startsWith('in ')) return parseDuration(text.slice(3))
  if (text.endsWith(' ago')) return -parseDuration(text.slice(0, -4))
  throw new Error(`expected a relative time such as "in 10 seconds" or "1 hour ago", got "${text}"`)
}
