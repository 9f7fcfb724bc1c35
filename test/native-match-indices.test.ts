// The worker's native exec for cucumber-expressions (harness/runtime/native-match-indices.ts):
// the same matches and group indices as regexp-match-indices' own implementation, and installed
// where cucumber-expressions' require finds the package.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { test } from 'node:test'
import { execWithIndices } from '../harness/runtime/native-match-indices.js'

const require = createRequire(import.meta.url)
const implementation = require('regexp-match-indices/implementation') as (this: RegExp, text: string) => RegExpExecArray | null

test('matches with the same groups and indices as the package it replaces', () => {
  const cases: Array<[RegExp, string]> = [
    [/^the visitor holds the cookie "([^"\\]*(\\.[^"\\]*)*)"$/, 'the visitor holds the cookie "sessionid"'],
    [/^(-?\d+) seconds? later$/, '301 seconds later'],
    [/^(?:a|the) (\w+)(?: with (\d+))?$/, 'the cookie'],
    [/^(?<name>\w+)=(?<value>.*)$/, 'a=b=c'],
    [/^(x)(y)?$/, 'z'],
    [/(a)|(b)/g, 'xxb'],
  ]
  for (const [regexp, text] of cases) {
    const expected = implementation.call(new RegExp(regexp.source, regexp.flags), text)
    const actual = execWithIndices(regexp, text)
    assert.deepEqual(actual && [...actual], expected && [...expected], regexp.source)
    assert.deepEqual(actual?.indices && [...actual.indices], expected?.indices && [...expected.indices], regexp.source)
    assert.deepEqual(actual?.indices?.groups, expected?.indices?.groups, regexp.source)
  }
})

test('keeps a global expression\'s lastIndex as exec does', () => {
  const regexp = /b/g
  assert.equal(execWithIndices(regexp, 'abcb')?.index, 1)
  assert.equal(regexp.lastIndex, 2)
  assert.equal(execWithIndices(regexp, 'abcb')?.index, 3)
  assert.equal(execWithIndices(regexp, 'abcb'), null)
  assert.equal(regexp.lastIndex, 0)
})

test('is what cucumber-expressions requires once installed', () => {
  const cucumber = dirname(require.resolve('@cucumber/cucumber'))
  const expressions = createRequire(require.resolve('@cucumber/cucumber-expressions', { paths: [cucumber] }))
  assert.equal(expressions('regexp-match-indices'), execWithIndices)
})
