import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { causeLine, startTargetServer } from '../harness/launch/start-server.js'
import type { Target } from '../harness/target/types.js'

function target(command: string[]): Target {
  return {
    name: 'broken', baseUrl: 'http://127.0.0.1:{port}', profiles: ['core'], file: 'broken.yaml', dir: process.cwd(),
    capabilities: [], engines: [], realTimeEngines: [], messageStorages: [], settings: {}, fixturePrefix: '/__sessionspec',
    shared: {}, start: { command, timeoutSeconds: 10 },
  }
}

describe('a server that cannot start', () => {
  it('names a start command that does not exist, in one line', async () => {
    await assert.rejects(startTargetServer(target(['no-such-sessionspec-server', '{port}'])), {
      name: 'TargetError',
      message: 'the target\'s start command cannot run: no-such-sessionspec-server: not found (start.command in the target file)',
    })
  })

  it('shows the exit code and the line with the cause, not the runtime\'s last line', async () => {
    const script = 'import("no-such-package-for-sessionspec")'
    await assert.rejects(startTargetServer(target([process.execPath, '--input-type=module', '-e', script])), (error: Error) => {
      assert.match(error.message, /exited with code 1 before it was ready: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package 'no-such-package-for-sessionspec'/)
      return true
    })
  })
})

describe('the cause line of a server\'s output', () => {
  it('prefers a named error over the last line', () => {
    assert.equal(causeLine(['Traceback (most recent call last):', 'ModuleNotFoundError: No module named \'flask\'', 'bye']), 'ModuleNotFoundError: No module named \'flask\'')
  })
  it('falls back to the last line, or says there was none', () => {
    assert.equal(causeLine(['starting', 'stopped']), 'stopped')
    assert.equal(causeLine([]), 'no output')
  })
})
