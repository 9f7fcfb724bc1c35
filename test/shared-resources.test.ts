import assert from 'node:assert/strict'
import { access, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, it } from 'node:test'
import { prepareSharedResources } from '../harness/launch/shared-resources.js'

describe('what a worker makes for a target and its peer (shared:)', () => {
  it('gives both servers one SQLite path, as {sqlite} and SESSIONSPEC_SQLITE_PATH, and removes it at the end', async () => {
    const prepared = await prepareSharedResources({ sqlitePath: true })
    const path = prepared.context.placeholders.sqlite
    assert.ok(path?.endsWith('.sqlite3'), path)
    assert.equal(prepared.context.env.SESSIONSPEC_SQLITE_PATH, path)
    await writeFile(path, '')
    await prepared.release()
    await assert.rejects(access(dirname(path)))
  })

  it('makes nothing when the target file shares nothing', async () => {
    const prepared = await prepareSharedResources({})
    assert.deepEqual(prepared.context, { placeholders: {}, env: {} })
    await prepared.release()
  })
})
