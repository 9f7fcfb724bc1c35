import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigurationError } from '../target/problems.js'
import { locateTarget } from './locate-inputs.js'
import { UsageError } from './usage-error.js'
import { isReporter, REPORTERS } from './reporters.js'

// Each command's module is imported when that command runs: cucumber, ajv and the HTTP client
// take most of a second to load, which --help and a usage error need not wait for.

const HELP: Record<string, string> = {
  main: `sessionspec: an executable specification of HTTP state (cookies, sessions, expiry, purging, messages)

usage: sessionspec <command> [options]

commands:
  init       write a starting target file for your server (flags or questions), then run doctor
  run        run the specification against a target and write reports/<target>/
  doctor     check a target file, reach its server and call every operation it claims once
  report     merge shard results, render an HTML report across targets, or diff two runs
  check      Django-style deployment checks of a target's session and message settings
  validate   check target files against schemas/target.schema.json

exit codes: 0 conformant, 1 failures or errors in scenarios, 2 usage or configuration error
(including a run that selects no scenario)
Run "sessionspec <command> --help" for a command's options.`,
  run: `usage: sessionspec run [--target FILE|reference] [--import GLOB]... [--reporter LIST] [--tags EXPR] [--profile core|django] [--parallel N] [--shard I/N] [--reports DIR] [--cucumber-reports] [FEATURE...]

  --target FILE    target file, relative to this directory; "reference" runs the built-in reference
                   server (default: targets/reference.yaml when it exists here)
  --import GLOB    your own step definition files (JavaScript modules), loaded beside the bundled
                   steps, as cucumber-js's --import; relative to this directory, repeatable,
                   e.g. --import "steps/**/*.mjs"; they import Given/When/Then from "sessionspec/steps"
  --tags EXPR      cucumber tag expression, e.g. "@area:cookies and not @clock"
  --profile P      only the scenarios of one profile: core (framework-neutral) or django (byte compatibility)
  --parallel N     worker processes (default 2); the result is the same as with 1
  --shard I/N      run the I-th of N shards (1-based), e.g. on N CI machines; merge with "report merge"
  --reports DIR    where reports/<target>/ goes (default reports)
  --reporter LIST  which reports to write, comma-separated among html, json, junit, markdown
                   (default all four; the badges are always written)
  --cucumber-reports  also write cucumber's own HTML report and message stream of each pass
                   (slower: one cucumber run per engine and storage, each starting its servers)
  FEATURE...       feature files or folders, here or else among the bundled ones, e.g. features/cookies;
                   "sessionspec/" names the bundled ones only, e.g. sessionspec/features for all of them
                   (default: every bundled feature)

Prints progress, a summary per area and a closing line "N passed, N failed"; writes report.html,
results.json, junit.xml, summary.md and badge-<profile>.json.`,
  init: `usage: sessionspec init [--name N] [--base-url URL] [--start "COMMAND"] [--ready-path PATH] [--session-cookie NAME] [--engine E] [--storage S] [-o FILE]

Writes a starting target file (with $schema; default targets/<name>.yaml, never overwritten) and
runs doctor on it. In a terminal it asks for what the flags leave out; elsewhere it uses defaults.
Then map your routes under operations: (docs/target-files.md).`,
  doctor: `usage: sessionspec doctor [--target FILE|reference]

Validates the target file, starts or reaches its server, calls every operation the target claims
once, and prints per operation whether it answered as docs/fixture-api.md requires.
Exit 0 when all did, 1 when some did not, 2 for a bad target file.`,
  report: `usage: sessionspec report merge  SHARD.json... [-o results.json]
       sessionspec report render RESULTS.json... [-o report.html]
       sessionspec report diff   BEFORE.json AFTER.json

  merge    combine the results of the shards of one run
  render   one HTML report with the targets side by side (e.g. the reference server and Django)
  diff     improved, regressed, added and removed scenarios; exit 1 when something regressed`,
  check: `usage: sessionspec check [--target FILE|reference]

Inspects the target's settings (from its control API, else its target file) and the session
cookie it really sets, the way Django's "check --deploy" does: security.W009 (weak secret key),
security.W012 (session cookie without Secure), security.W015 (without HttpOnly),
sessionspec.W001 (SameSite=None without Secure), sessionspec.W002 (file engine directory open
to others), sessionspec.E001 (a message storage that needs sessions, without them).
Each with a level, a message and a hint. Exit 0 when nothing is reported, 1 otherwise.`,
  validate: `usage: sessionspec validate FILE...

Checks each target file; prints one line per problem (file:line:col: /json/path: message).`,
}

