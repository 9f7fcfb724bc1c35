import { access } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError, type Problem } from './problems.js'
import type { Target, TargetFile } from './types.js'
import { loadYamlDocument } from './validate-document.js'

export const DEFAULT_FIXTURE_PREFIX = '/__sessionspec'

/** Reads, validates and resolves a target file. Throws ConfigurationError listing every problem. */
export async function loadTarget(file: string): Promise<Target> {
  const data = (await loadYamlDocument(file, 'target.schema.json')) as TargetFile
  const dir = dirname(resolve(file))
  const problems = await crossCheck(file, dir, data)
  if (problems.length > 0) throw new ConfigurationError(problems)
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
  }
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
