import type { Target } from '../target/types.js'

export type Applicability = { applicable: true } | { applicable: false; reason: string }

/** The tag of scenarios that need a second server, the peer the target file names (`peer:`). */
export const NEEDS_PEER = '@capability:peer'

export function needsPeer(tags: readonly string[]): boolean {
  return tags.includes(NEEDS_PEER)
}

/**
 * Turns a scenario's tags into whether the target can run it. Tags name identities and needs:
 * @profile:<p>, @capability:<c>, @clock (short for @capability:clock), @engine:<e>, @storage:<s>,
 * and @server-side-engine (needs a session key and a record on the server). @capability:peer
 * needs a peer target, which must meet the scenario's other needs as well.
 */
export function applicability(tags: readonly string[], target: Target, engine?: string, who = 'the target'): Applicability {
  if (needsPeer(tags)) {
    const peer = target.peerTarget
    if (!peer) return { applicable: false, reason: `${who} file names no peer server (peer:) to exchange cookies and sessions with` }
    // The peer runs the pass's engine variant too, so it must list that variant itself.
    if (engine && !peer.engines.includes(engine)) return { applicable: false, reason: `the peer ${peer.name} does not run the ${engine} session engine` }
    const verdict = applicability(tags.filter((t) => t !== NEEDS_PEER), peer, engine, `the peer ${peer.name}`)
    if (!verdict.applicable) return verdict
  }
  if (engine?.split('/')[0] === 'signed-cookies' && tags.includes('@server-side-engine')) {
    return { applicable: false, reason: 'the signed-cookies engine keeps the whole session in the cookie: there is no server-side key or record' }
  }
  if (engine && tags.includes('@clock') && target.realTimeEngines.includes(engine)) {
    return { applicable: false, reason: `${who}'s ${engine} engine expires sessions on its store's real clock, which ${who}'s clock control does not move` }
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
  return { applicable: true }
}
