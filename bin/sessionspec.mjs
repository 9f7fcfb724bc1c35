#!/usr/bin/env node
// The sessionspec command line. The harness is TypeScript, loaded through tsx.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../harness/cli/main.ts')
const code = await main(process.argv.slice(2)).catch((error) => {
  console.error(process.env.SESSIONSPEC_DEBUG ? error : `sessionspec: ${error?.message ?? error} (set SESSIONSPEC_DEBUG=1 for details)`)
  return 2
})
process.exitCode = code
