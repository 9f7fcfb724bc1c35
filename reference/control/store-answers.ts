// What an engine hands back to the control operations (a count of records, whether one exists),
// checked before it becomes an answer. The types say a whole number or a boolean; at run time a
// broken engine could hand back anything, and the server fails (500) rather than answer what the
// fixture API cannot hold (docs/mutation.md, "The operation layer writes the answers").

/** A number of records: a whole number, zero or more. */
export function recordCount(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`${what} returned ${JSON.stringify(value) ?? typeof value}, not a number of records`)
  }
  return value
}

/** Whether a record is there: true or false. */
export function recordPresence(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${what} returned ${JSON.stringify(value) ?? typeof value}, not true or false`)
  return value
}
