// Cucumber profile used by `sessionspec run` (harness/cli). Paths are not listed here on
// purpose: paths given on the command line are added to a profile's paths, not used instead.
// A checkout loads the TypeScript steps through tsx; the package ships them compiled in dist/
// without their sources (bin/sessionspec.mjs makes the same choice).
import { existsSync } from 'node:fs'

const fromSource = existsSync(new URL('./steps/support/world.ts', import.meta.url))

export default {
  import: fromSource ? ['steps/support/register-tsx.mjs', 'steps/**/*.ts'] : ['dist/steps/**/*.js'],
  format: ['progress'],
  strict: true,
}
