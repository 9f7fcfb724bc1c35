/** The command line was given something that cannot work (a missing path, a tag matching nothing). One line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
