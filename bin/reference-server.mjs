#!/usr/bin/env node
// The reference server, for targets/reference.yaml: run as a program it is
// reference/cli/start.ts (start.command); imported, it offers startInProcess (start.inProcess).
// Compiled from dist/ in the package, TypeScript through tsx in a checkout, as bin/sessionspec.mjs.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const fromSource = existsSync(new URL('../reference/cli/start.ts', import.meta.url))
const module = (name) => (fromSource ? new URL(`../reference/cli/${name}.ts`, import.meta.url) : new URL(`../dist/reference/cli/${name}.js`, import.meta.url)).href
const isProgram = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]

if (isProgram) {
  // Imported, it runs inside a harness worker that already loads TypeScript (--import tsx).
  if (fromSource) (await import('tsx/esm/api')).register()
  await import(module('start'))
}

export async function startInProcess(args, env) {
  const { startInProcess: start } = await import(module('in-process'))
  return start(args, env)
}
