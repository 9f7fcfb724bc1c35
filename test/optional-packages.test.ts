// The store drivers and the browser are optional peer dependencies: a project that installs
// sessionspec without them runs the harness and the reference server's memory engine, and a
// store that needs a missing driver says, in one line, which package to install.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, it } from 'node:test'
import { importOptional, MissingPackage } from '../lib/optional-package.js'

const OPTIONAL = ['better-sqlite3', 'pg', 'ioredis', 'memjs', 'playwright-core']

describe('an optional package', () => {
  it('that is not installed becomes one line naming it and how to add it', async () => {
    const missing = 'sessionspec-no-such-package'
    const error = await importOptional(missing, 'the test store', () => import(missing)).catch((e: unknown) => e)
    assert.ok(error instanceof MissingPackage)
    assert.equal(error.message, `the test store needs the package ${missing}, which is not installed; add it with: npm install --save-dev ${missing}`)
  })

  it('that fails for another reason keeps its own error', async () => {
    const broken = new TypeError('driver exploded')
    await assert.rejects(importOptional('pg', 'x', () => Promise.reject(broken)), (e) => e === broken)
  })

  it('is not loaded by the command line, the harness or the reference server until a store needs it', () => {
    // Run where the five cannot be resolved, as in a project that installed none of them.
    const dir = mkdtempSync(join(tmpdir(), 'sessionspec-no-optional-'))
    const hook = join(dir, 'hide-optional.mjs')
    writeFileSync(hook, [
      `const HIDDEN = new Set(${JSON.stringify(OPTIONAL)})`,
      'export async function resolve(specifier, context, next) {',
      '  if (HIDDEN.has(specifier)) throw Object.assign(new Error(`Cannot find package \'${specifier}\' imported from ${context.parentURL}`), { code: \'ERR_MODULE_NOT_FOUND\' })',
      '  return next(specifier, context)',
      '}',
    ].join('\n'))
    const register = join(dir, 'register.mjs')
    writeFileSync(register, `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hook).href)})\n`)
    const at = (path: string) => JSON.stringify(pathToFileURL(resolve(path)).href)
    const script = join(dir, 'probe.mjs')
    writeFileSync(script, [
      `await import(${at('harness/cli/main.ts')})`,
      `await import(${at('harness/runtime/worker-runtime.ts')})`,
      `await import(${at('harness/agent/browser-visitor.ts')})`,
      `const { startInProcess } = await import(${at('reference/cli/in-process.ts')})`,
      `const { createEngine } = await import(${at('reference/sessions/engines/index.ts')})`,
      "const server = await startInProcess(['--port', '0'])",
      "console.log('memory', (await fetch(server.url + '/')).status < 500)",
      'await server.close()',
      "const options = { secretKey: 'k', sqlitePath: ':memory:', fileDirectory: '/tmp', cookieName: 'sessionid', cookieAge: 60, redisUrl: 'redis://127.0.0.1:6379/0', memcachedServers: '127.0.0.1:11211', postgresUrl: 'postgres://127.0.0.1/x' }",
      "for (const [engine, store] of [['db', 'sqlite'], ['db', 'postgres'], ['cache', 'redis'], ['cache', 'memcached']]) {",
      '  const message = await createEngine(engine, store, options).then((e) => e.load(\'k\', 0)).then(() => \'loaded\', (e) => e.message)',
      '  console.log(engine, store, message)',
      '}',
    ].join('\n'))
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', register, script], { encoding: 'utf8' })
    assert.equal(result.status, 0, result.stderr)
    const install = (name: string) => `which is not installed; add it with: npm install --save-dev ${name}`
    assert.deepEqual(result.stdout.trim().split('\n'), [
      'memory true',
      `db sqlite the db engine on SQLite needs the package better-sqlite3, ${install('better-sqlite3')}`,
      `db postgres the db engine on PostgreSQL needs the package pg, ${install('pg')}`,
      `cache redis the redis cache store needs the package ioredis, ${install('ioredis')}`,
      `cache memcached the memcached cache store needs the package memjs, ${install('memjs')}`,
    ])
  })
})
