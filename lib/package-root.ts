import { basename, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

// This file runs from lib/ in a checkout (through tsx), from .run/dist/lib/ in a checkout
// (transpiled, bin/checkout-build.mjs) and from dist/lib/ in the package (compiled); features,
// schemas, docs and cucumber.mjs are beside dist/ and .run/, not in them.
const above = fileURLToPath(new URL('..', import.meta.url))
const checkoutDist = /\/\.run\/dist\/$/

/** Features, steps, schemas, built-in targets and cucumber.mjs live in the package, wherever the command is run from. */
export const PACKAGE_ROOT = checkoutDist.test(above) ? above.replace(checkoutDist, '/') : basename(above) === 'dist' ? `${dirname(above)}/` : above
