import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applicability, otherEngine, passSettings } from '../harness/runtime/applicability.js'
import type { Target } from '../harness/target/types.js'

function target(name: string, overrides: Partial<Target> = {}): Target {
  return {
    name, baseUrl: 'http://127.0.0.1:1', profiles: ['core', 'django'], file: `${name}.yaml`, dir: '.',
    capabilities: ['clock', 'settings'], engines: ['db', 'signed-cookies'], realTimeEngines: [], messageStorages: ['cookie'],
    settings: {}, fixturePrefix: '/__sessionspec', shared: {}, ...overrides,
  }
}

describe('a scenario that needs the peer server (@capability:peer)', () => {
  const tags = ['@interop', '@capability:peer', '@engine:db']

  it('does not apply, with the reason, when the target file names no peer', () => {
    assert.deepEqual(applicability(tags, target('alone')), {
      applicable: false, reason: 'the target file names no peer server (peer:) to exchange cookies and sessions with',
    })
  })

  it('applies when the target and its peer both meet its other needs', () => {
    assert.deepEqual(applicability(tags, target('pair', { peerTarget: target('other') }), 'db'), { applicable: true })
  })

  it('does not apply when the peer lacks what the scenario needs, naming the peer', () => {
    const peer = target('other', { engines: ['file'], capabilities: [] })
    assert.deepEqual(applicability(tags, target('pair', { peerTarget: peer }), 'db'), {
      applicable: false, reason: 'the peer other does not run the db session engine',
    })
    assert.deepEqual(applicability(['@capability:peer', '@clock'], target('pair', { peerTarget: peer })), {
      applicable: false, reason: 'the peer other does not offer the clock capability',
    })
  })

  it('does not apply in the pass of an engine variant the peer does not list', () => {
    assert.deepEqual(applicability(tags, target('pair', { engines: ['db', 'db/postgres'], peerTarget: target('other') }), 'db/postgres'), {
      applicable: false, reason: 'the peer other does not run the db/postgres session engine',
    })
  })

  it('leaves other scenarios to the target alone', () => {
    assert.deepEqual(applicability(['@engine:db'], target('alone')), { applicable: true })
  })
})

describe('a scenario in which both servers keep sessions in one store (@shared-store)', () => {
  const tags = ['@interop', '@capability:peer', '@shared-store', '@per-engine']
  const variants = ['memory', 'file', 'db', 'db/sqlite', 'db/postgres', 'cache', 'cache/local', 'cache/redis', 'cache/memcached',
    'cached-db', 'cached-db/local', 'cached-db/redis', 'cached-db/memcached', 'signed-cookies']
  const secret = { secretKey: 'one-secret' }
  const pair = (shared: Target['shared'], engines = variants) => target('pair', {
    engines, shared, settings: secret, peerTarget: target('other', { engines, settings: secret }),
  })
  const applies = (t: Target, engine: string) => applicability(tags, t, engine).applicable

  it('applies to exactly the engines whose store the shared entries reach', () => {
    const everything = pair({ sqlitePath: true, fileDirectory: true, cacheKeyPrefix: true, postgresSchema: true })
    assert.deepEqual(variants.filter((engine) => applies(everything, engine)), [
      'file', 'db', 'db/sqlite', 'db/postgres', 'cache/redis', 'cache/memcached', 'cached-db/redis', 'cached-db/memcached', 'signed-cookies',
    ])
    const sqliteOnly = pair({ sqlitePath: true })
    assert.deepEqual(variants.filter((engine) => applies(sqliteOnly, engine)), ['db', 'db/sqlite', 'signed-cookies'])
  })

  it('names the store kept inside each process', () => {
    const everything = pair({ sqlitePath: true, fileDirectory: true, cacheKeyPrefix: true, postgresSchema: true })
    assert.deepEqual(applicability(tags, everything, 'memory'), {
      applicable: false, reason: 'the memory engine keeps sessions inside each server process, which no other process can read',
    })
    assert.deepEqual(applicability(tags, everything, 'cached-db'), {
      applicable: false, reason: 'the cached-db engine on the local cache keeps sessions inside each server process, which no other process can read',
    })
  })

  it('names the shared entries missing for the pass\'s engine', () => {
    assert.deepEqual(applicability(tags, pair({}), 'file'), {
      applicable: false, reason: 'the server and its peer do not share a session directory for the file engine (the target file\'s shared.fileDirectory)',
    })
    // cached-db's cache and its database must both be shared, or one process reads its stale copy.
    assert.deepEqual(applicability(tags, pair({ cacheKeyPrefix: true }), 'cached-db/redis'), {
      applicable: false, reason: 'the server and its peer do not share a SQLite file for the cached-db/redis engine (the target file\'s shared.sqlitePath)',
    })
  })

  it('needs the secret named in both files for signed-cookie sessions', () => {
    const unnamed = target('pair', { peerTarget: target('other') })
    assert.equal(applicability(tags, unnamed, 'signed-cookies').applicable, false)
  })

  it('takes the file\'s word for stores the servers already share (shared.engines)', () => {
    const deployment = pair({ engines: ['cache/redis'] })
    assert.deepEqual(variants.filter((engine) => applies(deployment, engine)), ['cache/redis', 'signed-cookies'])
  })

  it('asks nothing of the store in scenarios without the tag', () => {
    assert.deepEqual(applicability(['@capability:peer', '@per-engine'], pair({}), 'file'), { applicable: true })
  })
})

