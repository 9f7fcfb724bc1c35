// The django_session table as the db engine uses it, in a file of its own: db.ts and the two
// stores that implement it (db-sqlite.ts, db-postgres.ts) depend on it, not on each other.

/** A row of django_session, times as Unix seconds. */
export interface SessionRow {
  sessionData: string
  expiresAt: number
}

/** The django_session table of one store. Every method that takes `now` compares with it, never with the database's clock. */
export interface SessionTable {
  readonly store: 'sqlite' | 'postgres'
  /** The row under key if its expire_date > now (071). */
  select(key: string, now: number): Promise<SessionRow | undefined>
  has(key: string, now: number): Promise<boolean>
  /** A plain INSERT; false when the key is taken, expired or not (071: forced insert). */
  insert(key: string, row: SessionRow): Promise<boolean>
  /** Plain INSERTs of many rows in one transaction; returns the keys that were taken. */
  insertMany(rows: Array<{ key: string; row: SessionRow }>): Promise<Set<string>>
  /** A plain UPDATE by key; false when no row was there (071: forced update). */
  update(key: string, row: SessionRow): Promise<boolean>
  delete(key: string): Promise<void>
  /** Deletes at most `limit` rows with expire_date < now (101: strictly); returns how many. */
  deleteExpired(now: number, limit: number): Promise<number>
  countLive(now: number): Promise<number>
  deleteAll(): Promise<void>
  close(): Promise<void>
}
