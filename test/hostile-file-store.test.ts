// The file engine's directory is untrusted: whoever can write to it may plant a FIFO, a symlink
// to /dev/zero or out of the directory, or a huge file under a session's name. None of them may
// block a visitor, grow the server, stop a purge or a count, or answer 500. Real files, a real
// FIFO (mkfifo), real symlinks.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { MAX_FILE_RECORD_BYTES, readSessionEntry, readSessionEntrySync } from '../reference/sessions/engines/file-entry.js'
import { encodeSessionData } from '../reference/sessions/serialization.js'
import { SECRET, startTestServer, NOW } from './session-http.js'

const AGE = 1209600
const KEY = (c: string) => c.repeat(32)

let root: string
before(async () => { root = await mkdtemp(join(tmpdir(), 'sessionspec-hostile-files-')) })
after(() => rm(root, { recursive: true, force: true }))

async function directoryWith(name: string): Promise<string> {
  const directory = join(root, name)
  await mkdir(directory)
  return directory
}

function engineOn(directory: string, logged: string[] = []) {
  return createFileEngine({ directory, cookieName: 'sessionid', cookieAge: AGE, secretKey: SECRET, log: (line) => logged.push(line) })
}

/** Every hostile entry the probe planted, each under a session's name. */
async function plantHostileEntries(directory: string): Promise<void> {
  execFileSync('mkfifo', [join(directory, `sessionid${KEY('f')}`)])
  await symlink('/dev/zero', join(directory, `sessionid${KEY('z')}`))
  const outside = join(root, `outside-${Math.random().toString(36).slice(2)}`)
  await writeFile(outside, encodeSessionData(new Map([['stolen', true]]), SECRET, NOW))
  await symlink(outside, join(directory, `sessionid${KEY('o')}`))
  await mkdir(join(directory, `sessionid${KEY('d')}`))
  const huge = join(directory, `sessionid${KEY('h')}`)
  await writeFile(huge, '')
  await truncate(huge, 200 * 1024 * 1024) // sparse: 200 MB to stat, nothing on disk
}

describe('reading an entry of the session directory', () => {
  it('refuses a FIFO at once, without waiting for a writer', async () => {
    const directory = await directoryWith('fifo')
    execFileSync('mkfifo', [join(directory, 'entry')])
    assert.deepEqual(await readSessionEntry(join(directory, 'entry')), { kind: 'unreadable', reason: 'not a regular file (a FIFO)' })
  })

  it('does not follow a symlink, to /dev/zero or to a session file outside', async () => {
    const directory = await directoryWith('links')
    await symlink('/dev/zero', join(directory, 'zero'))
    await writeFile(join(root, 'target-file'), 'x')
    await symlink(join(root, 'target-file'), join(directory, 'out'))
    for (const name of ['zero', 'out']) {
      assert.deepEqual(await readSessionEntry(join(directory, name)), { kind: 'unreadable', reason: 'a symbolic link' })
    }
  })

  it('reports a file over the limit as too large without reading it', async () => {
    const directory = await directoryWith('huge')
    const path = join(directory, 'huge')
    await writeFile(path, '')
    await truncate(path, MAX_FILE_RECORD_BYTES + 1)
    const entry = await readSessionEntry(path)
    assert.equal(entry.kind, 'too-large')
    await truncate(path, MAX_FILE_RECORD_BYTES)
    assert.equal((await readSessionEntry(path)).kind, 'record')
  })

  it('reads every kind of entry synchronously (the purge) as it reads it asynchronously', async () => {
    const directory = await directoryWith('sync')
    await plantHostileEntries(directory)
    await writeFile(join(directory, 'record'), encodeSessionData(new Map([['cart', 1]]), SECRET, NOW))
    await writeFile(join(directory, 'empty'), '')
    const names = [...await readdir(directory), 'missing']
    for (const name of names) {
      const expected = await readSessionEntry(join(directory, name))
      // A scratch buffer too small for the record, and one large enough.
      for (const scratch of [Buffer.alloc(8), Buffer.alloc(64 * 1024)]) {
        assert.deepEqual(readSessionEntrySync(join(directory, name), scratch), expected, `${name}, scratch of ${scratch.length}`)
      }
    }
    assert.ok(names.length === 8)
  })
})

describe('the file engine over a directory with planted entries', () => {
  it('loads none of them as a session, and never blocks', async () => {
    const directory = await directoryWith('engine')
    await plantHostileEntries(directory)
    const logged: string[] = []
    const engine = engineOn(directory, logged)
    for (const c of ['f', 'z', 'o', 'd']) assert.equal(await engine.load(KEY(c), NOW), undefined, `key of ${c}`)
    // The huge file is corrupted data: an empty session, logged as Django logs a bad signature.
    assert.deepEqual(await engine.load(KEY('h'), NOW), new Map())
    assert.deepEqual(logged, ['Session data corrupted'])
  })

  it('counts and purges past them, and a save under such a name replaces the entry', async () => {
    const directory = await directoryWith('purge')
    await plantHostileEntries(directory)
    const engine = engineOn(directory)
    await engine.create(KEY('a'), { data: new Map([['cart', 1]]), expiresAt: NOW + AGE }, NOW)
    await engine.create(KEY('b'), { data: new Map([['cart', 2]]), expiresAt: NOW + 60 }, NOW - AGE - 60)
    // Live: a, and the huge file (dated now by the file system, so young by the virtual clock's NOW).
    assert.equal(await engine.count!(NOW), 1 + 1)
    assert.equal(await engine.clearExpired!(NOW), 1)
    const left = await readdir(directory)
    assert.ok(!left.includes(`sessionid${KEY('b')}`) && left.includes(`sessionid${KEY('a')}`))
    assert.ok(left.includes(`sessionid${KEY('f')}`), 'a planted FIFO is left where it is, reported')
    await engine.update(KEY('z'), { data: new Map([['fresh', true]]), expiresAt: NOW + AGE }, NOW)
    assert.deepEqual(await engine.load(KEY('z'), NOW), new Map([['fresh', true]]))
    await engine.clear!()
  })
})

describe('a visitor whose cookie names a planted entry', () => {
  it('gets a fresh session and no 500, and other visitors are unaffected', async () => {
    const files = await directoryWith('server')
    const server = await startTestServer({ session: { engine: 'file' }, stores: { fileDirectory: files } })
    try {
      await plantHostileEntries(files)
      const answers = await Promise.all(['f', 'z', 'o', 'd', 'f', 'f', 'f', 'f'].map((c) => server.fixture('session.set', { key: 'cart', value: c }, `sessionid=${KEY(c)}`)))
      for (const answer of answers) {
        assert.equal(answer.status, 200, JSON.stringify(answer.body))
        const cookie = answer.setCookie.find((line) => line.startsWith('sessionid='))
        assert.ok(cookie && !cookie.includes(KEY('f')) && !cookie.includes(KEY('z')), `a new key: ${cookie}`)
      }
      const other = await server.fixture('session.set', { key: 'cart', value: 1 })
      assert.equal(other.status, 200)
      for (const operation of ['sessions.purge', 'sessions.count']) {
        const answer = await server.control(operation, {})
        assert.equal(answer.status, 200, `${operation}: ${JSON.stringify(answer.body)}`)
      }
    } finally {
      await server.close()
    }
  })
})
