// Cucumber profile used by `sessionspec run` (harness/cli). Paths are not listed here on
// purpose: paths given on the command line are added to a profile's paths, not used instead.
export default {
  import: ['steps/support/register-tsx.mjs', 'steps/**/*.ts'],
  format: ['progress'],
  strict: true,
}
