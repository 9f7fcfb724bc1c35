import { basename, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

// This file runs from lib/ in a checkout (through tsx) and from dist/lib/ in the package
// (compiled); features, schemas, docs and cucumber.mjs are beside dist/, not in it.
const above = fileURLToPath(new URL('..', import.meta.url))

/** Features, steps, schemas, built-in targets and cucumber.mjs live in the package, wherever the command is run from. */
export const PACKAGE_ROOT = basename(above) === 'dist' ? `${dirname(above)}/` : above
