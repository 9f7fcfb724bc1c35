// The harness's HTTP dates (IMF-fixdate, RFC 9110 5.6.7): the one module the steps read and
// write them with. The reference server formats its own in reference/cookies/http-date.ts, and
// the two are kept apart on purpose: an expected Set-Cookie line ("<date in 60 seconds>") must
// not be computed by code the server also uses, or a wrong date would pass on both sides. This
// one is checked against real Django by every byte-level scenario on the Django targets.

const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

export function isImfFixdate(text: string): boolean {
  return IMF_FIXDATE.test(text)
}

/** The form Django's http_date writes: "Wdy, DD Mon YYYY HH:MM:SS GMT", seconds truncated. */
export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString()
}
