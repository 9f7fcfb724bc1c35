import { UserAgent } from '../agent/user-agent.js'
import { VirtualClock } from '../agent/virtual-clock.js'
import { HttpDriver } from '../driver/http-driver.js'
import type { ControlOperation, FixtureOperation } from '../driver/operations.js'
import { startTargetServer } from '../launch/start-server.js'
import { systemNow } from '../runtime/system-clock.js'
import { loadTarget } from '../target/load-target.js'
import type { Capability, Target } from '../target/types.js'

interface Probe {
  operation: FixtureOperation | ControlOperation
  kind: 'fixture' | 'control'
  params: Record<string, unknown>
  /** Offered only by targets that claim this (an engine or storage list counts for sessions and messages). */
  needs?: Capability | 'sessions' | 'messages'
  /** Statuses a correct target may answer with for this probe. */
  accept?: (status: number) => boolean
}

const PROBES: Probe[] = [
  { operation: 'cookie.set', kind: 'fixture', params: { name: 'doctor', value: 'ok' } },
  { operation: 'cookie.delete', kind: 'fixture', params: { name: 'doctor' } },
  { operation: 'cookie.setSigned', kind: 'fixture', params: { name: 'doctor', value: 'ok' } },
  { operation: 'cookie.getSigned', kind: 'fixture', params: { name: 'doctor' } },
  { operation: 'cookie.sequence', kind: 'fixture', params: { steps: [{ action: 'set', name: 'doctor', value: 'ok' }] }, needs: 'cookie-sequence' },
  { operation: 'cookie.received', kind: 'fixture', params: {} },
  { operation: 'session.set', kind: 'fixture', params: { key: 'doctor', value: 1 }, needs: 'sessions' },
  { operation: 'session.get', kind: 'fixture', params: { key: 'doctor' }, needs: 'sessions' },
  { operation: 'session.read', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'session.flush', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'session.info', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'session.fail', kind: 'fixture', params: { status: 500 }, needs: 'sessions', accept: (s) => s === 500 },
  { operation: 'session.expiry', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'messages.add', kind: 'fixture', params: { level: 'info', text: 'doctor' }, needs: 'messages' },
  { operation: 'messages.count', kind: 'fixture', params: {}, needs: 'messages' },
  { operation: 'messages.list', kind: 'fixture', params: {}, needs: 'messages' },
  { operation: 'messages.render', kind: 'fixture', params: {}, needs: 'messages' },
  { operation: 'clock.get', kind: 'control', params: {}, needs: 'clock' },
  { operation: 'clock.advance', kind: 'control', params: { seconds: 0 }, needs: 'clock' },
  { operation: 'reset', kind: 'control', params: {}, needs: 'settings' },
  { operation: 'settings.set', kind: 'control', params: {}, needs: 'settings' },
  { operation: 'sessions.count', kind: 'control', params: {}, needs: 'store-inspection' },
  { operation: 'sessions.exists', kind: 'control', params: { sessionKey: 'doctordoctordoctor' }, needs: 'store-inspection' },
  { operation: 'sessions.purge', kind: 'control', params: {}, needs: 'purge' },
  { operation: 'checks.run', kind: 'control', params: {}, needs: 'checks' },
]

function isClaimed(target: Target, probe: Probe): boolean {
  if (probe.needs === undefined) return true
  if (probe.needs === 'sessions') return target.engines.length > 0
  if (probe.needs === 'messages') return target.messageStorages.length > 0
  return target.capabilities.includes(probe.needs)
}

/** What the server calls itself in its identity answer (`GET {prefix}/`), e.g. " (django-5.2.17)"; empty when it does not say. */
async function describeServer(target: Target, baseUrl: string): Promise<string> {
  try {
    const answer = await fetch(`${baseUrl}${target.fixturePrefix}/`, { signal: AbortSignal.timeout(5000) })
    const identity = (await answer.json()) as { server?: unknown }
    return typeof identity.server === 'string' ? ` (${identity.server})` : ''
  } catch {
    return ''
  }
}

/**
 * Validates a target file, reaches the server, calls every operation the target claims once and
 * says, per operation, whether it answered as the fixture API requires. Before any scenario runs.
 */
export async function doctorCommand(file: string): Promise<number> {
  const target = await loadTarget(file)
  console.log(`target file ${file}: valid (${target.name}, profiles ${target.profiles.join(', ')})`)
  let server
  try {
    server = await startTargetServer(target)
  } catch (error) {
    console.log(`✖ cannot start or reach the server: ${(error as Error).message}`)
    return 1
  }
  const driver = new HttpDriver(target, server.baseUrl)
  let broken = 0
  try {
    console.log(`server at ${server.baseUrl}${await describeServer(target, server.baseUrl)}`)
    for (const probe of PROBES) {
      if (!isClaimed(target, probe)) {
        console.log(`  – ${probe.operation}: not claimed by the target file`)
        continue
      }
      try {
        const agent = new UserAgent(new VirtualClock(systemNow().getTime()))
        const answer = probe.kind === 'fixture'
          ? (await driver.visit(agent, probe.operation as FixtureOperation, probe.params as never, { acceptStatus: probe.accept })).answer
          : await driver.control(probe.operation as ControlOperation, probe.params as never)
        console.log(`  ✔ ${probe.operation}: ${JSON.stringify(answer).slice(0, 100)}`)
      } catch (error) {
        if ((error as Error).name === 'OperationNotOffered') {
          console.log(`  – ${probe.operation}: not offered (no route mapped in the target file)`)
          continue
        }
        broken++
        console.log(`  ✖ ${probe.operation}: ${(error as Error).message}`)
      }
    }
  } finally {
    await server.stop()
  }
  console.log(broken === 0 ? 'every claimed operation answered as the fixture API requires' : `${broken} operation(s) answered wrongly`)
  return broken === 0 ? 0 : 1
}
