// Reading one entry of the file engine's directory as untrusted input: anyone who can write to
// the directory may plant a FIFO (an open for reading would block a thread forever), a symlink
// to /dev/zero or out of the directory, or a file of hundreds of megabytes. Only a regular
// file, opened without following a symlink and without blocking, and no larger than the limit,
// is read as a session record.
import { close, closeSync, constants, fstat, fstatSync, futimes, open, openSync, read, readSync, write, type Stats } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { MAX_SESSION_RECORD_CHARS } from '../serialization.js'

/** The largest session file read: the longest record any engine reads (serialization.ts). */
export const MAX_FILE_RECORD_BYTES = MAX_SESSION_RECORD_CHARS

export type FileEntry =
  | { kind: 'missing' }
  | { kind: 'record'; text: string; mtime: number }
  /** Present but not a record: not a regular file, a symlink, unreadable; `reason` is for the server log. */
  | { kind: 'unreadable'; reason: string }
  /** A regular file larger than the limit: corrupted data, never read. */
  | { kind: 'too-large'; size: number; mtime: number }

/** No file under that name, or a name the file system cannot hold (Django catches OSError: no session). */
const NO_FILE = new Set(['ENOENT', 'ENAMETOOLONG', 'ENOTDIR'])

export function isMissing(error: unknown): boolean {
  return NO_FILE.has((error as NodeJS.ErrnoException).code ?? '')
}

/** File descriptors rather than fs/promises' FileHandle objects, for the loads and saves of the
 * request path: a FileHandle cost about a quarter more CPU per session write (bench/README.md, "Load"). */
export const fsCalls = {
  open: promisify(open),
  fstat: promisify(fstat),
  read: (fd: number, buffer: Buffer, offset: number, length: number, position: number | null) =>
    new Promise<number>((resolve, reject) => read(fd, buffer, offset, length, position, (error, count) => (error ? reject(error) : resolve(count)))),
  write: (fd: number, buffer: Buffer, offset: number, length: number) =>
    new Promise<number>((resolve, reject) => write(fd, buffer, offset, length, null, (error, count) => (error ? reject(error) : resolve(count)))),
  futimes: promisify(futimes),
  close: promisify(close),
}

// O_NOFOLLOW: a symlink fails with ELOOP instead of being followed. O_NONBLOCK: opening a FIFO
// returns at once instead of waiting for a writer (and reads of a regular file ignore it).
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

const REASONS: Readonly<Record<string, string>> = {
  ELOOP: 'a symbolic link',
  EACCES: 'not readable by the server',
  EPERM: 'not readable by the server',
  EISDIR: 'a directory',
  ENXIO: 'a socket or device',
}

/** What a failed open means: no such entry, or an entry that is not a readable record. */
function openFailure(error: unknown): FileEntry {
  if (isMissing(error)) return { kind: 'missing' }
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return { kind: 'unreadable', reason: REASONS[code] ?? `cannot be opened (${code || (error as Error).message})` }
}

/** An entry refused on its fstat alone (not a regular file, over the limit), or undefined: read it. */
function refusedByStat(info: Stats, maxBytes: number): FileEntry | undefined {
  if (!info.isFile()) return { kind: 'unreadable', reason: `not a regular file (${kindOf(info)})` }
  if (info.size > maxBytes) return { kind: 'too-large', size: info.size, mtime: info.mtimeMs / 1000 }
  return undefined
}

/** The record once read: `length` bytes of `buffer`, which holds one byte past the limit to see a file that grew. */
function recordOf(buffer: Buffer, length: number, maxBytes: number, mtime: number): FileEntry {
  if (length > maxBytes) return { kind: 'too-large', size: length, mtime }
  return { kind: 'record', text: buffer.toString('ascii', 0, length), mtime }
}

function readFailure(error: unknown): FileEntry {
  return { kind: 'unreadable', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
}

export async function readSessionEntry(path: string, maxBytes = MAX_FILE_RECORD_BYTES): Promise<FileEntry> {
  let fd: number
  try {
    fd = await fsCalls.open(path, READ_FLAGS)
  } catch (error) {
    return openFailure(error)
  }
  try {
    const info = await fsCalls.fstat(fd)
    const refused = refusedByStat(info, maxBytes)
    if (refused !== undefined) return refused
    // The file may grow between fstat and read: read at most one byte past the limit to see it.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const bytesRead = await fsCalls.read(fd, buffer, length, buffer.length - length, length)
      length += bytesRead
      // Once the size fstat gave is in (or a byte more: the file grew), no further call is made
      // only to hear a 0 from the file's end.
      if (bytesRead === 0 || length >= info.size) break
    }
    return recordOf(buffer, length, maxBytes, info.mtimeMs / 1000)
  } catch (error) {
    return readFailure(error)
  } finally {
    await fsCalls.close(fd)
  }
}

/**
 * readSessionEntry with synchronous calls, for a walk over many entries (the purge): the same
 * open flags, checks and reads, without a thread-pool round trip and a promise per call. A
 * record that fits in `scratch` is read into it (the text is copied out), so a walk allocates
 * no buffer per file.
 */
export function readSessionEntrySync(path: string, scratch: Buffer, maxBytes = MAX_FILE_RECORD_BYTES): FileEntry {
  let fd: number
  try {
    fd = openSync(path, READ_FLAGS)
  } catch (error) {
    return openFailure(error)
  }
  try {
    const info = fstatSync(fd)
    const refused = refusedByStat(info, maxBytes)
    if (refused !== undefined) return refused
    const wanted = Math.min(info.size, maxBytes) + 1
    const buffer = wanted <= scratch.length ? scratch : Buffer.alloc(wanted)
    let length = 0
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, wanted - length, length)
      length += bytesRead
      // As readSessionEntry: no call only to hear a 0 once the size fstat gave is in.
      if (bytesRead === 0 || length >= info.size) break
    }
    return recordOf(buffer, length, maxBytes, info.mtimeMs / 1000)
  } catch (error) {
    return readFailure(error)
  } finally {
    closeSync(fd)
  }
}

function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  if (info.isDirectory()) return 'a directory'
  return 'a special file'
}

/** Whether an entry is present under path, without following a symlink (update() checks this). */
export async function isEntryPresent(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch (error) {
    if (isMissing(error)) return false
    throw error
  }
}
