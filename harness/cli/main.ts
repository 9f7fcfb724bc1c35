import { parseArgs } from 'node:util'
import { ConfigurationError } from '../target/problems.js'
import { loadTarget } from '../target/load-target.js'
import { closingLine, runSuite } from './run-command.js'

const HELP: Record<string, string> = {
  main: `sessionspec: an executable specification of HTTP state (cookies, sessions, messages)

usage: sessionspec <command> [options]

commands:
  run        run the specification against a target and write reports/<target>/
  validate   check target files against schemas/target.schema.json

exit codes: 0 conformant, 1 failures or errors in scenarios, 2 usage or configuration error
Run "sessionspec <command> --help" for a command's options.`,
  run: `usage: sessionspec run [--target FILE] [--tags EXPR] [--parallel N] [--reports DIR] [FEATURE...]

  --target FILE    target file (default targets/reference.yaml)
  --tags EXPR      cucumber tag expression, e.g. "@area:cookies and not @clock"
  --parallel N     worker processes (default 2); the result is the same as with 1
  --reports DIR    where reports/<target>/ goes (default reports)
  FEATURE...       feature files or folders (default: every feature)

Prints progress, a summary per area and a closing line "N passed, N failed".`,
  validate: `usage: sessionspec validate FILE...

Checks each target file; prints one line per problem (file:line:col: /json/path: message).`,
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main)
    return command === undefined ? 2 : 0
  }
  if (!(command in HELP) || command === 'main') {
    console.error(`sessionspec: unknown command "${command}"; expected one of run, validate (see --help)`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        target: { type: 'string', default: 'targets/reference.yaml' },
        tags: { type: 'string' },
        parallel: { type: 'string', default: '2' },
        reports: { type: 'string', default: 'reports' },
      },
    })
  } catch (error) {
    console.error(`sessionspec ${command}: ${(error as Error).message}`)
    return 2
  }
  if (parsed.values.help) {
    console.log(HELP[command])
    return 0
  }
  try {
    if (command === 'validate') return await validate(parsed.positionals)
    const parallel = Number(parsed.values.parallel)
    if (!Number.isInteger(parallel) || parallel < 1) {
      console.error(`sessionspec run: --parallel must be a whole number of at least 1 (got "${parsed.values.parallel}")`)
      return 2
    }
    const { exitCode, results } = await runSuite({
      target: parsed.values.target!,
      tags: parsed.values.tags,
      parallel,
      reportsDir: parsed.values.reports!,
      paths: parsed.positionals,
    })
    console.log(closingLine(results.totals))
    return exitCode
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message)
      return 2
    }
    throw error
  }
}

async function validate(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('sessionspec validate: name at least one target file')
    return 2
  }
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
