#!/usr/bin/env node
// The sessionspec command line. In the package, the harness is compiled JavaScript in dist/; in
// a checkout, its TypeScript sources are loaded through tsx (even when a dist/ was built, so
// that an edited source is never shadowed by an older build).
import { existsSync } from 'node:fs'

const source = new URL('../harness/cli/main.ts', import.meta.url)
let main
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import(source.href))
} else {
  ;({ main } = await import('../dist/harness/cli/main.js'))
}
const code = await main(process.argv.slice(2)).catch((error) => {
  console.error(process.env.SESSIONSPEC_DEBUG ? error : `sessionspec: ${error?.message ?? error} (set SESSIONSPEC_DEBUG=1 for details)`)
  return 2
})
process.exitCode = code
