// The clearsessions command (100-105) as a user runs it: a separate process over a SQLite file
// and a session directory that hold expired and live sessions, at the real time. Sessions are
// planted an hour either side of now, so the run's own duration never matters.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { systemClock } from '../reference/clock.js'
import { createDbEngine } from '../reference/sessions/engines/db.js'
import { createFileEngine } from '../reference/sessions/engines/file.js'
import { plantSessions } from '../reference/control/plant.js'
import { SECRET, startTestServer } from './session-http.js'
import { PACKAGE_ROOT } from '../lib/package-root.js'

const AGE = 1209600
const root = PACKAGE_ROOT

interface Run { status: number; stdout: string; stderr: string }

async function clearsessions(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'reference/cli/clearsessions.ts', ...args], {
      cwd: root, env: { ...process.env, SESSIONSPEC_SQLITE_PATH: '', SESSIONSPEC_FILE_PATH: '' },
    })
    return { status: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** expired sessions that ended an hour ago and live ones that end in an hour. */
const plan = (expired: number, live: number) => {
  const now = systemClock.now()
  return [{ count: expired, expiresAt: now - 3600, cookieAge: AGE }, { count: live, expiresAt: now + 3600, cookieAge: AGE, first: expired }]
}

let directory: string

/** A session directory of its own with 3 expired and 2 live file sessions under the cookie name. */
async function fileStore(name: string, cookieName: string): Promise<{ files: string; expiredNames: string[] }> {
  const files = join(directory, name)
  await mkdir(files)
  const engine = createFileEngine({ directory: files, cookieName, cookieAge: AGE, secretKey: SECRET })
  const [expired, live] = plan(3, 2)
  await plantSessions(engine, expired)
  const expiredNames = await readdir(files)
  await plantSessions(engine, live)
  return { files, expiredNames }
}

before(async () => { directory = await mkdtemp(join(tmpdir(), 'sessionspec-clearsessions-')) })
after(() => rm(directory, { recursive: true, force: true }))

describe('clearsessions', () => {
  test('db on a SQLite file: deletes the expired rows, prints nothing, exits 0 (101)', async () => {
    const sqlitePath = join(directory, 'db.sqlite3')
    const open = () => createDbEngine({ store: 'sqlite', sqlitePath, secretKey: SECRET })
    const engine = await open()
    for (const planting of plan(4, 2)) await plantSessions(engine, planting)
    await engine.close()

    assert.deepEqual(await clearsessions('--engine', 'db', '--sqlite-path', sqlitePath), { status: 0, stdout: '', stderr: '' })
    const reopened = await open()
    // Counted as of two hours ago, when every planted row was alive: only the live ones are left.
    assert.equal(await reopened.count(systemClock.now() - 7200), 2)
    await reopened.close()
  })

  test('file: deletes the expired files and leaves live and temporary ones (104)', async () => {
    const { files, expiredNames } = await fileStore('files', 'sessionid')
    await writeFile(join(files, `${expiredNames[0]}_out_x1y2z3`), '')

    assert.deepEqual(await clearsessions('--engine', 'file', '--file-path', files), { status: 0, stdout: '', stderr: '' })
    const left = await readdir(files)
    assert.equal(left.length, 3)
    assert.ok(expiredNames.every((name) => !left.includes(name)), `expired files left: ${left.join(', ')}`)
  })

  // SESSION_COOKIE_AGE dates a file session without a custom expiry (mtime + age, 081): the
  // command must use the age it is given, not Django's default of two weeks, under which every
  // file planted here is still alive.
  test('file: dates the sessions by the --session-cookie-age it is given (104)', async () => {
    const files = join(directory, 'files-hour')
    await mkdir(files)
    const hour = 3600
    const engine = createFileEngine({ directory: files, cookieName: 'sessionid', cookieAge: hour, secretKey: SECRET })
    const now = systemClock.now()
    await plantSessions(engine, { count: 3, expiresAt: now - hour / 2, cookieAge: hour })
    const expiredNames = await readdir(files)
    await plantSessions(engine, { count: 2, expiresAt: now + hour / 2, cookieAge: hour, first: 3 })

    assert.deepEqual(await clearsessions('--engine', 'file', '--file-path', files, '--session-cookie-age', String(hour)), { status: 0, stdout: '', stderr: '' })
    const left = await readdir(files)
    assert.equal(left.length, 2, `expected the 2 live files left; left: ${left.join(', ')}`)
    assert.ok(expiredNames.every((name) => !left.includes(name)), `expired files left: ${left.join(', ')}`)
  })

  // The file engine names its files SESSION_COOKIE_NAME + key (Django's file backend prefix): with
  // a custom name the command must look for that name's files, or it purges nothing.
  test('file: finds the sessions under the --session-cookie-name it is given (104)', async () => {
    const { files, expiredNames } = await fileStore('files-named', 'mysess')

    assert.deepEqual(await clearsessions('--engine', 'file', '--file-path', files, '--session-cookie-name', 'mysess'), { status: 0, stdout: '', stderr: '' })
    const left = await readdir(files)
    assert.equal(left.length, 2, `expected the 2 live files left; left: ${left.join(', ')}`)
    assert.ok(expiredNames.every((name) => name.startsWith('mysess') && !left.includes(name)), `expired files left: ${left.join(', ')}`)
  })

  test('purges the store of a reference server started with the same --sqlite-path', async () => {
    const sqlitePath = join(directory, 'shared.sqlite3')
    const server = await startTestServer({ session: { engine: 'db' }, stores: { sqlitePath } })
    try {
      server.clock.reset()
      await server.control('sessions.plant', { count: 3, expiresIn: -3600 })
      await server.control('sessions.plant', { count: 2, expiresIn: 3600 })
      assert.equal((await clearsessions('--sqlite-path', sqlitePath)).status, 0)
      assert.deepEqual((await server.control('sessions.purge')).body, { purged: 0, exitStatus: 0 })
      assert.deepEqual((await server.control('sessions.count')).body, { count: 2 })
    } finally {
      await server.close()
    }
  })

  test('an engine without clearExpired is a CommandError with exit status 1 (100)', async () => {
    const module = 'test/fixtures/no-clear-expired-engine.ts'
    assert.deepEqual(await clearsessions('--engine-module', module), {
      status: 1, stdout: '', stderr: `CommandError: Session engine '${module}' doesn't support clearing expired sessions.\n`,
    })
  })

  // Only Django's CommandError (an engine without clearExpired) is exit status 1; a purge that
  // fails in its store is one line and exit status 2, like every other failure of the command.
  test('a purge that fails in its store is one line and exit status 2', async () => {
    const module = join(directory, 'failing-store-engine.mjs')
    await writeFile(module, [
      'export function createSessionEngine() {',
      "  return { kind: 'server', clearExpired: async () => { throw new Error('the store refused the connection') }, close: async () => {} }",
      '}',
    ].join('\n'))
    assert.deepEqual(await clearsessions('--engine-module', module), {
      status: 2, stdout: '', stderr: 'sessionspec: clearing expired sessions failed: the store refused the connection\n',
    })
  })

  test('engines that keep nothing to purge succeed silently (102, 103)', async () => {
    for (const engine of ['cache', 'signed-cookies', 'memory']) {
      assert.deepEqual(await clearsessions('--engine', engine), { status: 0, stdout: '', stderr: '' }, engine)
    }
  })

  test('a store it cannot find is one line and exit status 2', async () => {
    assert.deepEqual(await clearsessions('--engine', 'db'), {
      status: 2, stdout: '', stderr: 'sessionspec: the db engine needs --sqlite-path (or SESSIONSPEC_SQLITE_PATH): the database file to purge\n',
    })
    const missing = join(directory, 'missing')
    assert.deepEqual(await clearsessions('--engine', 'file', '--file-path', missing), {
      status: 2, stdout: '', stderr: `sessionspec: --file-path ${JSON.stringify(missing)} (SESSION_FILE_PATH) must be an existing directory\n`,
    })
  })
})
