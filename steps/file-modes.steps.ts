// Who else on the machine can read a session file (capability file-modes, control operation
// sessions.fileMode): the permission bits the target reports for the visitor's session file.
import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import { heldSessionKey } from './support/session-cookie.js'
import type { SpecWorld } from './support/world.js'

Then('no one but the server\'s own user can read or change the visitor\'s session file', async function (this: SpecWorld) {
  const key = await heldSessionKey(this)
  assert.ok(key, 'the visitor holds no session cookie')
  const answer = await this.driver.control('sessions.fileMode', { sessionKey: key })
  assert.ok('mode' in answer, `the server keeps no session files: ${JSON.stringify(answer)}`)
  assert.ok(answer.mode !== null, `the server has no session file under the visitor's key ${key}`)
  const bits = Number.parseInt(answer.mode, 8)
  assert.equal(bits & 0o077, 0, `the session file has mode ${answer.mode}: its group or everyone else may read or change it`)
})
