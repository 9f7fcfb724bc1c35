// The file engine (079-082, 104): one file per session, named cookie name + key, holding the
// string of 066. Writes are atomic without locks: a temporary file renamed over the target.
import { randomInt } from 'node:crypto'
import { unlink as unlinkFile } from 'node:fs'
import { rename, unlink } from 'node:fs/promises'
import { join, sep } from 'node:path'
import type { SigningKey } from '../../../lib/signing/index.js'
import type { LoadResult, ServerSideEngine, SessionData } from '../engine.js'
import { expiryAge, EXPIRY_KEY, secondsUntil } from '../expiry.js'
import { decodeSessionData, encodeSessionData, fixedKeys, stderrSecurityLog, type SecurityLog, type SessionKeySource } from '../serialization.js'
import { isAlphabetKey, KEY_ALPHABET } from '../session-keys.js'
import { serverLog } from '../../server-log.js'
import { fsCalls, isEntryPresent, isMissing, MAX_FILE_RECORD_BYTES, readSessionEntry, readSessionEntrySync, type FileEntry } from './file-entry.js'
import { forEachConcurrently, forEachSessionFileInBatches, namesWithPrefix, sessionFileKeys } from './file-scan.js'
import { sessionInterrupted } from './store-errors.js'

export interface FileEngineOptions {
  /** SESSION_FILE_PATH; it must exist (079: Django answers 500 otherwise). */
  directory: string
  /** SESSION_COOKIE_NAME, the prefix of every file name (079, 177). */
  cookieName: string
  /** SESSION_COOKIE_AGE, the idle lifetime of a file without a custom expiry (081, 185). */
  cookieAge: number
  /** SECRET_KEY: files hold signed data (066). */
  secretKey: SigningKey
  /** The keys of the moment, when the server can switch them (they then take the place of secretKey). */
  keys?: SessionKeySource
  log?: SecurityLog
}

/** O_WRONLY | O_CREAT | O_EXCL, as the 'wx' flag of fs.open. */
const WRITE_NEW = 'wx'

/** The purge's reusable read buffer: session files the server writes are a few hundred bytes;
 * a larger one gets a buffer of its own. */
const SCRATCH_BYTES = 64 * 1024

function randomSuffix(): string {
  let suffix = ''
  for (let i = 0; i < 8; i++) suffix += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]
  return suffix
}

/**
 * 081: the age load() judges a file by, expired when <= 0: get_expiry_age of the custom
 * `_session_expiry` when it is truthy, else of mtime + SESSION_COOKIE_AGE. A stored number is
 * an age as it stands, so a file given set_expiry(300) never expires on its own; only a date
 * (or a negative number) does.
 */
export function fileSessionAge(data: SessionData, mtime: number, now: number, cookieAge: number): number {
  const custom = data.get(EXPIRY_KEY)
  return custom ? expiryAge(custom, now, cookieAge) : secondsUntil(mtime + cookieAge, now)
}

