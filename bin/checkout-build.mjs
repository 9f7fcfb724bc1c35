// In a checkout, the harness, its steps and the reference server run as JavaScript that esbuild
// transpiles from the TypeScript sources into .run/dist/ (the package's dist/ layout), rather
// than through tsx's loader hooks: a whole run then spends about a sixth less CPU (bench/README.md).
// Only sources whose size or modification time changed since the last run are transpiled again,
// and the output of a deleted source is removed, so an edited source is never shadowed by an
// older build. SESSIONSPEC_FROM_SOURCE=1 keeps the tsx way (e.g. to debug with source lines).
// The tsconfig's isolatedModules and verbatimModuleSyntax make a file-by-file transpile exact.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/**
 * The folders tsconfig.build.json compiles into the package's dist/, and the checkout's own tests
 * and scripts, which npm test's unit phase runs from here too (the tests import scripts/ and bin/).
 */
const SOURCE_DIRS = ['lib', 'harness', 'reference', 'steps', 'test', 'scripts']
export const CHECKOUT_DIST = '.run/dist'

/** True in a git checkout (TypeScript sources beside bin/), false in the installed package. */
export function isCheckout() {
  return existsSync(join(ROOT, 'harness/cli/main.ts'))
}

/** Whether this process (and the workers and servers it starts) runs the sources through tsx. */
export function runsFromSource() {
  return process.env.SESSIONSPEC_FROM_SOURCE === '1'
}

function sources(root, dir) {
  if (!existsSync(join(root, dir))) return []
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sources(root, path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function readStamp(root) {
  try {
    return JSON.parse(readFileSync(join(root, CHECKOUT_DIST, 'sources.json'), 'utf8'))
  } catch {
    return { files: {} }
  }
}

/** Writes a file whole or not at all: two runs started at once may transpile the same file. */
function writeWhole(path, text) {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}

/**
 * Brings .run/dist/ up to date with the sources and says where the compiled tree is (a path
 * relative to the package root). A source that does not transpile is reported with its path.
 */
export async function buildCheckout(root = ROOT) {
  const before = readStamp(root)
  const outputOf = (source) => join(root, CHECKOUT_DIST, source.replace(/\.ts$/, '.js'))
  const require = createRequire(import.meta.url)
  const version = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version
  const files = {}
  const stale = []
  for (const dir of SOURCE_DIRS) {
    for (const source of sources(root, dir)) {
      const { mtimeMs, size } = statSync(join(root, source))
      files[source] = `${mtimeMs}:${size}`
      const output = outputOf(source)
      if (before.esbuild !== version || before.files[source] !== files[source] || !existsSync(output)) stale.push(source)
    }
  }
  // esbuild's own start (a service process) is paid only when something changed.
  if (stale.length > 0) {
    const { transformSync } = await import('esbuild')
    for (const source of stale) {
      let code
      try {
        ;({ code } = transformSync(readFileSync(join(root, source), 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: source }))
      } catch (error) {
        const first = error.errors?.[0]
        throw new Error(`${source}${first?.location ? `:${first.location.line}` : ''} does not transpile: ${first?.text ?? error.message}`)
      }
      writeWhole(outputOf(source), code)
    }
  }
  // bin/ is plain JavaScript, beside dist/ in the package: a transpiled test imports it as ../bin/.
  const binLink = join(root, CHECKOUT_DIST, 'bin')
  if (existsSync(join(root, 'bin')) && !existsSync(binLink)) {
    mkdirSync(dirname(binLink), { recursive: true })
    try {
      symlinkSync('../../bin', binLink)
    } catch (error) {
      if (error.code !== 'EEXIST') throw error // another run made it first
    }
  }
  const gone = Object.keys(before.files).filter((source) => !(source in files))
  for (const source of gone) rmSync(outputOf(source), { force: true })
  if (stale.length > 0 || gone.length > 0) writeWhole(join(root, CHECKOUT_DIST, 'sources.json'), JSON.stringify({ esbuild: version, files }))
  return CHECKOUT_DIST
}
