// The reused compressor state of lib/signing/zlib-deflate.ts gives, call after call, the bytes
// a new pako.deflate(data, { level: 6 }) gives (which test/signing.test.ts holds to Django's
// vectors): a state that kept anything of the previous input would show here, where inputs of
// every size and kind follow one another, long repetitive ones before short similar ones.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import pako from 'pako'
import { zlibCompress } from '../lib/signing/zlib-deflate.js'

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['{"cart":', '"3 items"', ',"_session_expiry":', '1764600000', '"__json_message"', '[[', ']]', ',', 'aaaa', 'the visitor ', '\\u00e9']

function input(next: () => number): Uint8Array {
  // Mostly session-sized values, one in ten past the 64 KB the state is reused up to.
  const length = next() < 0.9 ? Math.floor(next() ** 2 * 4096) : Math.floor(next() * 70_000)
  const kind = Math.floor(next() * 4)
  const bytes = new Uint8Array(length)
  if (kind === 0) for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256)
  else if (kind === 1) for (let i = 0; i < length; i++) bytes[i] = 0x61 + Math.floor(next() * 3)
  else if (kind === 2) bytes.fill(0x20 + Math.floor(next() * 90))
  else {
    let text = ''
    while (text.length < length) text += WORDS[Math.floor(next() * WORDS.length)]
    bytes.set(Buffer.from(text.slice(0, length), 'latin1'))
  }
  return bytes
}

describe('zlibCompress with one reused state', () => {
  test('equals a new pako.deflate at level 6 on 1500 inputs in a row', () => {
    const next = random(20261201)
    for (let i = 0; i < 1500; i++) {
      const data = input(next)
      assert.deepEqual(Buffer.from(zlibCompress(data)), Buffer.from(pako.deflate(data, { level: 6 })), `input ${i} (${data.length} bytes)`)
    }
  })

  test('a short input after a long one that shares its text', () => {
    const long = Buffer.from('{"cart":"3 items","note":"' + 'abcabcabd'.repeat(4000) + '"}', 'latin1')
    const short = Buffer.from('{"cart":"3 items","note":"abcabcabdabcabcabd"}', 'latin1')
    for (const data of [long, short, long.subarray(0, 300), short, new Uint8Array(0), short]) {
      assert.deepEqual(Buffer.from(zlibCompress(data)), Buffer.from(pako.deflate(data, { level: 6 })))
    }
  })

  test('the result is a copy the next call does not overwrite', () => {
    const first = zlibCompress(Buffer.from('a'.repeat(100)))
    const kept = Buffer.from(first)
    zlibCompress(Buffer.from('b'.repeat(500)))
    assert.deepEqual(Buffer.from(first), kept)
  })
})
