import { UserAgent } from '../agent/user-agent.js'
import { VirtualClock } from '../agent/virtual-clock.js'
import { HttpDriver } from '../driver/http-driver.js'
import type { ControlOperation, FixtureOperation } from '../driver/operations.js'
import { startTargetServer } from '../launch/start-server.js'
import { systemNow } from '../runtime/system-clock.js'
import { loadTarget } from '../target/load-target.js'
import type { Capability, Target } from '../target/types.js'

interface Call {
  operation: FixtureOperation | ControlOperation
  params: Record<string, unknown>
}

interface Probe extends Call {
  kind: 'fixture' | 'control'
  /** Calls made first by the same visitor, so that the probe reads real data (a message added, then listed). */
  before?: Call[]
  /** Offered only by targets that claim this (an engine or storage list counts for sessions and messages). */
  needs?: Capability | 'sessions' | 'messages'
  /** Statuses a correct target may answer with for this probe. */
  accept?: (status: number) => boolean
}

const PROBES: Probe[] = [
  { operation: 'cookie.set', kind: 'fixture', params: { name: 'doctor', value: 'ok' } },
  { operation: 'cookie.delete', kind: 'fixture', params: { name: 'doctor' } },
  { operation: 'cookie.setSigned', kind: 'fixture', params: { name: 'doctor', value: 'ok' } },
  { operation: 'cookie.getSigned', kind: 'fixture', params: { name: 'doctor' }, before: [{ operation: 'cookie.setSigned', params: { name: 'doctor', value: 'ok' } }] },
  { operation: 'cookie.sequence', kind: 'fixture', params: { steps: [{ action: 'set', name: 'doctor', value: 'ok' }] }, needs: 'cookie-sequence' },
  { operation: 'cookie.received', kind: 'fixture', params: {}, before: [{ operation: 'cookie.set', params: { name: 'doctor', value: 'ok' } }] },
  { operation: 'session.set', kind: 'fixture', params: { key: 'doctor', value: 1 }, needs: 'sessions' },
  { operation: 'session.get', kind: 'fixture', params: { key: 'doctor' }, needs: 'sessions', before: [{ operation: 'session.set', params: { key: 'doctor', value: 1 } }] },
  { operation: 'session.read', kind: 'fixture', params: {}, needs: 'sessions', before: [{ operation: 'session.set', params: { key: 'doctor', value: 1 } }] },
  { operation: 'session.flush', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'session.info', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'session.fail', kind: 'fixture', params: { status: 500 }, needs: 'sessions', accept: (s) => s === 500 },
  { operation: 'session.expiry', kind: 'fixture', params: {}, needs: 'sessions' },
  { operation: 'messages.add', kind: 'fixture', params: { level: 'info', text: 'doctor' }, needs: 'messages' },
  { operation: 'messages.count', kind: 'fixture', params: {}, needs: 'messages', before: [{ operation: 'messages.add', params: { level: 'info', text: 'doctor' } }] },
  {
    operation: 'messages.list', kind: 'fixture', params: {}, needs: 'messages',
    before: [{ operation: 'messages.add', params: { level: 'warning', text: 'doctor warns' } }, { operation: 'messages.add', params: { level: 'info', text: 'doctor informs' } }],
  },
  { operation: 'messages.render', kind: 'fixture', params: {}, needs: 'messages', before: [{ operation: 'messages.add', params: { level: 'info', text: 'doctor' } }] },
  { operation: 'clock.get', kind: 'control', params: {}, needs: 'clock' },
  { operation: 'clock.advance', kind: 'control', params: { seconds: 0 }, needs: 'clock' },
  { operation: 'reset', kind: 'control', params: {}, needs: 'settings' },
  { operation: 'settings.set', kind: 'control', params: {}, needs: 'settings' },
  { operation: 'sessions.count', kind: 'control', params: {}, needs: 'store-inspection' },
  { operation: 'sessions.exists', kind: 'control', params: { sessionKey: 'doctordoctordoctor' }, needs: 'store-inspection' },
  { operation: 'sessions.purge', kind: 'control', params: {}, needs: 'purge' },
  { operation: 'checks.run', kind: 'control', params: {}, needs: 'checks' },
]

/** All probes together get this long; a probe still waiting then is reported as not answering. */
const PROBE_DEADLINE_MS = 20_000

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

type ProbeReport = { mark: '✔' | '✖' | '–'; text: string }

async function runProbe(driver: HttpDriver, probe: Probe): Promise<ProbeReport> {
  const agent = new UserAgent(new VirtualClock(systemNow().getTime()))
  try {
    for (const call of probe.before ?? []) await driver.visit(agent, call.operation as FixtureOperation, call.params as never)
    const answer = probe.kind === 'fixture'
      ? (await driver.visit(agent, probe.operation as FixtureOperation, probe.params as never, { acceptStatus: probe.accept })).answer
      : await driver.control(probe.operation as ControlOperation, probe.params as never)
    const after = probe.before?.length ? ` (after ${probe.before.map((c) => c.operation).join(', ')})` : ''
    return { mark: '✔', text: `${probe.operation}${after}: ${clip(JSON.stringify(answer))}` }
  } catch (error) {
    if ((error as Error).name === 'OperationNotOffered') return { mark: '–', text: `${probe.operation}: not offered (no route mapped in the target file)` }
    return { mark: '✖', text: `${probe.operation}: ${(error as Error).message}` }
  }
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text
}

/** Every probe at once, each reported in the order of PROBES; one deadline for them all. */
async function runProbes(driver: HttpDriver, probes: Probe[]): Promise<ProbeReport[]> {
  let expire: () => void = () => {}
  const deadline = new Promise<void>((done) => { expire = done })
  const timer = setTimeout(expire, PROBE_DEADLINE_MS)
  try {
    const late = (probe: Probe): Promise<ProbeReport> => deadline.then(() => ({ mark: '✖', text: `${probe.operation}: no answer within the doctor's ${PROBE_DEADLINE_MS / 1000} s for all probes` }))
    return await Promise.all(probes.map((probe) => Promise.race([runProbe(driver, probe), late(probe)])))
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Validates a target file, reaches the server, calls every operation the target claims with
 * real data and prints what the mapped answer reads, per operation. Before any scenario runs.
 * It never crashes: whatever goes wrong is one line, and the exit code says so.
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
  try {
    console.log(`server at ${server.baseUrl}${await describeServer(target, server.baseUrl)}`)
    const claimed = PROBES.filter((probe) => isClaimed(target, probe))
    for (const probe of PROBES) if (!claimed.includes(probe)) console.log(`  – ${probe.operation}: not claimed by the target file`)
    const reports = await runProbes(new HttpDriver(target, server.baseUrl), claimed)
    for (const report of reports) console.log(`  ${report.mark} ${report.text}`)
    const broken = reports.filter((r) => r.mark === '✖').length
    if (broken === 0 && !reports.some((r) => r.mark === '✔')) {
      console.log('no operation is offered yet: map your routes under operations: (docs/target-files.md)')
      return 1
    }
    console.log(broken === 0 ? 'every claimed operation answered as the fixture API requires' : `${broken} operation(s) answered wrongly`)
    return broken === 0 ? 0 : 1
  } catch (error) {
    console.log(`✖ doctor could not finish: ${(error as Error).message}`)
    return 1
  } finally {
    await server.stop().catch(() => undefined)
  }
}
