import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { initCommand } from '../harness/cli/init-command.js'
import { loadTarget } from '../harness/target/load-target.js'

describe('sessionspec init', () => {
  it('writes a valid starting target file with $schema from flags, runs doctor, and never overwrites it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'init-')), 'mine.yaml')
    const answers = { name: 'mine', baseUrl: 'http://127.0.0.1:9', sessionCookie: 'PHPSESSID', engine: 'file', storage: 'none', output: file }
    // Nothing listens on port 9: doctor says it cannot reach the server, and init passes that on.
    assert.equal(await initCommand(answers, false), 1)
    const text = readFileSync(file, 'utf8')
    assert.match(text, /^# yaml-language-server: \$schema=.*schemas\/target\.schema\.json\n\$schema: /)
    const target = await loadTarget(file)
    assert.deepEqual([target.name, target.engines, target.messageStorages, target.settings.sessionCookieName, target.fixture?.mounted], ['mine', ['file'], [], 'PHPSESSID', false])
    assert.equal(await initCommand(answers, false), 2)
  })
})
