// The in-process engine: records in a Map, with the db engine's rules (070, 071) so that it
// can stand in for a database in fast tests. Not shared between processes.
import type { ServerSideEngine, SessionData, SessionRecord } from '../engine.js'
import { sessionInterrupted } from './store-errors.js'

/** Records are copies, so a session that keeps changing its Map never changes the store behind its back. */
function copyData(data: SessionData): SessionData {
  return new Map(structuredClone([...data]))
}

/** 071: a record is live while now < expiresAt (Django reads expire_date > now). */
function isLive(record: SessionRecord, now: number): boolean {
  return now < record.expiresAt
}

export function createMemoryEngine(): ServerSideEngine {
  const records = new Map<string, SessionRecord>()
  return {
    kind: 'server',
    id: 'memory',

    async load(key, now) {
      const record = records.get(key)
      return record !== undefined && isLive(record, now) ? copyData(record.data) : undefined
    },
    /** 071: a key that is taken, even by an expired record, is a collision (forced INSERT). */
    async create(key, record) {
      if (records.has(key)) return false
      records.set(key, { data: copyData(record.data), expiresAt: record.expiresAt })
      return true
    },
    /** 071: a forced UPDATE finds any row, expired or not; a deleted one is 054. */
    async update(key, record) {
      if (!records.has(key)) throw sessionInterrupted()
      records.set(key, { data: copyData(record.data), expiresAt: record.expiresAt })
    },
    async delete(key) {
      records.delete(key)
    },
    async exists(key, now) {
      const record = records.get(key)
      return record !== undefined && isLive(record, now)
    },
    /** 101: strictly before now. Deleting while iterating a Map is safe and copies nothing,
     * so a purge needs no memory beyond the records themselves. */
    async clearExpired(now) {
      let removed = 0
      for (const [key, record] of records) {
        if (record.expiresAt < now) {
          records.delete(key)
          removed++
        }
      }
      return removed
    },
    async count(now) {
      let live = 0
      for (const record of records.values()) if (isLive(record, now)) live++
      return live
    },
    async clear() {
      records.clear()
    },
    async close() {
      records.clear()
    },
  }
}
