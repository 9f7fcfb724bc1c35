// django_session on PostgreSQL through a pg Pool. Each engine instance gets a schema of its own
// (default sessionspec_<pid>_<random>) so that parallel server processes sharing one database
// never see each other's rows.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { MAX_SESSION_RECORD_CHARS } from '../serialization.js'
import type { SessionRow, SessionTable } from './session-table.js'
import { guardStore, redactUrl, storeMisconfigured } from './store-errors.js'

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/** SQLSTATEs of a database that answers but cannot be used as configured: authorization (28),
 * no such database (3D), schema name (3F), privilege (42501), reserved name (42939), too many
 * connections (53300), not accepting connections now (57P03). A wrong statement is none of them. */
const UNUSABLE_DATABASE = /^(28|3D|3F|42501$|42939$|53300$|57P03$)/

// Django's DDL for the model (070), as `sqlmigrate sessions 0001` prints it for PostgreSQL.
function schemaSql(schema: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS "${schema}";
CREATE TABLE IF NOT EXISTS "${schema}"."django_session" (
  "session_key" varchar(40) NOT NULL PRIMARY KEY,
  "session_data" text NOT NULL,
  "expire_date" timestamp with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS "django_session_expire_date_a5c62663" ON "${schema}"."django_session" ("expire_date");
CREATE INDEX IF NOT EXISTS "django_session_session_key_c0390e0f_like" ON "${schema}"."django_session" ("session_key" varchar_pattern_ops);
`
}

function defaultSchema(): string {
  return `sessionspec_${process.pid}_${randomBytes(4).toString('hex')}`
}

/**
 * Opens the table, creating schema and table when missing. A schema this function named itself
 * is dropped by close(); one passed in by the caller is left in place (it may hold other data).
 */
export async function openPostgresTable(url: string, schema?: string): Promise<SessionTable> {
  const name = schema ?? defaultSchema()
  const address = redactUrl(url)
  const unusable = (reason: string) => storeMisconfigured(`PostgreSQL cannot use the schema ${JSON.stringify(name)} at ${address}`, reason)
  if (!IDENTIFIER.test(name)) throw unusable('it must be a plain identifier')
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 })
  // An idle client whose server went away is discarded by the pool; the next query reconnects.
  pool.on('error', () => {})
  const query = (text: string, values: unknown[] = []) =>
    guardStore('PostgreSQL', address, () => pool.query(text, values))

  try {
    await query(schemaSql(name))
  } catch (error) {
    await pool.end()
    if (UNUSABLE_DATABASE.test(String((error as { code?: unknown }).code))) throw unusable((error as Error).message)
    throw error
  }
  const t = `"${name}"."django_session"`
  let closed = false

  return {
    store: 'postgres',
    async select(key, now): Promise<SessionRow | undefined> {
      const { rows } = await query(
        `SELECT left(session_data, ${MAX_SESSION_RECORD_CHARS + 1}) AS session_data, extract(epoch FROM expire_date)::float8 AS expires_at FROM ${t}
         WHERE session_key = $1 AND expire_date > to_timestamp($2)`, [key, now])
      const row = rows[0] as { session_data: string; expires_at: number } | undefined
      return row && { sessionData: row.session_data, expiresAt: row.expires_at }
    },
    async has(key, now) {
      const { rowCount } = await query(`SELECT 1 FROM ${t} WHERE session_key = $1 AND expire_date > to_timestamp($2)`, [key, now])
      return rowCount === 1
    },
    async insert(key, row) {
      const { rowCount } = await query(
        `INSERT INTO ${t} (session_key, session_data, expire_date) VALUES ($1, $2, to_timestamp($3))
         ON CONFLICT (session_key) DO NOTHING`, [key, row.sessionData, row.expiresAt])
      return rowCount === 1
    },
    async insertMany(rows) {
      // One statement over three arrays: a single round trip and transaction, however many rows.
      const { rows: stored } = await query(
        `INSERT INTO ${t} (session_key, session_data, expire_date)
         SELECT k, d, to_timestamp(e) FROM unnest($1::text[], $2::text[], $3::float8[]) AS r(k, d, e)
         ON CONFLICT (session_key) DO NOTHING RETURNING session_key`,
        [rows.map((r) => r.key), rows.map((r) => r.row.sessionData), rows.map((r) => r.row.expiresAt)])
      const inserted = new Set((stored as Array<{ session_key: string }>).map((r) => r.session_key))
      return new Set(rows.map((r) => r.key).filter((key) => !inserted.has(key)))
    },
    async update(key, row) {
      const { rowCount } = await query(
        `UPDATE ${t} SET session_data = $2, expire_date = to_timestamp($3) WHERE session_key = $1`,
        [key, row.sessionData, row.expiresAt])
      return rowCount === 1
    },
    async delete(key) {
      await query(`DELETE FROM ${t} WHERE session_key = $1`, [key])
    },
    async deleteExpired(now, limit) {
      const { rowCount } = await query(
        `DELETE FROM ${t} WHERE session_key IN (SELECT session_key FROM ${t} WHERE expire_date < to_timestamp($1) LIMIT $2)`,
        [now, limit])
      return rowCount ?? 0
    },
    async countLive(now) {
      const { rows } = await query(`SELECT count(*)::int AS n FROM ${t} WHERE expire_date > to_timestamp($1)`, [now])
      return (rows[0] as { n: number }).n
    },
    async deleteAll() {
      await query(`DELETE FROM ${t}`)
    },
    async close() {
      if (closed) return
      closed = true
      try {
        if (schema === undefined) await query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)
      } finally {
        await pool.end()
      }
    },
  }
}
