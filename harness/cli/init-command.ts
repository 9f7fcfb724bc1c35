import { access, mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { PACKAGE_ROOT } from './run-command.js'
import { doctorCommand } from './doctor-command.js'

/** What `sessionspec init` asks for; each has a flag, and a question when the terminal is interactive. */
export interface InitAnswers {
  name?: string
  baseUrl?: string
  start?: string
  readyPath?: string
  sessionCookie?: string
  engine?: string
  storage?: string
  output?: string
}

interface Question { key: keyof InitAnswers; ask: string; fallback: (a: InitAnswers) => string; only?: (a: InitAnswers) => boolean }

const QUESTIONS: Question[] = [
  { key: 'name', ask: 'A short name for your server', fallback: () => 'my-server' },
  { key: 'baseUrl', ask: 'Its address ({port} if sessionspec starts it on a free port)', fallback: (a) => (a.start ? 'http://127.0.0.1:{port}' : 'http://127.0.0.1:8000') },
  { key: 'start', ask: 'The command that starts it, or nothing if it already runs', fallback: () => '' },
  { key: 'readyPath', ask: 'A path that answers 200 once it has started', fallback: () => '/', only: (a) => Boolean(a.start) },
  { key: 'sessionCookie', ask: 'The name of its session cookie', fallback: () => 'sessionid' },
  { key: 'engine', ask: 'Where it keeps sessions (memory, file, db, cache, cached-db, signed-cookies)', fallback: () => 'memory' },
  { key: 'storage', ask: 'Where it keeps flash messages (session, cookie, fallback, or none)', fallback: () => 'session' },
]

/**
 * Writes a starting target file (with $schema, so editors complete the rest) from flags, asking
 * in the terminal for what the flags leave out, then runs doctor on it. It never overwrites a
 * file. The operations are left for the user to map (docs/target-files.md).
 */
export async function initCommand(given: InitAnswers, interactive = Boolean(process.stdin.isTTY)): Promise<number> {
  const answers: InitAnswers = { ...given }
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined
  try {
    for (const q of QUESTIONS) {
      if (answers[q.key] !== undefined || (q.only && !q.only(answers))) continue
      const fallback = q.fallback(answers)
      const typed = prompt ? (await prompt.question(`${q.ask} [${fallback}]: `)).trim() : ''
      answers[q.key] = typed || fallback
    }
  } finally {
    prompt?.close()
  }
  const file = resolve(answers.output ?? `targets/${answers.name}.yaml`)
  if (await exists(file)) {
    console.error(`sessionspec init: ${file} exists; choose another name or --output`)
    return 2
  }
  await mkdir(dirname(file), { recursive: true })
  // The start command runs where init was run (the user's project), whatever folder the file is in.
  const cwd = relative(dirname(file), process.cwd()) || '.'
  await writeFile(file, renderTargetFile(answers, relative(dirname(file), resolve(PACKAGE_ROOT, 'schemas/target.schema.json')), cwd))
  console.log(`wrote ${relative(process.cwd(), file)}; map your routes under operations: (docs/target-files.md)\n`)
  return doctorCommand(file)
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false)
}

/** YAML text of the starting target file; JSON strings are valid YAML scalars, so values need no escaping rules of their own. */
export function renderTargetFile(a: InitAnswers, schemaPath: string, cwd = '.'): string {
  const q = (text: string | undefined) => JSON.stringify(text ?? '')
  const start = a.start ? splitCommand(a.start) : []
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `$schema: ${q(schemaPath)}`,
    `name: ${q(a.name)}`,
    `baseUrl: ${q(a.baseUrl)}`,
    ...(start.length ? ['start:', `  command: [${start.map(q).join(', ')}]`, `  cwd: ${q(cwd)}`, `  readyPath: ${q(a.readyPath ?? '/')}`, '  # the line it prints once it listens (a regular expression)', '  readyPattern: "listening on"', '  timeoutSeconds: 30'] : []),
    '# core: framework-neutral rules (docs/profiles.md); add django only for byte compatibility',
    'profiles: [core]',
    '# clock, settings, purge, store-inspection, record-writing, ...: optional control operations your server offers',
    'capabilities: []',
    `engines: [${q(a.engine)}]`,
    `messageStorages: [${a.storage && a.storage !== 'none' ? q(a.storage) : ''}]`,
    'settings:',
    `  sessionCookieName: ${q(a.sessionCookie)}`,
    '# Your own routes: say so, and map each operation you can (docs/target-files.md).',
    '# Without a mapping, an operation is not offered and its scenarios are not applicable.',
    'fixture:',
    '  mounted: false',
    'operations: {}',
    '',
  ]
  return lines.join('\n')
}

/** "node server.js --port {port}" → words; quotes group words with spaces. */
function splitCommand(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3])
}
