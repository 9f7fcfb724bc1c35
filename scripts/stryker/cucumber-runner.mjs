// The entry Stryker loads (its `plugins` option): every Stryker process that loads plugins
// imports it, some without a TypeScript loader, so it registers tsx itself before it imports the
// runner (steps/support/register-tsx.mjs does the same for cucumber's workers).
import { register } from 'tsx/esm/api'

register()
const runner = await import('./cucumber-runner.ts')

export const strykerPlugins = runner.strykerPlugins
export const strykerValidationSchema = runner.strykerValidationSchema
