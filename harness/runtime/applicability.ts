import { isInstalled, missingPackageLine } from '../../lib/optional-package.js'
import { CHROMIUM_MISSING, isChromiumInstalled } from '../agent/browser.js'
import type { TargetDriver } from '../driver/http-driver.js'
import { TargetError } from '../driver/target-error.js'
import type { SettingsChange } from '../driver/operations.js'
import type { Target } from '../target/types.js'
import { SHARES_STORE, unsharedStoreReason } from './shared-stores.js'

/**
 * Whether a scenario runs. `missingPart` marks a part of the machine or the server that is absent
 * (Chromium, a store that is down): outside CI the scenario does not apply, under CI=true that
 * is an error, because CI promises every part.
 */
export type Applicability = { applicable: true } | { applicable: false; reason: string; missingPart?: boolean }

const APPLICABLE: Applicability = { applicable: true }

/** The tag of scenarios that need a second server, the peer the target file names (`peer:`). */
export const NEEDS_PEER = '@capability:peer'

/** The tag of scenarios that count the sessions of the engine's store (memcached, for one, cannot). */
export const COUNTS_SESSIONS = '@store-count'

/**
 * The tag of scenarios about Django's local-memory cache itself (LocMemCache: 300 entries, the
 * least recently used third culled): a pass whose engine variant names a store (cache/redis,
 * cache/memcached) keeps sessions elsewhere; the variant without one ("cache") is the local cache.
 */
export const LOCAL_CACHE = '@local-cache'
/** The tag of scenarios that take the engine's Redis down: the harness's own Redis (harness/launch/outage-redis.ts). */
export const TAKES_STORE_DOWN = '@capability:store-outage'

export function needsPeer(tags: readonly string[]): boolean {
  return tags.includes(NEEDS_PEER)
}

/**
 * Turns a scenario's tags into whether the target can run it, from the target file alone. Tags
 * name identities and needs: @profile:<p>, @capability:<c>, @clock (short for @capability:clock),
 * @engine:<e>, @storage:<s>, @server-side-engine (needs a session key and a record on the server)
 * and @browser (needs playwright-core installed and Chromium on this machine). @capability:peer
 * needs a peer target, which must meet the scenario's other needs as well; with @shared-store, the
 * two must also keep the pass's sessions in one store. The target's own claims come first: a
 * target that does not claim a thing is told so, whatever this machine has installed.
 */
export function applicability(tags: readonly string[], target: Target, engine?: string, who = 'the target'): Applicability {
  const claims = claimedApplicability(tags, target, engine, who)
  if (!claims.applicable) return claims
  if (tags.includes('@browser') && !isInstalled('playwright-core')) {
    return { applicable: false, reason: missingPackageLine('playwright-core', 'a @browser scenario'), missingPart: true }
  }
  if (tags.includes('@browser') && !isChromiumInstalled()) return { applicable: false, reason: CHROMIUM_MISSING, missingPart: true }
  return APPLICABLE
}

function claimedApplicability(tags: readonly string[], target: Target, engine: string | undefined, who: string): Applicability {
  for (const tag of tags) {
    const [kind, value] = tag.replace(/^@/, '').split(':', 2)
    if (kind === 'profile' && !target.profiles.includes(value as never)) {
      return { applicable: false, reason: `${who} does not claim the ${value} profile` }
    }
    const capability = kind === 'clock' ? 'clock' : kind === 'capability' && tag !== NEEDS_PEER ? value : undefined
    if (capability && !target.capabilities.includes(capability as never)) {
      return { applicable: false, reason: `${who} does not offer the ${capability} capability` }
    }
  }
  // Several @engine: (or @storage:) tags mean "any of these".
  const wanted = (prefix: string) => tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length))
  const engines = wanted('@engine:')
  if (engines.length && !engines.some((id) => target.engines.some((variant) => variant.split('/')[0] === id))) {
    return { applicable: false, reason: `${who} does not run the ${engines.join(' or ')} session engine` }
  }
  const storages = wanted('@storage:')
  if (storages.length && !storages.some((id) => target.messageStorages.includes(id as never))) {
    return { applicable: false, reason: `${who} does not offer the ${storages.join(' or ')} message storage` }
  }
  if (engine?.includes('/') && tags.includes(LOCAL_CACHE)) {
    return { applicable: false, reason: `the ${engine} pass keeps sessions in ${engine.split('/')[1]}, not in Django's local-memory cache, whose own behaviour the scenario checks` }
  }
  if (engine?.split('/')[0] === 'signed-cookies' && tags.includes('@server-side-engine')) {
    return { applicable: false, reason: 'the signed-cookies engine keeps the whole session in the cookie: there is no server-side key or record' }
  }
  const outagePass = engine && tags.includes(TAKES_STORE_DOWN) ? outagePassReason(engine, target) : undefined
  if (outagePass) return { applicable: false, reason: outagePass }
  if (engine && tags.includes(COUNTS_SESSIONS) && target.uncountedEngines?.includes(engine)) {
    return { applicable: false, reason: `${who} file lists the ${engine} engine among those whose store it cannot count (uncountedEngines)` }
  }
  if (engine && tags.includes('@clock') && target.realTimeEngines.includes(engine)) {
    return { applicable: false, reason: `${who}'s ${engine} engine expires sessions on its store's real clock, which ${who}'s clock control does not move` }
  }
  if (needsPeer(tags)) {
    const peer = target.peerTarget
    if (!peer) return { applicable: false, reason: `${who} file names no peer server (peer:) to exchange cookies and sessions with` }
    // The peer runs the pass's engine variant too, so it must list that variant itself.
    if (engine && !peer.engines.includes(engine)) return { applicable: false, reason: `the peer ${peer.name} does not run the ${engine} session engine` }
    // @shared-store: both must also keep that engine's sessions in one store (shared-stores.ts).
    const unshared = engine && tags.includes(SHARES_STORE) ? unsharedStoreReason(engine, target) : undefined
    if (unshared) return { applicable: false, reason: unshared }
    return claimedApplicability(tags.filter((t) => t !== NEEDS_PEER), peer, engine, `the peer ${peer.name}`)
  }
  return APPLICABLE
}

