import assert from 'node:assert/strict'
import { access, stat, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { dirname } from 'node:path'
import { describe, it } from 'node:test'
import { DEFAULT_POSTGRES_URL, prepareSharedResources } from '../harness/launch/shared-resources.js'

const POSTGRES_URL = process.env.SESSIONSPEC_POSTGRES_URL || DEFAULT_POSTGRES_URL

/** undefined when PostgreSQL accepts connections, else the reason the test is skipped. */
function postgresDown(): Promise<string | undefined> {
  const { hostname, port } = new URL(POSTGRES_URL)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432), timeout: 1000 })
    const down = (why: string) => { socket.destroy(); resolve(`PostgreSQL not reachable at ${hostname}:${port || 5432} (${why}); run scripts/services.sh start`) }
    socket.once('connect', () => { socket.destroy(); resolve(undefined) })
    socket.once('timeout', () => down('timeout'))
    socket.once('error', (error) => down(error.message))
  })
}

async function schemaExists(schema: string): Promise<boolean> {
  const { default: pg } = await import('pg')
  const client = new pg.Client(POSTGRES_URL)
  await client.connect()
  try {
    return (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1
  } finally {
    await client.end()
  }
}

const postgresMissing = await postgresDown()

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

  it('gives both one empty session directory only its owner reads, as {files} and SESSIONSPEC_FILE_PATH, and removes it', async () => {
    const prepared = await prepareSharedResources({ fileDirectory: true })
    const directory = prepared.context.placeholders.files
    assert.equal(prepared.context.env.SESSIONSPEC_FILE_PATH, directory)
    const info = await stat(directory)
    assert.ok(info.isDirectory())
    assert.equal(info.mode & 0o777, 0o700)
    await writeFile(`${directory}/sessionidabc`, '')
    await prepared.release()
    await assert.rejects(access(directory))
  })

  it('gives each worker a cache key prefix and a PostgreSQL schema name of its own', async () => {
    const [one, two] = await Promise.all([1, 2].map(() => prepareSharedResources({ cacheKeyPrefix: true, postgresSchema: true })))
    for (const { context } of [one, two]) {
      assert.equal(context.env.SESSIONSPEC_CACHE_KEY_PREFIX, context.placeholders.keyPrefix)
      assert.equal(context.env.SESSIONSPEC_POSTGRES_SCHEMA, context.placeholders.schema)
      // A plain identifier: the reference server refuses any other schema name.
      assert.match(context.placeholders.schema, /^[a-z_][a-z0-9_]{0,62}$/)
      // Redis SCAN MATCH takes a glob: the prefix has no wildcard of its own.
      assert.match(context.placeholders.keyPrefix, /^[a-z0-9-]+$/)
    }
    assert.notEqual(one.context.placeholders.keyPrefix, two.context.placeholders.keyPrefix)
    assert.notEqual(one.context.placeholders.schema, two.context.placeholders.schema)
    assert.deepEqual(Object.keys(one.context.placeholders).sort(), ['keyPrefix', 'schema'])
    await Promise.all([one.release(), two.release()])
  })

  it('drops the PostgreSQL schema the servers made when the worker ends', { skip: postgresMissing }, async () => {
    const prepared = await prepareSharedResources({ postgresSchema: true })
    const schema = prepared.context.placeholders.schema
    const { default: pg } = await import('pg')
    const server = new pg.Client(POSTGRES_URL)
    await server.connect()
    await server.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".django_session (session_key varchar(40) PRIMARY KEY)`)
    await server.end()
    assert.equal(await schemaExists(schema), true)
    await prepared.release()
    assert.equal(await schemaExists(schema), false)
  })

  it('ends quietly when no server made the schema', async () => {
    const prepared = await prepareSharedResources({ postgresSchema: true })
    await prepared.release()
  })

  it('makes nothing when the target file shares nothing', async () => {
    const prepared = await prepareSharedResources({})
    assert.deepEqual(prepared.context, { placeholders: {}, env: {} })
    await prepared.release()
  })
})
