// A checkout runs the harness and the reference server from JavaScript that bin/checkout-build.mjs
// transpiles into .run/dist/: what changed is transpiled again, what was deleted goes, and a
// source that does not transpile is named in one line. A temporary tree stands for the checkout.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
// @ts-expect-error: a plain JavaScript module of bin/, without declarations
import { buildCheckout } from '../bin/checkout-build.mjs'

const root = mkdtempSync(join(tmpdir(), 'sessionspec-checkout-'))
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), text)
}
const built = (path: string) => join(root, '.run/dist', path)

describe('the checkout build', () => {
  it('transpiles every source of lib, harness, reference, steps, test and scripts, types removed', async () => {
    write('lib/answer.ts', 'export const answer: number = 42\n')
    write('harness/uses.ts', "import type { Thing } from './thing.js'\nexport const use = (t: Thing): string => String(t)\n")
    write('harness/thing.ts', 'export interface Thing { name: string }\n')
    write('test/answer.test.ts', "export { answer } from '../lib/answer.js'\n")
    write('bench/left-out.ts', 'export const x = 1\n')
    assert.equal(await buildCheckout(root), '.run/dist')
    assert.equal((await import(built('lib/answer.js'))).answer, 42)
    assert.doesNotMatch(readFileSync(built('harness/uses.js'), 'utf8'), /Thing|import/)
    assert.equal((await import(built('test/answer.test.js'))).answer, 42)
    assert.equal(existsSync(built('bench/left-out.js')), false)
  })

  it('transpiles an edited source again and leaves the others alone', async () => {
    const untouched = readFileSync(built('harness/uses.js'), 'utf8')
    writeFileSync(built('harness/uses.js'), '// this build is kept while its source is unchanged\n' + untouched)
    write('lib/answer.ts', 'export const answer: number = 43 // edited\n')
    await buildCheckout(root)
    assert.match(readFileSync(built('lib/answer.js'), 'utf8'), /43/)
    assert.match(readFileSync(built('harness/uses.js'), 'utf8'), /^\/\/ this build is kept/)
  })

  it('sees an edit that keeps the size, by the modification time', async () => {
    write('lib/answer.ts', 'export const answer: number = 44 // edited\n')
    // Five seconds after the file's own modification time: no reading of the system clock.
    const later = new Date(statSync(join(root, 'lib/answer.ts')).mtimeMs + 5_000)
    utimesSync(join(root, 'lib/answer.ts'), later, later)
    await buildCheckout(root)
    assert.match(readFileSync(built('lib/answer.js'), 'utf8'), /44/)
  })

  it('removes the output of a deleted source', async () => {
    rmSync(join(root, 'harness/thing.ts'))
    await buildCheckout(root)
    assert.equal(existsSync(built('harness/thing.js')), false)
    assert.equal(existsSync(built('harness/uses.js')), true)
  })

  it('names a source that does not transpile, with its line, in one line', async () => {
    write('reference/broken.ts', 'export const ok = 1\nexport const = 2\n')
    await assert.rejects(buildCheckout(root), (error: Error) => {
      assert.match(error.message, /^reference\/broken\.ts:2 does not transpile: /)
      assert.doesNotMatch(error.message, /\n/)
      return true
    })
    rmSync(root, { recursive: true, force: true })
  })
})
