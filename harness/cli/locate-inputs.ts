import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { PACKAGE_ROOT } from './package-root.js'
import { UsageError } from './usage-error.js'

/** Targets shipped in the package, named on the command line without a file (`--target reference`). */
export const BUILT_IN_TARGETS: Record<string, string> = {
  reference: 'targets/reference.yaml',
}

/** Used when --target is left out: a checkout of this repository has it; a user's project usually not. */
const DEFAULT_TARGET = 'targets/reference.yaml'

const HOW_TO_WRITE_ONE = 'write one for your server with "sessionspec init" and pass it with --target FILE, or use --target reference for the built-in reference server'

/**
 * The target file a --target value means: a file relative to the current directory first, then a
 * built-in target's name. A file of the user's always wins over a built-in of the same name.
 */
export async function locateTarget(given: string | undefined): Promise<string> {
  if (given === undefined) {
    if (await isFile(DEFAULT_TARGET)) return DEFAULT_TARGET
    throw new UsageError(`no target file: ${HOW_TO_WRITE_ONE}`)
  }
  if (await isFile(given)) return given
  const builtIn = BUILT_IN_TARGETS[given]
  if (builtIn !== undefined) return join(PACKAGE_ROOT, builtIn)
  throw new UsageError(`--target ${given}: no such file in ${process.cwd()}; ${HOW_TO_WRITE_ONE}`)
}

/**
 * Absolute feature paths (keeping a ":line" suffix) for paths given relative to the current
 * directory, falling back to the features bundled in the package (`features/cookies` works in a
 * user's project); "sessionspec/features/..." names only the bundled ones, for a project whose own
 * folder of the same name would hide them. A path that names nothing, or a folder without a
 * feature, is a usage error: otherwise the run would select nothing and not say why.
 */
export async function locateFeatures(paths: string[]): Promise<string[]> {
  const located: string[] = []
  for (const given of paths) {
    const [, path, lines] = /^(.*?)((?::\d+)*)$/.exec(given)!
    const candidates = isAbsolute(path) ? [path] : path.startsWith(BUNDLED_PREFIX) ? [join(PACKAGE_ROOT, path.slice(BUNDLED_PREFIX.length))] : [resolve(path), join(PACKAGE_ROOT, path)]
    let found: string | undefined
    for (const candidate of candidates) {
      const kind = await kindOf(candidate)
      if (kind === 'missing') continue
      if (kind === 'file' && !candidate.endsWith('.feature')) throw new UsageError(`${given}: not a .feature file`)
      if (kind === 'folder' && !(await holdsFeature(candidate))) throw new UsageError(`${given}: the folder holds no .feature file`)
      found = candidate
      break
    }
    if (found === undefined) throw new UsageError(`${given}: no such feature file or folder, here or among the bundled features`)
    located.push(`${found}${lines}`)
  }
  return located
}

/** The prefix of a feature path that means "in the package", whatever this directory holds. */
const BUNDLED_PREFIX = 'sessionspec/'

/**
 * Absolute globs for the user's own step files (--import), relative to the current directory as
 * cucumber-js reads its --import. The part before the first wildcard must exist, so that a
 * mistyped folder is one line here rather than "undefined step" in every scenario that needs it.
 */
export async function locateStepFiles(patterns: string[]): Promise<string[]> {
  const located: string[] = []
  for (const given of patterns) {
    const absolute = resolve(given)
    const segments = absolute.split('/')
    const wild = segments.findIndex((segment) => /[*?[\]{}]/.test(segment))
    const fixed = wild < 0 ? absolute : segments.slice(0, wild).join('/') || '/'
    const kind = await kindOf(fixed)
    if (kind === 'missing') throw new UsageError(`--import ${given}: no such file or folder in ${process.cwd()}`)
    located.push(absolute)
  }
  return located
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await kindOf(path)) === 'file'
}

async function holdsFeature(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { recursive: true })
  return entries.some((entry) => entry.endsWith('.feature'))
}
