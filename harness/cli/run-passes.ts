import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin'
import { IdGenerator, type FeatureChild, type RuleChild } from '@cucumber/messages'
import parseTagExpression from '@cucumber/tag-expressions'
import { readEnvelopes, type ExecutedScenario } from '../results/read-cucumber-envelopes.js'
import type { RunPass } from '../runtime/passes.js'
import { userStepFiles, type WorkUnit } from '../runtime/pool-protocol.js'
import { runOnPool } from '../runtime/worker-pool.js'
import { worldParameters } from '../runtime/world-parameters.js'
import { PACKAGE_ROOT } from './package-root.js'

export { PACKAGE_ROOT }

/** What both ways of running the passes need from the run command's options. */
export interface PassOptions {
  tags?: string
  parallel: number
  /** Absolute feature paths (see locateFeatures); none means every bundled feature. */
  paths: string[]
  quiet?: boolean
  shard?: string
  /** The target file (absolute): the world parameter every scenario reads its target from. */
  targetFile: string
}

const ENVIRONMENT = { cwd: PACKAGE_ROOT }
const OUTCOME_MARK: Record<string, string> = { PASSED: '.', FAILED: 'F', SKIPPED: '-' }

/** A pass's scenarios of one feature file: what one worker runs in one go. */
export type PlannedUnit = WorkUnit & { order: number }

/** Every pass's selected scenarios, split by feature file. None means the run selects nothing. */
export async function planUnits(passes: RunPass[], options: PassOptions): Promise<PlannedUnit[]> {
  const candidates = await candidateScenarios(options)
  const units: PlannedUnit[] = []
  for (const [order, pass] of passes.entries()) {
    const byFile = new Map<string, string[]>()
    for (const path of selectScenarios(candidates, pass, options)) {
      const file = path.slice(0, path.lastIndexOf(':'))
      byFile.set(file, [...(byFile.get(file) ?? []), path])
    }
    for (const paths of byFile.values()) units.push({ pass: pass.name, engine: pass.engine, storage: pass.storage, paths, order })
  }
  return units
}

/**
 * The default way: the planned units on a pool of workers that keep their server and step
 * definitions for the whole run. Longest units first, so that no worker is left with a long one
 * at the end.
 */
export async function runPassesOnPool(passes: RunPass[], planned: PlannedUnit[], options: PassOptions): Promise<ExecutedScenario[]> {
  const units = [...planned]
  units.sort((a, b) => b.paths.length - a.paths.length)
  const total = units.reduce((sum, unit) => sum + unit.paths.length, 0)
  if (!options.quiet) process.stdout.write(`${passes.length} passes, ${total} scenarios on ${Math.min(options.parallel, units.length)} workers: `)
  const executed = await runOnPool(units, {
    workers: options.parallel,
    targetFile: options.targetFile,
    cwd: PACKAGE_ROOT,
    onScenarios: (scenarios) => {
      if (!options.quiet) process.stdout.write(scenarios.map((s) => (s.raw.notApplicable ? '-' : OUTCOME_MARK[s.raw.status] ?? 'E')).join(''))
    },
  })
  if (!options.quiet) process.stdout.write('\n')
  // The order a one-pass-at-a-time run gives: pass by pass, then by place in the features.
  const passOrder = new Map(passes.map((pass, index) => [pass.name, index]))
  const passOf = (s: ExecutedScenario) => passOrder.get(s.engine ?? s.storage ?? 'shared') ?? 0
  return executed.sort((a, b) => passOf(a) - passOf(b) || a.uri.localeCompare(b.uri) || a.line - b.line)
}

/** A scenario instance the run's paths select, with its pickle's tags (feature, rule, scenario and Examples tags). */
export interface Candidate {
  /** "absolute file:line", the line of the scenario or of its Examples row. */
  path: string
  /** "<uri>:<line>", what a shard is decided by. */
  key: string
  tags: string[]
}

/**
 * Every scenario instance the run's paths select, in cucumber's order, with its tags: each
 * feature file is parsed once and each pass's tag expression then picks from its pickles.
 * Cucumber's own loadSources planned this before; loading @cucumber/cucumber's API for it cost
 * the command about half a CPU second a run (the workers load it anyway, to run the scenarios).
 * test/plan-units.test.ts checks that this selects what cucumber's loadSources selects.
 */
export async function candidateScenarios(options: Pick<PassOptions, 'paths'>): Promise<Candidate[]> {
  const candidates: Candidate[] = []
  for (const { file, lines } of await featureFiles(featurePaths(options))) {
    const uri = relative(PACKAGE_ROOT, file)
    for (const pickle of await pickles(file, uri)) {
      if (lines && !pickle.lines.some((line) => lines.has(line))) continue
      candidates.push({ path: `${file}:${pickle.line}`, key: `${uri}:${pickle.line}`, tags: pickle.tags })
    }
  }
  return candidates
}

/**
 * The feature files the paths name, as cucumber expands them: a folder is every .feature file
 * under it, each path's files sorted, a file named twice read once; "file:12:30" keeps only the
 * scenarios at those lines, even where the file is also named whole (lines of a file named
 * several times are merged).
 */
