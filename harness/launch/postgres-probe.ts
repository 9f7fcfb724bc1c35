// Whether the PostgreSQL the servers keep their db/postgres sessions in answers the harness
// itself (SESSIONSPEC_POSTGRES_URL, as the servers and shared-resources.ts read it): a server
// that then reports it unreachable is refusing a store that is there.
import { importOptional } from '../../lib/optional-package.js'
import { DEFAULT_POSTGRES_URL } from './shared-resources.js'

/** The URL the servers use, for messages without its password. */
export function serversPostgresUrl(): string {
  return process.env.SESSIONSPEC_POSTGRES_URL || DEFAULT_POSTGRES_URL
}

/** undefined when `SELECT 1` answers there; else one line saying why not (pg missing, unreachable). */
export async function postgresRefusal(url = serversPostgresUrl()): Promise<string | undefined> {
  let pg: typeof import('pg').default
  try {
    pg = (await importOptional('pg', 'reaching PostgreSQL from the harness', () => import('pg'))).default
  } catch (error) {
    return (error as Error).message
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return undefined
  } catch (error) {
    return (error as Error).message.split('\n')[0]
  } finally {
    await client.end().catch(() => {})
  }
}