describe('a scenario about the local-memory cache itself (@local-cache)', () => {
  const tags = ['@engine:cache', '@local-cache']
  const caches = target('caches', { engines: ['cache', 'cache/redis', 'cache/memcached'] })

  it('applies in the pass of the cache engine without a store, the local one', () => {
    assert.deepEqual(applicability(tags, caches, 'cache'), { applicable: true })
  })

  it('does not apply in a pass whose variant names a store, naming it', () => {
    for (const store of ['redis', 'memcached']) {
      assert.deepEqual(applicability(tags, caches, `cache/${store}`), {
        applicable: false, reason: `the cache/${store} pass keeps sessions in ${store}, not in Django's local-memory cache, whose own behaviour the scenario checks`,
      })
    }
  })

  it('asks nothing of the variant in scenarios without the tag', () => {
    assert.deepEqual(applicability(['@engine:cache'], caches, 'cache/redis'), { applicable: true })
  })
})

describe('the order of reasons', () => {
  it('names the target\'s own claim before anything this machine lacks', () => {
    const tags = ['@browser', '@capability:demo-site']
    assert.deepEqual(applicability(tags, target('plain', { capabilities: [] })), {
      applicable: false, reason: 'the target does not offer the demo-site capability',
    })
  })

  it('names a profile the target does not claim before an engine it does not run', () => {
    assert.deepEqual(applicability(['@profile:django', '@engine:file'], target('core-only', { profiles: ['core'] })), {
      applicable: false, reason: 'the target does not claim the django profile',
    })
  })
})

describe('the engine a server reports for a pass', () => {
  it('is accepted when it is the one the pass asked for, its default store included', () => {
    assert.equal(otherEngine(passSettings('db/postgres', undefined), { engine: 'db', store: 'postgres' }), undefined)
    assert.equal(otherEngine(passSettings('db', undefined), { engine: 'db', store: 'sqlite' }), undefined)
  })

  it('names a store other than the variant\'s (a db/postgres pass run on SQLite)', () => {
    assert.equal(otherEngine(passSettings('db/postgres', undefined), { engine: 'db', store: 'sqlite' }), 'store "sqlite", not "postgres"')
    assert.equal(otherEngine(passSettings('cache/redis', undefined), { engine: 'cache', store: null }), 'store null, not "redis"')
  })

  it('names another engine', () => {
    assert.equal(otherEngine(passSettings('file', undefined), { engine: 'db', store: 'sqlite' }), 'engine "db", not "file"')
  })

  it('leaves out what the answer does not report', () => {
    assert.equal(otherEngine(passSettings('cache/redis', undefined), {}), undefined)
  })
})

describe('a scenario that takes the engine\'s Redis down (@capability:store-outage)', () => {
  const tags = ['@capability:store-outage', '@engine:cache', '@engine:cached-db']
  const outage = (engines: string[]) => target('outage', { capabilities: ['settings', 'store-outage'], engines })

  it('does not apply on a target without the capability', () => {
    assert.deepEqual(applicability(tags, target('plain', { engines: ['cache/redis'] }), 'cache/redis'), {
      applicable: false, reason: 'the target does not offer the store-outage capability',
    })
  })

  it('runs once per engine: in its Redis pass, else in its default pass', () => {
    const both = outage(['cache', 'cache/redis', 'cache/memcached', 'cached-db'])
    assert.deepEqual(applicability(tags, both, 'cache/redis'), { applicable: true })
    assert.deepEqual(applicability(tags, both, 'cached-db'), { applicable: true })
    assert.deepEqual(applicability(tags, both, 'cache'), {
      applicable: false, reason: 'the store-outage scenarios of the cache engine run in its cache/redis pass',
    })
    assert.deepEqual(applicability(tags, outage(['cached-db', 'cached-db/redis']), 'cached-db'), {
      applicable: false, reason: 'the store-outage scenarios of the cached-db engine run in its cached-db/redis pass',
    })
    assert.deepEqual(applicability(tags, outage(['cache']), 'cache'), { applicable: true })
  })

  it('does not apply in a pass on another store, naming it', () => {
    assert.deepEqual(applicability(tags, outage(['cache/memcached']), 'cache/memcached'), {
      applicable: false, reason: 'the store-outage scenarios take a Redis down; the cache/memcached pass keeps its sessions on memcached',
    })
  })
})

describe('a scenario that counts the store\'s sessions (@store-count)', () => {
  const tags = ['@store-count']
  const counting = target('counting', { engines: ['db', 'cache/memcached'], uncountedEngines: ['cache/memcached'] })

  it('does not apply on an engine the target file lists under uncountedEngines, saying so', () => {
    assert.deepEqual(applicability(tags, counting, 'cache/memcached'), {
      applicable: false, reason: 'the target file lists the cache/memcached engine among those whose store it cannot count (uncountedEngines)',
    })
  })

  it('applies on the other engines, and without the list (the server is asked then)', () => {
    assert.deepEqual(applicability(tags, counting, 'db'), { applicable: true })
    assert.deepEqual(applicability(tags, target('silent'), 'db'), { applicable: true })
  })
})
