/** --reporter values and the file each writes in reports/<target>/ (the badges are always written). */
export const REPORTERS = { html: 'report.html', json: 'results.json', junit: 'junit.xml', markdown: 'summary.md' } as const
export type Reporter = keyof typeof REPORTERS

export function isReporter(name: string): name is Reporter {
  return Object.hasOwn(REPORTERS, name)
}
