const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800 }

/** "10 seconds", "1 hour", "2 weeks", "-5 seconds" → seconds. */
export function parseDuration(text: string): number {
  const match = /^(-?\d+(?:\.\d+)?) (second|minute|hour|day|week)s?$/.exec(text.trim())
  if (!match) throw new Error(`"${text}" is not a duration such as "10 seconds" or "2 weeks"`)
  return Number(match[1]) * UNIT_SECONDS[match[2]]
}

/** Seconds → ISO 8601 duration, as a server would receive a timedelta ("PT3600S"). */
export function isoDuration(seconds: number): string {
  return `PT${seconds}S`
}
