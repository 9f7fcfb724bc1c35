import { mkdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join, relative, resolve } from 'node:path'
import { loadConfiguration, loadSources, loadSupport, runCucumber } from '@cucumber/cucumber/api'
import { loadExpectations } from '../results/expectations.js'
import { readMessages } from '../results/read-messages.js'
import { buildResults, type ResultsFile } from '../results/results-file.js'
import { renderJunit } from '../results/junit.js'
import { renderBadges } from '../results/badges.js'
import { renderHtmlReport } from '../results/html-report.js'
import { readSpecification } from '../results/specification.js'
import { closingLine, renderMarkdownSummary, renderTextSummary } from '../results/summary.js'
import { isBad } from '../results/outcome.js'
import { loadTarget } from '../target/load-target.js'
import { schemaValidator } from '../target/validate-document.js'
import { planPasses } from '../runtime/passes.js'
import { systemNow } from '../runtime/system-clock.js'

/** Features, steps and cucumber.mjs live in the package, wherever the command is run from. */
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface RunOptions {
  target: string
  tags?: string
  parallel: number
  reportsDir: string
  paths: string[]
  quiet?: boolean
  /** "i/n": run only the i-th of n shards (1-based); merge the results with `sessionspec report merge`. */
  shard?: string
}

/** Runs the features against one target and writes reports/<target>/. Returns the exit code. */
export async function runSuite(options: RunOptions): Promise<{ exitCode: number; results: ResultsFile }> {
  const target = await loadTarget(options.target)
  const expectationFor = await loadExpectations(target.expectationsFile)
  const reportDir = resolve(options.reportsDir, target.name)
  await rm(reportDir, { recursive: true, force: true })
  await mkdir(reportDir, { recursive: true })
  process.env.SESSIONSPEC_TARGET = resolve(options.target)
  const startedAt = systemNow().toISOString()
  const environment = { cwd: PACKAGE_ROOT }
  const executed = []
  // Step definitions are ES modules, imported once per process: load them once and hand the
  // same library to every pass (a second import would register nothing).
  let support: Awaited<ReturnType<typeof loadSupport>> | undefined
  for (const pass of planPasses(target, options.tags)) {
    setOrDelete('SESSIONSPEC_ENGINE', pass.engine)
    setOrDelete('SESSIONSPEC_STORAGE', pass.storage)
    const file = (ext: string) => join(reportDir, `${pass.name.replace('/', '-')}.${ext}`)
    const { runConfiguration } = await loadConfiguration({
      file: 'cucumber.mjs',
      provided: {
        paths: options.paths.length > 0 ? options.paths.map((p) => resolve(p)) : ['features/**/*.feature'],
        parallel: options.parallel > 1 ? options.parallel : 0,
        tags: pass.tags,
        format: [
          options.quiet ? 'summary' : 'progress',
          `message:${file('ndjson')}`,
          `html:${file('html')}`,
        ],
      },
    }, environment)
    // A pass that selects no scenario would only start servers for nothing.
    const { plan } = await loadSources(runConfiguration.sources, environment)
    const selected = options.shard ? plan.filter((p) => inShard(`${p.uri}:${p.location.line}`, options.shard!)) : plan
    if (selected.length === 0) continue
    if (options.shard) runConfiguration.sources.paths = selected.map((p) => `${resolve(PACKAGE_ROOT, p.uri)}:${p.location.line}`)
    const label = pass.engine ? `engine ${pass.engine}` : pass.storage ? `message storage ${pass.storage}` : 'features for every engine and storage'
    if (!options.quiet) process.stdout.write(`\n${label} (${selected.length} scenarios): `)
    support ??= await loadSupport(runConfiguration, environment)
    await runCucumber({ ...runConfiguration, support }, environment)
    executed.push(...await readMessages(file('ndjson'), { engine: pass.engine, storage: pass.storage }))
  }
  setOrDelete('SESSIONSPEC_ENGINE', undefined)
  setOrDelete('SESSIONSPEC_STORAGE', undefined)
  const results = buildResults(target, executed, expectationFor, {
    startedAt,
    finishedAt: systemNow().toISOString(),
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    parallel: Math.max(1, options.parallel),
    node: process.version,
  })
  const validate = schemaValidator('results.schema.json')
  if (!validate(results)) throw new Error(`internal error: results.json does not match its schema: ${JSON.stringify(validate.errors?.[0])}`)
  await writeFile(join(reportDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  await writeFile(join(reportDir, 'junit.xml'), renderJunit(results))
  await writeFile(join(reportDir, 'summary.md'), renderMarkdownSummary(results))
  await writeFile(join(reportDir, 'report.html'), renderHtmlReport([results], await readSpecification(PACKAGE_ROOT), systemNow().toISOString()))
  for (const [profile, badge] of Object.entries(renderBadges(results))) {
    await writeFile(join(reportDir, `badge-${profile}.json`), `${JSON.stringify(badge)}\n`)
  }
  console.log(`\n${renderTextSummary(results, relative(process.cwd(), reportDir) || '.')}`)
  const bad = results.scenarios.some((s) => isBad(s.outcome))
  const exitCode = bad || results.scenarios.length === 0 ? 1 : 0
  return { exitCode, results }
}

/** A stable split: each scenario goes to one shard by a hash of where it is. */
function inShard(key: string, shard: string): boolean {
  const [index, count] = shard.split('/').map(Number)
  let hash = 2166136261
  for (const c of key) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0
  return hash % count === index - 1
}

/** Workers inherit the environment: this is how a pass tells them its engine or storage. */
function setOrDelete(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

export { closingLine, PACKAGE_ROOT }
