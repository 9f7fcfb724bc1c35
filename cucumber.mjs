// Cucumber profile used by `sessionspec run` (harness/cli). Paths are not listed here on
// purpose: paths given on the command line are added to a profile's paths, not used instead.
// The package ships the steps compiled in dist/ without their sources; a checkout runs the
// steps bin/sessionspec.mjs transpiled (SESSIONSPEC_COMPILED_DIR), or the TypeScript through tsx
// (SESSIONSPEC_FROM_SOURCE=1, or cucumber run on its own).
import { existsSync } from 'node:fs'

const checkout = existsSync(new URL('./steps/support/world.ts', import.meta.url))
const compiledDir = checkout ? process.env.SESSIONSPEC_COMPILED_DIR : 'dist'

export default {
  import: compiledDir === undefined ? ['steps/support/register-tsx.mjs', 'steps/**/*.ts'] : [`${compiledDir}/steps/**/*.js`],
  format: ['progress'],
  strict: true,
}
