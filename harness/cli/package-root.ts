import { fileURLToPath } from 'node:url'

/** Features, steps, schemas, built-in targets and cucumber.mjs live in the package, wherever the command is run from. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url))
