#!/usr/bin/env node
// The reference server, for targets/reference.yaml: run as a program it is
// reference/cli/start.ts (start.command); imported, it offers startInProcess (start.inProcess).
// Compiled from dist/ in the package; in a checkout, the JavaScript a sessionspec run transpiled
// (SESSIONSPEC_COMPILED_DIR, see bin/checkout-build.mjs), else the TypeScript through tsx.
import { fileURLToPath } from 'node:url'
import { isCheckout } from './checkout-build.mjs'

const compiledDir = isCheckout() ? process.env.SESSIONSPEC_COMPILED_DIR : 'dist'
const fromSource = compiledDir === undefined
const module = (name) => new URL(fromSource ? `../reference/cli/${name}.ts` : `../${compiledDir}/reference/cli/${name}.js`, import.meta.url).href
const isProgram = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]

if (isProgram) {
  // Imported, it runs inside a harness worker that already loads TypeScript (--import tsx) when it must.
  if (fromSource) (await import('tsx/esm/api')).register()
  await import(module('start'))
}

export async function startInProcess(args, env) {
  const { startInProcess: start } = await import(module('in-process'))
  return start(args, env)
}
