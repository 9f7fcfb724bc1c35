import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { loadConfiguration, loadSources, loadSupport, runCucumber } from '@cucumber/cucumber/api'
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
interface Candidate {
  /** "absolute file:line", the line of the scenario or of its Examples row. */
  path: string
  /** "<uri>:<line>", what a shard is decided by. */
  key: string
  tags: string[]
}

/**
 * Every scenario instance the run's paths select, in cucumber's order, with its tags: cucumber
 * loads the features once and each pass's tag expression then picks from them. Loading them once
 * per pass (13 passes for the reference target) cost a run 2-3 CPU seconds under load, mostly
 * garbage from parsing every feature file again.
 */
async function candidateScenarios(options: PassOptions): Promise<Candidate[]> {
  const { runConfiguration } = await loadConfiguration({ file: 'cucumber.mjs', provided: { paths: featurePaths(options), format: [] } }, ENVIRONMENT)
  const { plan } = await loadSources(runConfiguration.sources, ENVIRONMENT)
  const tagsByLine = new Map<string, string[]>()
  for (const uri of new Set(plan.map((p) => p.uri))) {
    for (const [line, tags] of await pickleTags(resolve(PACKAGE_ROOT, uri), uri)) tagsByLine.set(`${uri}:${line}`, tags)
  }
  return plan.map((p) => {
    const key = `${p.uri}:${p.location.line}`
    const tags = tagsByLine.get(key)
    if (tags === undefined) throw new Error(`internal error: cucumber planned ${key}, where no scenario or Examples row was found`)
    return { path: `${resolve(PACKAGE_ROOT, p.uri)}:${p.location.line}`, key, tags }
  })
}

/** The tags of a feature file's pickles by line, where cucumber places a pickle: its last AST node's (an Examples row, else the scenario). */
async function pickleTags(file: string, uri: string): Promise<Map<number, string[]>> {
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
  const byLine = new Map<number, string[]>()
  for (const pickle of compile(document, uri, newId)) {
    const line = lines.get(pickle.astNodeIds.at(-1) ?? '')
    if (line !== undefined) byLine.set(line, pickle.tags.map((t) => t.name))
  }
  return byLine
}

/** The scenarios ("absolute file:line") a pass selects, within the shard when there is one. */
function selectScenarios(candidates: readonly Candidate[], pass: RunPass, options: PassOptions): string[] {
  const expression = parseTagExpression(pass.tags)
  return candidates.filter((c) => expression.evaluate(c.tags) && (!options.shard || inShard(c.key, options.shard))).map((c) => c.path)
}

function featurePaths(options: PassOptions): string[] {
  return options.paths.length > 0 ? options.paths : ['features/**/*.feature']
}

/**
 * The slower way, on request: one cucumber run per pass with cucumber's own workers, each
 * starting its server anew, writing cucumber's HTML report and message stream of every pass.
 */
export async function runPassesWithCucumberReports(passes: RunPass[], options: PassOptions, reportDir: string): Promise<ExecutedScenario[]> {
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
