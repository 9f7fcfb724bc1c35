import { access } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError, type Problem } from './problems.js'
import type { Target, TargetFile } from './types.js'
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
