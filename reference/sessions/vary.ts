// 040: Django's patch_vary_headers, the way the session middleware adds "Cookie" to Vary.

/**
 * The Vary value after adding `names`: existing entries are kept as they are, a name already
 * present in any case is not added again (an existing "cookie" stays "cookie"), and a list
 * that contains "*" collapses to "*". Entries are re-joined with ", ".
 */
export function patchVary(existing: string | undefined, names: readonly string[]): string {
  const entries = existing === undefined ? [] : existing.split(/\s*,\s*/)
  const present = new Set(entries.map((entry) => entry.toLowerCase()))
  const added = names.filter((name) => !present.has(name.toLowerCase()))
  const merged = [...entries, ...added]
  return merged.includes('*') ? '*' : merged.join(', ')
}

/** Adds names to the Vary entry of a response's header map, which holds every header under its
 * canonical name (reference/pipeline/request-middleware.ts), so the entry is "Vary". */
export function addVary(headers: Map<string, string>, ...names: string[]): void {
  headers.set('Vary', patchVary(headers.get('Vary'), names))
}
