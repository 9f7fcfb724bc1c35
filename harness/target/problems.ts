/** One problem in a file the user wrote, pointing at the place to fix. */
export interface Problem {
  file: string
  line?: number
  col?: number
  /** JSON pointer inside the document ("" for the document itself). */
  path: string
  message: string
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`
  return `${where}: ${p.path || '/'}: ${p.message}`
}

/** A user's file is wrong; every problem is reported, one line each. Exit code 2. */
export class ConfigurationError extends Error {
  readonly problems: Problem[]
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ConfigurationError'
    this.problems = problems
  }
}