/**
 * The outage scenarios move the pass's engine onto the harness's Redis, so they run once per
 * engine: in its Redis pass (cache/redis), or, where the target lists none, in its default pass
 * (cached-db, whose cache the scenario then puts on Redis). Other passes say where they run.
 */
function outagePassReason(engine: string, target: Target): string | undefined {
  const [id, store] = engine.split('/')
  if (store === 'redis') return undefined
  const redisPass = `${id}/redis`
  if (target.engines.includes(redisPass)) return `the store-outage scenarios of the ${id} engine run in its ${redisPass} pass`
  if (store !== undefined) return `the store-outage scenarios take a Redis down; the ${engine} pass keeps its sessions on ${store}`
  return undefined
}

/**
 * Readies a server for a scenario and says whether the scenario can run on it: the server starts
 * each scenario from its start-up settings, at the scenario's clock, with the pass's engine and
 * storage; a part it lacks (a store that is down, a store that cannot count its sessions) makes
 * the scenario not applicable before any of its steps run.
 */
export async function serverApplicability(tags: readonly string[], driver: TargetDriver, pass: SettingsChange, nowSeconds: number, who = 'the target'): Promise<Applicability> {
  const { capabilities } = driver.target
  if (capabilities.includes('clock') || capabilities.includes('settings')) await driver.control('reset', {})
  if (capabilities.includes('clock')) await driver.control('clock.set', { now: nowSeconds })
  if (Object.keys(pass).length > 0 && capabilities.includes('settings')) {
    const answer = await driver.control('settings.set', pass)
    // A store-outage scenario moves the pass's engine to a store of the harness's own before it
    // uses it (its Background sets the engine and that store together), so the pass's own store
    // being down or out of reach takes nothing from it: the scenario judges the server there.
    if ('unavailable' in answer && tags.includes(TAKES_STORE_DOWN)) return APPLICABLE
    if ('unavailable' in answer) return { applicable: false, reason: who === 'the target' ? answer.unavailable : `${who}: ${answer.unavailable}`, missingPart: true }
    const other = otherEngine(pass, answer.settings)
    if (other !== undefined) throw new TargetError(`${who} answered settings.set for the pass with ${other}`)
  }
  // A target file that lists uncountedEngines has said which stores count: the others must.
  if (tags.includes(COUNTS_SESSIONS) && driver.target.uncountedEngines === undefined) {
    const answer = await driver.control('sessions.count', {})
    if (!('count' in answer)) return { applicable: false, reason: `${who} cannot count the sessions its store holds with this engine: ${answer.rejected}` }
  }
  return APPLICABLE
}

/**
 * The engine or store a server reports after settings.set when it is not the one the pass asked
 * for: a variant pass (db/postgres) that quietly ran on the default store would claim what it
 * never tried. A value the answer leaves out is not compared.
 */
export function otherEngine(pass: SettingsChange, reported: Record<string, unknown>): string | undefined {
  for (const name of ['engine', 'store'] as const) {
    const asked = pass[name]
    if (asked !== undefined && name in reported && reported[name] !== asked) return `${name} ${JSON.stringify(reported[name])}, not ${JSON.stringify(asked)}`
  }
  return undefined
}

/** What a pass runs with (its world parameters engine, e.g. "cache/redis", and storage), as a settings change. */
export function passSettings(engine: string | undefined, storage: string | undefined): SettingsChange {
  const [id, store] = (engine ?? '').split('/')
  // The id is sent as the target file names it; a server that has no such engine says so.
  return { ...(id ? { engine: id as SettingsChange['engine'] } : {}), ...(store ? { store } : {}), ...(storage ? { messageStorage: storage as SettingsChange['messageStorage'] } : {}) }
}