const OPTIONS: ParseArgsConfig['options'] = {
  help: { type: 'boolean', short: 'h' },
  target: { type: 'string' },
  tags: { type: 'string' },
  import: { type: 'string', multiple: true },
  profile: { type: 'string' },
  parallel: { type: 'string', default: '2' },
  shard: { type: 'string' },
  reports: { type: 'string', default: 'reports' },
  reporter: { type: 'string' },
  'cucumber-reports': { type: 'boolean', default: false },
  output: { type: 'string', short: 'o' },
  name: { type: 'string' },
  'base-url': { type: 'string' },
  start: { type: 'string' },
  'ready-path': { type: 'string' },
  'session-cookie': { type: 'string' },
  engine: { type: 'string' },
  storage: { type: 'string' },
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main)
    return command === undefined ? 2 : 0
  }
  if (!(command in HELP) || command === 'main') {
    console.error(`sessionspec: unknown command "${command}"; expected one of init, run, doctor, report, check, validate (see --help)`)
    return 2
  }
  let values: Record<string, string | boolean | string[] | undefined>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS }) as { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] })
  } catch (error) {
    console.error(`sessionspec ${command}: ${(error as Error).message}`)
    return 2
  }
  if (values.help) {
    console.log(HELP[command])
    return 0
  }
  try {
    switch (command) {
      case 'validate': return await validate(positionals)
      case 'doctor': {
        const { doctorCommand } = await import('./doctor-command.js')
        return await doctorCommand(await locateTarget(values.target as string | undefined))
      }
      case 'init': return await (await import('./init-command.js')).initCommand({
        name: values.name as string | undefined,
        baseUrl: values['base-url'] as string | undefined,
        start: values.start as string | undefined,
        readyPath: values['ready-path'] as string | undefined,
        sessionCookie: values['session-cookie'] as string | undefined,
        engine: values.engine as string | undefined,
        storage: values.storage as string | undefined,
        output: values.output as string | undefined,
      })
      case 'check': {
        const { checkCommand } = await import('./check-command.js')
        return await checkCommand(await locateTarget(values.target as string | undefined))
      }
      case 'report': return await report(positionals, values.output as string | undefined)
      default: return await run(values, positionals)
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message)
      return 2
    }
    if (error instanceof UsageError) return usage(command, error.message)
    throw error
  }
}

function usage(command: string, message: string): number {
  console.error(`sessionspec ${command}: ${message}`)
  return 2
}

async function run(values: Record<string, string | boolean | string[] | undefined>, paths: string[]): Promise<number> {
  const parallel = Number(values.parallel)
  if (!Number.isInteger(parallel) || parallel < 1) return usage('run', `--parallel must be a whole number of at least 1 (got "${values.parallel}")`)
  const shard = values.shard as string | undefined
  if (shard !== undefined) {
    const [i, n] = shard.split('/').map(Number)
    if (!/^\d+\/\d+$/.test(shard) || i < 1 || i > n) return usage('run', `--shard must be I/N with 1 <= I <= N, e.g. 2/4 (got "${shard}")`)
  }
  const reporters = (values.reporter as string | undefined)?.split(',').map((r) => r.trim())
  if (reporters !== undefined && !reporters.every(isReporter)) return usage('run', `--reporter takes a comma-separated list of ${Object.keys(REPORTERS).join(', ')} (got "${values.reporter}")`)
  const profile = values.profile as string | undefined
  if (profile !== undefined && profile !== 'core' && profile !== 'django') return usage('run', `--profile must be core or django (got "${profile}")`)
  const profileTags = profile === 'django' ? '@profile:django' : profile === 'core' ? 'not @profile:django' : undefined
  const userTags = values.tags as string | undefined
  // Left as typed when alone, so that a message about it quotes what the user wrote.
  const tags = userTags && profileTags ? `(${userTags}) and (${profileTags})` : userTags ?? profileTags
  const { closingLine, runSuite } = await import('./run-command.js')
  const { exitCode, results } = await runSuite({ target: values.target as string | undefined, tags, parallel, shard, reportsDir: String(values.reports), paths, imports: (values.import as string[] | undefined) ?? [], reporters, cucumberReports: values['cucumber-reports'] === true })
  console.log(closingLine(results.totals))
  return exitCode
}

async function report(positionals: string[], output: string | undefined): Promise<number> {
  const [action, ...files] = positionals
  if (!['merge', 'render', 'diff'].includes(action ?? '')) return usage('report', 'expected merge, render or diff (see sessionspec report --help)')
  if (files.length === 0) return usage('report', 'name at least one results.json')
  const { reportCommand } = await import('./report-command.js')
  return reportCommand(action, files, output)
}

async function validate(files: string[]): Promise<number> {
  if (files.length === 0) return usage('validate', 'name at least one target file')
  const { loadTarget } = await import('../target/load-target.js')
  let code = 0
  for (const file of files) {
    try {
      await loadTarget(file)
      console.log(`${file}: valid`)
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error
      console.error(error.message)
      code = 2
    }
  }
  return code
}
