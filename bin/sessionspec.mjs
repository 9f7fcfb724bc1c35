#!/usr/bin/env node
// The sessionspec command line. In the package, the harness is compiled JavaScript in dist/. In
// a checkout, its TypeScript sources are transpiled into .run/dist/ first (only what changed;
// bin/checkout-build.mjs), and SESSIONSPEC_FROM_SOURCE=1 loads them through tsx instead. The
// choice is passed to the workers and servers this run starts in SESSIONSPEC_COMPILED_DIR.
import { buildCheckout, isCheckout, runsFromSource } from './checkout-build.mjs'

let main
try {
  if (!isCheckout()) {
    ;({ main } = await import('../dist/harness/cli/main.js'))
  } else if (runsFromSource()) {
    const { register } = await import('tsx/esm/api')
    register()
    ;({ main } = await import('../harness/cli/main.ts'))
  } else {
    const compiled = await buildCheckout()
    process.env.SESSIONSPEC_COMPILED_DIR = compiled
    ;({ main } = await import(new URL(`../${compiled}/harness/cli/main.js`, import.meta.url).href))
  }
} catch (error) {
  console.error(process.env.SESSIONSPEC_DEBUG ? error : `sessionspec: ${error?.message ?? error} (set SESSIONSPEC_DEBUG=1 for details)`)
  process.exit(2)
}
const code = await main(process.argv.slice(2)).catch((error) => {
  console.error(process.env.SESSIONSPEC_DEBUG ? error : `sessionspec: ${error?.message ?? error} (set SESSIONSPEC_DEBUG=1 for details)`)
  return 2
})
process.exitCode = code
