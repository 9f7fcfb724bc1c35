// Date-times and durations a view hands to set_cookie written in the forms Django's
// django.utils.dateparse reads (features/cookies/written-times.feature). The instant is always
// relative to the server's clock: the step writes it out in the asked form.
import { When } from '@cucumber/cucumber'
import type { SpecWorld } from './support/world.js'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * The instant `seconds` after the clock's whole second, written by a pattern such as
 * "YYYY-MM-DD hh:mm:ss+0530" or "YYYY-MM-DDThh:mm:ss.9999999Z": the date and time fields are
 * filled in at the pattern's own UTC offset, and whatever follows "ss" (a fraction, an offset) is
 * kept as written.
 */
function written(world: SpecWorld, seconds: number, pattern: string): string {
  const offset = /(Z|([+-])(\d{2})(?::?(\d{2}))?)$/.exec(pattern)
  if (offset === null) throw new Error(`the pattern "${pattern}" ends in no UTC offset (Z, +05, +0530 or +05:30)`)
  const offsetSeconds = offset[1] === 'Z' ? 0 : (offset[2] === '-' ? -1 : 1) * (Number(offset[3]) * 3600 + Number(offset[4] ?? 0) * 60)
  const local = new Date((Math.floor(world.clock.nowMs() / 1000) + seconds + offsetSeconds) * 1000)
  return pattern
    .replace('YYYY', pad(local.getUTCFullYear(), 4)).replace('MM', pad(local.getUTCMonth() + 1)).replace('DD', pad(local.getUTCDate()))
    .replace('hh', pad(local.getUTCHours())).replace('mm', pad(local.getUTCMinutes())).replace('ss', pad(local.getUTCSeconds()))
}

When('the server sets the cookie {string} to {string} expiring {int} seconds from now, written {string}', async function (this: SpecWorld, name: string, value: string, seconds: number, pattern: string) {
  await this.visit('cookie.set', { name, value, expiresAt: written(this, seconds, pattern) })
})

When('the server sets the cookie {string} to {string} with the max age written {string}', async function (this: SpecWorld, name: string, value: string, duration: string) {
  await this.visit('cookie.set', { name, value, maxAgeDuration: duration })
})

When('the server sets the cookie {string} to {string} with the max age {int} and the max age written {string}', async function (this: SpecWorld, name: string, value: string, maxAge: number, duration: string) {
  await this.visit('cookie.set', { name, value, maxAge, maxAgeDuration: duration })
})
