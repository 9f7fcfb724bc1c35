import { access } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError, type Problem } from './problems.js'
import { SHARED_PLACEHOLDERS } from './shared-placeholders.js'
import type { SharedResources, StartCommand, Target, TargetFile } from './types.js'
import { loadYamlDocument } from './validate-document.js'

export const DEFAULT_FIXTURE_PREFIX = '/__sessionspec'

/**
 * Reads, validates and resolves a target file, and the peer target it names. Throws
 * ConfigurationError listing every problem. A peer's own peer is not followed: a pair is two.
 */
export async function loadTarget(file: string, options: { asPeer?: boolean } = {}): Promise<Target> {
  const data = (await loadYamlDocument(file, 'target.schema.json')) as TargetFile
  const dir = dirname(resolve(file))
  const problems = await crossCheck(file, dir, data)
  // A peer's placeholders are filled from the other file's shared entries (loadPeer checks them).
  const unfilled = options.asPeer ? undefined : unsharedPlaceholders(data.start, data.shared)
  if (unfilled) problems.push({ file, path: '/start', message: `uses ${unfilled}: nothing would fill it (set the entry to true)` })
  if (problems.length > 0) throw new ConfigurationError(problems)
  const peerTarget = data.peer === undefined || options.asPeer ? undefined : await loadPeer(file, dir, data)
  return {
    ...data,
    file,
    dir,
    capabilities: data.capabilities ?? [],
    engines: data.engines ?? [],
    realTimeEngines: data.realTimeEngines ?? [],
    messageStorages: data.messageStorages ?? [],
    settings: data.settings ?? {},
    fixturePrefix: data.fixture?.prefix ?? DEFAULT_FIXTURE_PREFIX,
    expectationsFile: data.expectations === undefined ? undefined : resolve(dir, data.expectations),
    ...(peerTarget ? { peerTarget } : {}),
    shared: data.shared ?? {},
  }
}

/** The peer must exist, be another file, and sign with the same secret: interoperating needs one key. */
async function loadPeer(file: string, dir: string, data: TargetFile): Promise<Target> {
  const peerFile = resolve(dir, data.peer!)
  const problem = (message: string) => new ConfigurationError([{ file, path: '/peer', message }])
  if (peerFile === resolve(file)) throw problem('names this file itself; a peer is another server')
  try {
    await access(peerFile)
  } catch {
    throw problem(`peer target file "${data.peer}" not found (relative to ${dir})`)
  }
  const peer = await loadTarget(peerFile, { asPeer: true })
  const mine = data.settings?.secretKey
  const theirs = peer.settings.secretKey
  if (mine !== undefined && theirs !== undefined && mine !== theirs) {
    throw problem(`the peer ${data.peer} signs with another settings.secretKey; both servers must share one secret`)
  }
  const unfilled = unsharedPlaceholders(peer.start, data.shared)
  if (unfilled) throw new ConfigurationError([{ file, path: '/shared', message: `the peer ${data.peer} starts with ${unfilled} in this file: nothing would fill it (this file's shared entries fill both servers' placeholders)` }])
  return peer
}

/** Rules a JSON Schema cannot say well, checked after the schema passed. */
async function crossCheck(file: string, dir: string, data: TargetFile): Promise<Problem[]> {
  const problems: Problem[] = []
  if (data.baseUrl.includes('{port}') && data.start === undefined) {
    problems.push({ file, path: '/baseUrl', message: 'uses {port} but the file has no "start" command to launch the server on it' })
  }
  try {
    new URL(data.baseUrl.replace('{port}', '1'))
  } catch {
    problems.push({ file, path: '/baseUrl', message: `"${data.baseUrl}" is not a valid URL` })
  }
  if (data.profiles.includes('django') && !data.settings?.secretKey) {
    problems.push({ file, path: '/settings/secretKey', message: 'the django profile needs the secret key the server signs with, to check signatures byte for byte' })
  }
  if (data.expectations !== undefined) {
    try {
      await access(resolve(dir, data.expectations))
    } catch {
      problems.push({ file, path: '/expectations', message: `expectations file "${data.expectations}" not found (relative to ${dir})` })
    }
  }
  return problems
}

/**
 * The placeholders of shared resources ({files}, {schema}, ...) a start uses whose entry the
 * sharing file does not set, as "{files} without shared.fileDirectory, ...", or undefined: the
 * harness would hand the server the placeholder itself as a path or a name.
 */
function unsharedPlaceholders(start: StartCommand | undefined, shared: SharedResources | undefined): string | undefined {
  const texts = [...(start?.command ?? []), ...Object.values(start?.env ?? {}), ...(start?.inProcess?.args ?? [])]
  const missing = Object.entries(SHARED_PLACEHOLDERS)
    .filter(([name, entry]) => shared?.[entry] !== true && texts.some((text) => text.includes(`{${name}}`)))
    .map(([name, entry]) => `{${name}} without shared.${entry}`)
  return missing.length === 0 ? undefined : missing.join(', ')
}