export function createFileEngine(options: FileEngineOptions): ServerSideEngine {
  const { directory, cookieName, cookieAge, log } = options
  const keys = options.keys ?? fixedKeys(options.secretKey)
  // 063: only [a-z0-9] keys name a file, so no key can reach outside the directory.
  // As Django's os.path.join, the name is not normalised (path.join would read a cookie named
  // ".." as the parent directory), and the prefix is made once, not for every file a purge reads.
  const filePrefix = directory + sep + cookieName
  const pathOf = (key: string): string | undefined => (isAlphabetKey(key) ? filePrefix + key : undefined)

  /**
   * 081: expiry is the custom `_session_expiry` when set, else the file's mtime + SESSION_COOKIE_AGE,
   * compared with now. The server runs on a virtual clock while mtimes are real time, so every
   * write sets the file's mtime to the virtual now (utimes) and every check uses the virtual now.
   * 082: an empty file (the placeholder of a creation) is an empty session without expiry check.
   */
  async function inspect(key: string, now: number): Promise<{ result: LoadResult; path?: string }> {
    const path = pathOf(key)
    if (path === undefined) return { result: { state: 'missing' } }
    return { result: judge(await readSessionEntry(path), path, now), path }
  }

  /** What load() makes of an entry read at now (inspect, and the purge's synchronous walk). */
  function judge(entry: FileEntry, path: string, now: number): LoadResult {
    switch (entry.kind) {
      case 'missing':
        return { state: 'missing' }
      // Django's load() catches OSError and starts a session under a new key; the entry stays
      // where it is, reported, and the visitor never waits on it.
      case 'unreadable':
        serverLog.report(`the file engine skipped a session entry that is ${entry.reason}`, path)
        return { state: 'missing' }
      // 067: corrupted data reads as an empty session; the file still ages by its mtime, so a
      // purge removes it in time.
      case 'too-large': {
        serverLog.report(`the file engine refused a session file larger than ${MAX_FILE_RECORD_BYTES} bytes`, `${path} (${entry.size} bytes)`)
        ;(log ?? stderrSecurityLog)('Session data corrupted')
        const age = fileSessionAge(new Map(), entry.mtime, now, cookieAge)
        return age <= 0 ? { state: 'expired' } : { state: 'live', data: new Map() }
      }
      case 'record': {
        if (entry.text === '') return { state: 'live', data: new Map() }
        const { secretKey, fallbacks } = keys()
        const data = decodeSessionData(entry.text, secretKey, log, fallbacks)
        const age = fileSessionAge(data, entry.mtime, now, cookieAge)
        return age <= 0 ? { state: 'expired' } : { state: 'live', data }
      }
    }
  }

  /** One bad entry never stops a purge or a count: it is reported and skipped. */
  const reportSkipped = (key: string, error: unknown): void => {
    serverLog.report('the file engine skipped a session entry it could not handle', `${pathOf(key) ?? key}: ${(error as Error).message}`)
  }
  const skippingBadEntries = (work: (key: string) => Promise<void>) => async (key: string): Promise<void> => {
    try {
      await work(key)
    } catch (error) {
      reportSkipped(key, error)
    }
  }

  /** 081: Django's delete() ignores every OSError of the unlink: a file already gone, or an entry
   * it cannot unlink (a directory under the file's name) that then stays where it is, reported. */
  async function removeFile(path: string): Promise<void> {
    try {
      await unlink(path)
    } catch (error) {
      if (!isMissing(error)) serverLog.report('the file engine could not remove a session entry', `${path}: ${(error as Error).message}`)
    }
  }

  /** 080: write `<name>_out_<random>` (0600, O_EXCL), date it at the virtual now, rename it over the target. */
  async function writeAtomically(path: string, data: SessionData, now: number): Promise<void> {
    await writeBytesAtomically(path, Buffer.from(encodeSessionData(data, keys().secretKey, now), 'ascii'), now)
  }

  async function writeBytesAtomically(path: string, bytes: Buffer, now: number): Promise<void> {
    const temporary = `${path}_out_${randomSuffix()}`
    const fd = await fsCalls.open(temporary, WRITE_NEW, 0o600)
    try {
      await writeAndDate(fd, bytes, now, temporary)
      await rename(temporary, path)
    } catch (error) {
      await removeFile(temporary)
      throw error
    }
  }

  /** Writes all of bytes at fd, sets its mtime to the virtual now (081) and closes it. */
  async function writeAndDate(fd: number, bytes: Buffer, now: number, path: string): Promise<void> {
    try {
      for (let written = 0; written < bytes.length;) {
        const count = await fsCalls.write(fd, bytes, written, bytes.length - written)
        if (count === 0) throw new Error(`no byte of the session could be written to ${path}`)
        written += count
      }
      await fsCalls.futimes(fd, now, now)
    } finally {
      await fsCalls.close(fd)
    }
  }

  async function loadChecked(key: string, now: number): Promise<LoadResult> {
    const { result, path } = await inspect(key, now)
    // 081: loading an expired file deletes it; the session layer then issues a new key.
    if (result.state === 'expired' && path !== undefined) await removeFile(path)
    return result
  }

  return {
    kind: 'server',
    id: 'file',
    loadChecked,
    async load(key, now) {
      const result = await loadChecked(key, now)
      return result.state === 'live' ? result.data : undefined
    },
    /**
     * 080: the file made with O_CREAT|O_EXCL claims the key; a taken key is a collision. Django
     * makes it empty, closes it, and then writes the data as every save does (a temporary file
     * renamed over it), so that no reader sees half a session. A new key is known to no one until
     * the response names it, so no one can read the file before it is whole: the data is written
     * straight into it, 4 calls to the file system instead of 7, with the same file in the end
     * (0600, the same bytes, dated at the virtual now). Should the write fail, the file is removed,
     * where Django would leave the empty placeholder; either way the response fails and the key is
     * never handed out.
     */
    async create(key, record, now) {
      const path = pathOf(key)
      if (path === undefined) throw new RangeError(`session key ${JSON.stringify(key)} is not made of [a-z0-9]`)
      const bytes = Buffer.from(encodeSessionData(record.data, keys().secretKey, now), 'ascii')
      let fd: number
      try {
        fd = await fsCalls.open(path, WRITE_NEW, 0o600)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
        throw error
      }
      try {
        await writeAndDate(fd, bytes, now, path)
      } catch (error) {
        await removeFile(path)
        throw error
      }
      return true
    },
    /** 080: updating a file that vanished meanwhile is 054. */
    async update(key, record, now) {
      const path = pathOf(key)
      if (path === undefined || !(await isEntryPresent(path))) {
        throw sessionInterrupted()
      }
      await writeAtomically(path, record.data, now)
    },
    async delete(key) {
      const path = pathOf(key)
      if (path !== undefined) await removeFile(path)
    },
    async exists(key, now) {
      return (await inspect(key, now)).result.state === 'live'
    },
    /** The text of a live session file (sessions.record): what Django's file engine wrote there (066). */
    async storedText(key, now) {
      const path = pathOf(key)
      if (path === undefined) return undefined
      const entry = await readSessionEntry(path)
      if (entry.kind !== 'record' || judge(entry, path, now).state !== 'live') return undefined
      return entry.text
    },
    /** Any text, in UTF-8, dated at now as every write is (081: the file's age starts again). */
    async replaceStoredText(key, text, now) {
      const { result, path } = await inspect(key, now)
      if (result.state !== 'live' || path === undefined) return false
      await writeBytesAtomically(path, Buffer.from(text, 'utf8'), now)
      return true
    },
    sessionFilePath: pathOf,
    /** 104: every file of this cookie name that load() would find expired is deleted. The
     * directory is streamed, each file read and judged with synchronous calls a batch at a time,
     * and the expired ones unlinked on the thread pool, several at once (file-scan.ts): memory
     * stays flat whatever the directory holds. */
    async clearExpired(now) {
      let removed = 0
      const scratch = Buffer.alloc(SCRATCH_BYTES)
      await forEachSessionFileInBatches(directory, cookieName, (key) => {
        const path = pathOf(key)
        if (path === undefined) return undefined
        try {
          if (judge(readSessionEntrySync(path, scratch), path, now).state !== 'expired') return undefined
        } catch (error) {
          reportSkipped(key, error)
          return undefined
        }
        // fs.unlink with a callback: a promise-based unlink's request object holds native memory
        // until a full garbage collection, and a purge of 100,000 files grew by tens of megabytes.
        return new Promise<void>((resolve) => unlinkFile(path, (error) => {
          if (error === null || isMissing(error)) removed++
          else reportSkipped(key, error)
          resolve()
        }))
      })
      return removed
    },
    async count(now) {
      let live = 0
      await forEachConcurrently(sessionFileKeys(directory, cookieName), skippingBadEntries(async (key) => {
        if ((await inspect(key, now)).result.state === 'live') live++
      }))
      return live
    },
    /** Every file of this cookie name, temporary files included. */
    async clear() {
      await forEachConcurrently(namesWithPrefix(directory, cookieName), skippingBadEntries((name) => removeFile(join(directory, name))))
    },
    async close() {},
  }
}
