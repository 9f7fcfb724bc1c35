import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applicability } from '../harness/runtime/applicability.js'
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
