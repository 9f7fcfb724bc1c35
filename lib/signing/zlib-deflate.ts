// §4.1 step 2: zlib.compress(data) as CPython does it (level 6, 15 window bits, memLevel 8,
// the default strategy, the classic zlib hash), byte for byte, through pako's port of zlib.
// pako.deflate allocates a new compressor state of about 330 KB on every call (window, hash
// chains, pending buffer): most of what one signed session cost, and much of the garbage. Here
// one state is kept and put back before each use as a new one starts (zlib's deflateReset, which
// zlib offers for reusing a stream). The output is the same function of the input:
// test/zlib-deflate.test.ts compares it with pako.deflate on a long run of inputs of every size,
// one after another through the one state.
//
// pako is loaded on the first compression, not with the module: a process that only reads
// sessions (a purge, whose memory bench/purge.ts measures) never compresses, and loading pako's
// modules costs it about 8 MB of resident memory.
import { createRequire } from 'node:module'

type Pako = typeof import('pako')
type ZlibDeflate = typeof import('pako/lib/zlib/deflate.js').default
type ZStreamClass = typeof import('pako/lib/zlib/zstream.js').default

const requireHere = createRequire(import.meta.url)
let pakoModules: { pako: Pako; zlibDeflate: ZlibDeflate; ZStream: ZStreamClass } | undefined

function loadPako() {
  pakoModules ??= {
    pako: requireHere('pako') as Pako,
    zlibDeflate: requireHere('pako/lib/zlib/deflate.js') as ZlibDeflate,
    ZStream: requireHere('pako/lib/zlib/zstream.js') as ZStreamClass,
  }
  return pakoModules
}

const Z_FINISH = 4
const Z_OK = 0
const Z_STREAM_END = 1
const Z_DEFLATED = 8
const Z_DEFAULT_STRATEGY = 0
const LEVEL = 6
const WINDOW_BITS = 15
const MEM_LEVEL = 8
const MIN_MATCH = 3

/** Inputs larger than this go through pako.deflate: a reused state pays off on small values,
 * and a large one would keep a large output buffer alive. */
const REUSE_UP_TO_BYTES = 64 * 1024

interface DeflateStream {
  input: Uint8Array | null
  next_in: number
  avail_in: number
  output: Uint8Array | null
  next_out: number
  avail_out: number
  state: object | null
}

/** The fields of pako's DeflateState that lm_init sets. */
interface MatchState {
  window: Uint8Array
  head: Uint16Array
  w_size: number
  window_size: number
  strstart: number
  block_start: number
  lookahead: number
  insert: number
  match_length: number
  prev_length: number
  match_available: number
  ins_h: number
}

let stream: DeflateStream | undefined
let output = new Uint8Array(0)
/** How many bytes of the window the last call may have written: at most its input length. */
let written = 0

function newStream(): DeflateStream {
  const { zlibDeflate, ZStream } = loadPako()
  const created = new ZStream() as DeflateStream
  const status = zlibDeflate.deflateInit2(created, LEVEL, Z_DEFLATED, WINDOW_BITS, MEM_LEVEL, Z_DEFAULT_STRATEGY, true)
  if (status !== Z_OK) throw new Error(`pako deflateInit2 failed with status ${status}`)
  return created
}

/**
 * The state as deflateInit2 leaves a new one: zlib's deflateReset, which is deflateResetKeep
 * (counters, wrapper, status, the block) then lm_init (the match search). lm_init is done here
 * with the same assignments, its hash heads cleared with fill(0) where pako's loop over 32,768
 * entries cost more than the compression of a small value; its level parameters never change
 * on this state. The window keeps the previous input, and the match search may compare up to
 * 258 bytes past the end of the current one (zlib zeroes those for a new stream, "WIN_INIT"),
 * so the bytes the last call wrote are zeroed back.
 */
function freshStream(): DeflateStream {
  if (stream === undefined) return (stream = newStream())
  if (loadPako().zlibDeflate.deflateResetKeep(stream) !== Z_OK) {
    stream = undefined
    return freshStream()
  }
  const state = stream.state as MatchState
  state.window.fill(0, 0, Math.min(state.window.length, written))
  state.window_size = 2 * state.w_size
  state.head.fill(0)
  state.strstart = 0
  state.block_start = 0
  state.lookahead = 0
  state.insert = 0
  state.match_length = state.prev_length = MIN_MATCH - 1
  state.match_available = 0
  state.ins_h = 0
  return stream
}

/** zlib's deflateBound for these parameters, plus the zlib header and trailer: a buffer this
 * large always takes the whole stream in one call. */
function outputBound(length: number): number {
  return length + (length >> 12) + (length >> 14) + (length >> 25) + 13 + 6
}

/** zlib.compress(data, 6) of CPython: the same bytes as pako.deflate(data, { level: 6 }). */
export function zlibCompress(data: Uint8Array): Uint8Array {
  const { pako, zlibDeflate } = loadPako()
  if (data.length > REUSE_UP_TO_BYTES) return pako.deflate(data, { level: LEVEL })
  const strm = freshStream()
  written = data.length
  const bound = outputBound(data.length)
  if (output.length < bound) output = new Uint8Array(Math.max(bound, 1024))
  strm.input = data
  strm.next_in = 0
  strm.avail_in = data.length
  strm.output = output
  strm.next_out = 0
  strm.avail_out = output.length
  const status = zlibDeflate.deflate(strm, Z_FINISH)
  strm.input = null
  if (status !== Z_STREAM_END) {
    // Not expected with a bound-sized buffer; the state is dropped and pako starts anew.
    stream = undefined
    return pako.deflate(data, { level: LEVEL })
  }
  return output.slice(0, strm.next_out)
}
