// The store drivers and the browser are optional peer dependencies of the package (README,
// "Install in your project"): a user whose target is their own server installs none of them.
// They are imported where they are first needed, and a missing one is one line naming it.
import { createRequire } from 'node:module'

/** An optional package that a chosen engine, store or scenario needs is not installed. */
export class MissingPackage extends Error {
  readonly packageName: string
  constructor(packageName: string, neededFor: string) {
    super(`${neededFor} needs the package ${packageName}, which is not installed; add it with: npm install --save-dev ${packageName}`)
    this.name = 'MissingPackage'
    this.packageName = packageName
  }
}

/**
 * Runs `load` (a dynamic import of the package, or of a module that imports it) and turns
 * "cannot find package" for that package into MissingPackage. Any other failure is left as it is.
 */
export async function importOptional<T>(packageName: string, neededFor: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (isMissing(error, packageName)) throw new MissingPackage(packageName, neededFor)
    throw error
  }
}

function isMissing(error: unknown, packageName: string): boolean {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String(message).includes(`'${packageName}'`)
}

/** Whether an optional package can be found from the package (or checkout) sessionspec runs from. */
export function isInstalled(packageName: string): boolean {
  try {
    createRequire(import.meta.url).resolve(packageName)
    return true
  } catch {
    return false
  }
}

/** The line of a scenario or engine that needs a package that is not installed. */
export function missingPackageLine(packageName: string, neededFor: string): string {
  return new MissingPackage(packageName, neededFor).message
}
