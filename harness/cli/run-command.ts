import { mkdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join, relative, resolve } from 'node:path'
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api'
import { loadExpectations } from '../results/expectations.js'
import { readMessages } from '../results/read-messages.js'
import { buildResults, type ResultsFile } from '../results/results-file.js'
import { renderJunit } from '../results/junit.js'
import { closingLine, renderMarkdownSummary, renderTextSummary } from '../results/summary.js'
import { isBad } from '../results/outcome.js'
import { loadTarget } from '../target/load-target.js'
import { schemaValidator } from '../target/validate-document.js'
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
  const { runConfiguration } = await loadConfiguration({
    file: 'cucumber.mjs',
    provided: {
      paths: options.paths.length > 0 ? options.paths.map((p) => resolve(p)) : ['features/**/*.feature'],
      parallel: options.parallel > 1 ? options.parallel : 0,
      ...(options.tags ? { tags: options.tags } : {}),
      format: [
        options.quiet ? 'summary' : 'progress',
        `message:${join(reportDir, 'messages.ndjson')}`,
        `html:${join(reportDir, 'cucumber.html')}`,
      ],
    },
  }, environment)
  await runCucumber(runConfiguration, environment)
  const executed = await readMessages(join(reportDir, 'messages.ndjson'))
  const results = buildResults(target, executed, expectationFor, {
    startedAt,
    finishedAt: systemNow().toISOString(),
    ...(options.tags ? { tags: options.tags } : {}),
    parallel: Math.max(1, options.parallel),
    node: process.version,
  })
  const validate = schemaValidator('results.schema.json')
  if (!validate(results)) throw new Error(`internal error: results.json does not match its schema: ${JSON.stringify(validate.errors?.[0])}`)
  await writeFile(join(reportDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  await writeFile(join(reportDir, 'junit.xml'), renderJunit(results))
  await writeFile(join(reportDir, 'summary.md'), renderMarkdownSummary(results))
  console.log(`\n${renderTextSummary(results, relative(process.cwd(), reportDir) || '.')}`)
  const bad = results.scenarios.some((s) => isBad(s.outcome))
  const exitCode = bad || results.scenarios.length === 0 ? 1 : 0
  return { exitCode, results }
}

export { closingLine }
