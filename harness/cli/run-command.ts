import { mkdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { ExecutedScenario } from '../results/read-cucumber-envelopes.js'
import { loadExpectations } from '../results/expectations.js'
import { buildResults, formatResultsFile, type ResultsFile } from '../results/results-file.js'
import { renderJunit } from '../results/junit.js'
import { renderBadges } from '../results/badges.js'
import { renderHtmlReport } from '../results/html-report.js'
import { readVersions } from '../results/versions.js'
import { closingLine, renderMarkdownSummary, renderTextSummary } from '../results/summary.js'
import { isBad } from '../results/outcome.js'
import { loadTarget } from '../target/load-target.js'
import { schemaValidator } from '../target/validate-document.js'
import { planPasses } from '../runtime/passes.js'
import { systemNow } from '../runtime/system-clock.js'
import { handUserStepFiles } from '../runtime/pool-protocol.js'
import { locateFeatures, locateStepFiles, locateTarget } from './locate-inputs.js'
import { REPORTERS, type Reporter } from './reporters.js'
import { specificationOfRuns } from './run-specification.js'
import { PACKAGE_ROOT, planUnits, runPassesOnPool, runPassesWithCucumberReports } from './run-passes.js'
import { UsageError } from './usage-error.js'

export interface RunOptions {
  /** A target file relative to the current directory, or a built-in target's name; none: see locateTarget. */
  target?: string
  tags?: string
  parallel: number
  reportsDir: string
  /** Feature files or folders as the user gave them (see locateFeatures). */
  paths: string[]
  /** The user's own step files (--import), globs relative to the current directory (see locateStepFiles). */
  imports?: string[]
  quiet?: boolean
  /** "i/n": run only the i-th of n shards (1-based); merge the results with `sessionspec report merge`. */
  shard?: string
  /** Also write cucumber's own HTML report and message stream of each pass (slower: one cucumber run per pass). */
  cucumberReports?: boolean
  /** Which reports to write (--reporter); default all of REPORTERS. The badges are always written. */
  reporters?: Reporter[]
}


/** Runs the features against one target and writes reports/<target>/. Returns the exit code. */
export async function runSuite(options: RunOptions): Promise<{ exitCode: number; results: ResultsFile }> {
  const targetFile = await locateTarget(options.target)
  const target = await loadTarget(targetFile)
  // The target file's step timeout reaches the step definitions, here and in the workers this
  // process starts, through the environment (steps/support/world.ts reads it once, at load).
  if (target.limits?.stepSeconds) process.env.SESSIONSPEC_STEP_SECONDS = String(target.limits.stepSeconds)
  else delete process.env.SESSIONSPEC_STEP_SECONDS
  const expectationFor = await loadExpectations(target.expectationsFile)
  const located = { ...options, paths: await locateFeatures(options.paths), targetFile: resolve(targetFile) }
  handUserStepFiles(await locateStepFiles(options.imports ?? []))
  const passes = planPasses(target, options.tags)
  const units = await planUnits(passes, located)
  // Checked before the previous report is removed: a mistyped tag must not cost the last report.
  if (units.length === 0) throw new UsageError(nothingSelected(options))
  const reportDir = resolve(options.reportsDir, target.name)
  await rm(reportDir, { recursive: true, force: true })
  await mkdir(reportDir, { recursive: true })
  // A server the workers start inside themselves writes its log here rather than on the console.
  process.env.SESSIONSPEC_SERVER_LOG = join(reportDir, 'server.log')
  const startedAt = systemNow().toISOString()
  const executed = (options.cucumberReports
    ? await runPassesWithCucumberReports(passes, located, reportDir)
    : await runPassesOnPool(passes, units, located)).map(seenFromHere)
  const results = buildResults(target, executed, expectationFor, {
    startedAt,
    finishedAt: systemNow().toISOString(),
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    parallel: Math.max(1, options.parallel),
    node: process.version,
    ...await readVersions(),
  })
  const validate = schemaValidator('results.schema.json')
  if (!validate(results)) throw new Error(`internal error: results.json does not match its schema: ${JSON.stringify(validate.errors?.[0])}`)
  const reporters = new Set<Reporter>(options.reporters ?? (Object.keys(REPORTERS) as Reporter[]))
  const render: Record<Reporter, () => Promise<string>> = {
    html: async () => renderHtmlReport([results], await specificationOfRuns([results]), systemNow().toISOString()),
    json: async () => formatResultsFile(results),
    junit: async () => renderJunit(results),
    markdown: async () => renderMarkdownSummary(results),
  }
  const written: string[] = []
  for (const reporter of Object.keys(REPORTERS) as Reporter[]) {
    if (!reporters.has(reporter)) continue
    await writeFile(join(reportDir, REPORTERS[reporter]), await render[reporter]())
    written.push(REPORTERS[reporter])
  }
  for (const [profile, badge] of Object.entries(renderBadges(results))) {
    await writeFile(join(reportDir, `badge-${profile}.json`), `${JSON.stringify(badge)}\n`)
  }
  const serverLogged = existsSync(join(reportDir, 'server.log')) ? ['server.log (what the server logged)'] : []
  console.log(`\n${renderTextSummary(results, relative(process.cwd(), reportDir) || '.', [...written, 'badge-<profile>.json', ...serverLogged])}`)
  const bad = results.scenarios.some((s) => isBad(s.outcome))
  const exitCode = bad || results.scenarios.length === 0 ? 1 : 0
  return { exitCode, results }
}

/**
 * Cucumber names a feature by its path from the package; a project's own feature (outside the
 * package) is named by its path from here instead, as the user wrote it: "features/shop/cart.feature",
 * not "../../features/shop/cart.feature". Its area is then its folder under features/, and an id
 * made of its path (a scenario without an @id tag) reads the same way.
 */
function seenFromHere(scenario: ExecutedScenario): ExecutedScenario {
  const absolute = resolve(PACKAGE_ROOT, scenario.uri)
  if (!relative(PACKAGE_ROOT, absolute).startsWith('..')) return scenario
  const uri = relative(process.cwd(), absolute)
  const id = scenario.id.startsWith(`${scenario.uri}:`) ? `${uri}${scenario.id.slice(scenario.uri.length)}` : scenario.id
  return { ...scenario, uri, id }
}

/** Why a run selected no scenario, naming what the user gave. */
function nothingSelected(options: RunOptions): string {
  const where = options.paths.length > 0 ? options.paths.join(', ') : 'the bundled features'
  if (options.shard) return `shard ${options.shard} selects no scenario of ${where}${options.tags ? ` with the tag expression "${options.tags}"` : ''}; use fewer shards`
  if (options.tags) return `the tag expression "${options.tags}" matches no scenario in ${where}`
  return `${where}: no scenario to run`
}

export { closingLine, PACKAGE_ROOT }