async function featureFiles(paths: string[]): Promise<Array<{ file: string; lines?: Set<number> }>> {
  const files = new Map<string, { file: string; lines?: Set<number> }>()
  for (const given of paths) {
    const [, path, lineText] = /^(.*?)((?::\d+)*)$/.exec(given)!
    const lines = lineText ? lineText.slice(1).split(':').map(Number) : undefined
    for (const file of await expand(resolve(PACKAGE_ROOT, path))) {
      const seen = files.get(file) ?? { file }
      files.set(file, seen)
      if (lines) seen.lines = new Set([...(seen.lines ?? []), ...lines])
    }
  }
  return [...files.values()]
}

/** A path's feature files: a folder's, at any depth; the default "features/**\/*.feature" is the features folder's. */
async function expand(path: string): Promise<string[]> {
  const base = path.endsWith('/**/*.feature') ? path.slice(0, -'/**/*.feature'.length) : path
  if (!(await stat(base)).isDirectory()) return [base]
  const entries = await readdir(base, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.feature')).map((e) => join(e.parentPath, e.name)).sort()
}

/** A feature file's pickles: where cucumber places each (its last AST node's line: an Examples row, else the scenario), the lines that select it, and its tags. */
async function pickles(file: string, uri: string): Promise<Array<{ line: number; lines: number[]; tags: string[] }>> {
  const newId = IdGenerator.incrementing()
  const document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(await readFile(file, 'utf8'))
  const lines = new Map<string, number>()
  const visit = (children: ReadonlyArray<FeatureChild | RuleChild>) => {
    for (const child of children) {
      if ('rule' in child && child.rule) visit(child.rule.children)
      if (!child.scenario) continue
      lines.set(child.scenario.id, child.scenario.location.line)
      for (const row of child.scenario.examples.flatMap((e) => e.tableBody)) lines.set(row.id, row.location.line)
    }
  }
  visit(document.feature?.children ?? [])
  return compile(document, uri, newId).flatMap((pickle) => {
    const at = pickle.astNodeIds.map((id) => lines.get(id)).filter((line) => line !== undefined)
    const line = lines.get(pickle.astNodeIds.at(-1) ?? '')
    return line === undefined ? [] : [{ line, lines: at, tags: pickle.tags.map((t) => t.name) }]
  })
}

/** The scenarios ("absolute file:line") a pass selects, within the shard when there is one. */
function selectScenarios(candidates: readonly Candidate[], pass: RunPass, options: PassOptions): string[] {
  const expression = parseTagExpression(pass.tags)
  return candidates.filter((c) => expression.evaluate(c.tags) && (!options.shard || inShard(c.key, options.shard))).map((c) => c.path)
}

function featurePaths(options: Pick<PassOptions, 'paths'>): string[] {
  return options.paths.length > 0 ? options.paths : ['features/**/*.feature']
}

/**
 * The slower way, on request: one cucumber run per pass with cucumber's own workers, each
 * starting its server anew, writing cucumber's HTML report and message stream of every pass.
 */
export async function runPassesWithCucumberReports(passes: RunPass[], options: PassOptions, reportDir: string): Promise<ExecutedScenario[]> {
  const { loadConfiguration, loadSources, loadSupport, runCucumber } = await import('@cucumber/cucumber/api')
  const executed: ExecutedScenario[] = []
  // Step definitions are ES modules, imported once per process: load them once and hand the
  // same library to every pass (a second import would register nothing).
  let support: Awaited<ReturnType<typeof loadSupport>> | undefined
  for (const pass of passes) {
    const file = (ext: string) => join(reportDir, `${pass.name.replace('/', '-')}.${ext}`)
    const { runConfiguration } = await loadConfiguration({
      file: 'cucumber.mjs',
      provided: {
        paths: featurePaths(options),
        parallel: options.parallel > 1 ? options.parallel : 0,
        tags: pass.tags,
        format: [options.quiet ? 'summary' : 'progress', `message:${file('ndjson')}`, `html:${file('html')}`],
        // Cucumber hands these to every World, in its own workers too.
        worldParameters: worldParameters(options.targetFile, pass),
        import: userStepFiles(),
      },
    }, ENVIRONMENT)
    // A pass that selects no scenario would only start servers for nothing.
    const { plan } = await loadSources(runConfiguration.sources, ENVIRONMENT)
    const selected = options.shard ? plan.filter((p) => inShard(`${p.uri}:${p.location.line}`, options.shard!)) : plan
    if (selected.length === 0) continue
    if (options.shard) runConfiguration.sources.paths = selected.map((p) => `${resolve(PACKAGE_ROOT, p.uri)}:${p.location.line}`)
    const label = pass.engine ? `engine ${pass.engine}` : pass.storage ? `message storage ${pass.storage}` : 'features for every engine and storage'
    if (!options.quiet) process.stdout.write(`\n${label} (${selected.length} scenarios): `)
    support ??= await loadSupport(runConfiguration, ENVIRONMENT)
    await runCucumber({ ...runConfiguration, support }, ENVIRONMENT)
    executed.push(...await readEnvelopes(file('ndjson'), { engine: pass.engine, storage: pass.storage }))
  }
  return executed
}

/** A stable split: each scenario goes to one shard by a hash of where it is. */
function inShard(key: string, shard: string): boolean {
  const [index, count] = shard.split('/').map(Number)
  let hash = 2166136261
  for (const c of key) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0
  return hash % count === index - 1
}
