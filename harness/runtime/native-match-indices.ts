// cucumber-expressions matches every step's text through the package regexp-match-indices,
// whose check for native support (`/a/.exec('a').indices`) is never true without the `d` flag,
// so it always takes its own implementation: it parses each expression's regular expression with
// regexp-tree and re-runs the match per group. That was 7.6% of a worker's CPU over the cookies
// and messages features (bench/README.md, "The tenth session"). Node 20 has the `d` flag, whose
// match carries the same `indices` the implementation computes; imported before cucumber, this
// module puts an exec with the `d` flag where cucumber-expressions' `require` finds the package.
import Module, { createRequire } from 'node:module'
import { dirname } from 'node:path'

const require = createRequire(import.meta.url)

/** The same pattern with the `d` flag, made once per regular expression. */
const withIndices = new WeakMap<RegExp, RegExp>()

/** RegExp.prototype.exec with `indices` on the match, as regexp-match-indices' default export. */
export function execWithIndices(regexp: RegExp, text: string): RegExpExecArray | null {
  let indexed = withIndices.get(regexp)
  if (indexed === undefined) {
    indexed = regexp.hasIndices ? regexp : new RegExp(regexp.source, `${regexp.flags}d`)
    withIndices.set(regexp, indexed)
  }
  indexed.lastIndex = regexp.lastIndex
  const match = indexed.exec(text)
  regexp.lastIndex = indexed.lastIndex
  return match
}

/** Installs execWithIndices for cucumber-expressions; a layout without the package is left alone. */
function install(): void {
  let path: string
  try {
    const cucumber = dirname(require.resolve('@cucumber/cucumber'))
    const expressions = dirname(require.resolve('@cucumber/cucumber-expressions', { paths: [cucumber] }))
    path = require.resolve('regexp-match-indices', { paths: [expressions] })
  } catch {
    return
  }
  if (require.cache[path] !== undefined) return
  const entry = new Module(path)
  Object.assign(entry, { filename: path, loaded: true, exports: execWithIndices })
  require.cache[path] = entry
}

install()
