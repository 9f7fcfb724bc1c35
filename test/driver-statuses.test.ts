// Which answers the driver turns into a failure of the server and which into harness trouble:
// a 500 and an unexpected SessionInterrupted (054) fail the scenario; any other unexpected 400
// (a disallowed host, a body the server could not parse) stays an error, and a 400 the scenario
// asked for comes through as an answer.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { UserAgent } from '../harness/agent/user-agent.js'
import { VirtualClock } from '../harness/agent/virtual-clock.js'
import { HttpDriver } from '../harness/driver/http-driver.js'
import { ServerFailure, TargetError } from '../harness/driver/target-error.js'
import { classify } from '../harness/results/outcome.js'
import type { Target } from '../harness/target/types.js'

/** Each path of the fixture API answers 400 with this body (the operation name picks it). */
const BODIES: Readonly<Record<string, string>> = {
  'session.set': JSON.stringify({ error: "The request's session was deleted before the request completed.", kind: 'SessionInterrupted' }),
  'session.get': JSON.stringify({ error: 'Invalid HTTP_HOST header', kind: 'DisallowedHost' }),
  'session.read': JSON.stringify({ error: 'the request body is not valid JSON' }),
  'session.info': '<h1>Bad Request (400)</h1>',
}

let server: Server
let driver: HttpDriver

before(async () => {
  server = createServer((req, res) => {
    const operation = req.url?.split('/').at(-1) ?? ''
    res.writeHead(400, { 'Content-Type': 'application/json' }).end(BODIES[operation] ?? '{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const target = {
    name: 'statuses', file: 'statuses.yaml', dir: '.', baseUrl, profiles: ['core'], capabilities: [], engines: [], realTimeEngines: [],
    messageStorages: [], settings: {}, fixturePrefix: '/__sessionspec', shared: {}, limits: {},
  } satisfies Target
  driver = new HttpDriver(target, baseUrl)
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

const agent = () => new UserAgent(new VirtualClock(0))

/** How a scenario that ended on this error is counted. */
async function outcomeOf(visit: Promise<unknown>) {
  const error = await visit.then(() => assert.fail('the visit did not throw'), (e: unknown) => e as Error)
  return { error, ...classify({ status: 'FAILED', errorType: error.name, message: error.message }) }
}

describe('a 400 answer the scenario did not expect', () => {
  it('fails the scenario when the server says the session was deleted meanwhile (SessionInterrupted)', async () => {
    const { error, outcome, reason } = await outcomeOf(driver.visit(agent(), 'session.set', { key: 'k', value: 'v' }))
    assert.ok(error instanceof ServerFailure)
    assert.equal(outcome, 'failed')
    assert.match(reason ?? '', /^the server answered that the session was deleted meanwhile \(SessionInterrupted\): session\.set \(POST /)
  })

  for (const [operation, what] of [['session.get', 'another kind (DisallowedHost)'], ['session.read', 'no kind'], ['session.info', 'a body that is not JSON']] as const) {
    it(`is an error, not a failure, with ${what}`, async () => {
      const { error, outcome, reason } = await outcomeOf(driver.visit(agent(), operation, operation === 'session.get' ? { key: 'k' } : {}))
      assert.ok(error instanceof TargetError)
      assert.equal(outcome, 'error')
      assert.match(reason ?? '', /answered HTTP 400: /)
    })
  }
})

describe('a 400 answer the scenario expects', () => {
  it('comes through as the answer, SessionInterrupted included', async () => {
    const { answer } = await driver.visit(agent(), 'session.set', { key: 'k', value: 'v' }, { acceptStatus: (status) => status === 400 })
    assert.deepEqual({ ...answer }, { status: 400, ...JSON.parse(BODIES['session.set']) as object })
  })
})
