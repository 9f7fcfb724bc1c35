// 021: IMF-fixdate "Wdy, DD Mon YYYY HH:MM:SS GMT" in UTC, seconds truncated: the server's one
// HTTP-date module. The harness has its own (harness/agent/http-date.ts), on purpose: expected
// bytes are never computed by code the server also uses.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Python's datetime covers years 1 to 9999; outside them formatdate raises.
const FIRST_SECOND = new Date(0).setUTCFullYear(1, 0, 1) / 1000
const LAST_SECOND = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** Python rounds the timestamp to microseconds before dropping the fraction. */
function wholeSeconds(seconds: number): number {
  return Math.floor(Math.round(seconds * 1e6) / 1e6)
}

export function formatHttpDate(seconds: number): string {
  const whole = wholeSeconds(seconds)
  if (!(whole >= FIRST_SECOND && whole <= LAST_SECOND)) {
    throw new RangeError(`${seconds} is outside the years 1 to 9999`)
  }
  const date = new Date(whole * 1000)
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
    `${pad(date.getUTCFullYear(), 4)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:` +
    `${pad(date.getUTCSeconds())} GMT`
}
