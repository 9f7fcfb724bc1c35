/**
 * The reference target a mutation run tests, written into Stryker's sandbox: targets/reference.yaml
 * narrowed to the area's engines and message storages (or the ones `--engines`/`--storages`
 * chose), so that the server started from it is the sandbox's mutated one.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import type { MutationArea } from './mutate-areas.js'

/** What a run narrowed the area to (empty or absent: every engine or storage of the area). */
export interface PassChoice {
  engines?: string[]
  storages?: string[]
}

type TargetDocument = Record<string, unknown> & { start: Record<string, unknown> }

/**
 * Writes `targets/.mutation-<area>-<pid>.yaml` under dir (the sandbox) and answers its path.
 * `start` changes what the start command gets (the command runner's mutant in start.env).
 */
export function writeAreaTarget(dir: string, areaName: string, area: MutationArea, choice: PassChoice, start: Record<string, unknown> = {}): string {
  const target = parse(readFileSync(join(dir, 'targets/reference.yaml'), 'utf8')) as TargetDocument
  target.engines = choice.engines?.length ? choice.engines : area.engines
  target.messageStorages = choice.storages?.length ? choice.storages : area.messageStorages
  target.start = { ...target.start, ...start }
  const file = join(dir, 'targets', `.mutation-${areaName}-${process.pid}.yaml`)
  writeFileSync(file, stringify(target))
  return file
}
