// The list of plausible bugs (scripts/plausible-bugs/bugs.ts) is a measuring instrument: a bug
// whose text to replace no longer occurs exactly once is reported "stale" and measures nothing,
// and four went stale unnoticed when the cache and memcached code they broke was rewritten. Each
// bug must still apply to the tree as it is, name features that exist, and have its own id.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { PACKAGE_ROOT } from '../lib/package-root.js'
import { BUGS } from '../scripts/plausible-bugs/bugs.js'

test('every plausible bug applies to the tree as it is: its text occurs exactly once in its file', () => {
  const stale = BUGS.flatMap((bug) => {
    const path = join(PACKAGE_ROOT, bug.file)
    if (!existsSync(path)) return [`${bug.id}: ${bug.file} does not exist`]
    const count = readFileSync(path, 'utf8').split(bug.find).length - 1
    return count === 1 ? [] : [`${bug.id}: its text occurs ${count} times in ${bug.file}`]
  })
  assert.deepEqual(stale, [], `update scripts/plausible-bugs/bugs.ts:\n${stale.join('\n')}`)
})

test('every plausible bug changes its text, has its own id and names features that exist', () => {
  const ids = new Set<string>()
  for (const bug of BUGS) {
    assert.ok(!ids.has(bug.id), `${bug.id} is listed twice`)
    ids.add(bug.id)
    assert.notEqual(bug.find, bug.replace, `${bug.id} replaces its text with itself`)
    assert.ok(bug.features.length > 0, `${bug.id} names no features`)
    for (const feature of bug.features) assert.ok(existsSync(join(PACKAGE_ROOT, feature)), `${bug.id}: ${feature} does not exist`)
  }
})
