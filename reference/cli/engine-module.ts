// --engine-module PATH for clearsessions: Django's SESSION_ENGINE may name any module whose
// SessionStore is used (088), and its own test of the unsupported case does exactly that
// (sessions_tests.no_clear_expired, 100). A module here exports createSessionEngine(options).
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { EngineFactory } from '../sessions/engines/index.js'
import { fail } from './options.js'

export async function loadEngineModule(path: string): Promise<EngineFactory> {
  let module: { createSessionEngine?: unknown }
  try {
    module = await import(pathToFileURL(resolve(path)).href) as { createSessionEngine?: unknown }
  } catch (error) {
    fail(`--engine-module ${JSON.stringify(path)} cannot be loaded: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof module.createSessionEngine !== 'function') {
    fail(`--engine-module ${JSON.stringify(path)} must export a function createSessionEngine(options)`)
  }
  return module.createSessionEngine as EngineFactory
}
