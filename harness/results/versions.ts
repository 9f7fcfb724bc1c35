import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../../lib/package-root.js'

/**
 * The versions a results file records: the package's, and the specification's (package.json
 * "specificationVersion"). The specification is versioned on its own, semantically: major when a
 * scenario is removed or its meaning changes, minor when scenarios are added, patch for wording.
 * So `report diff` can tell a changed specification from a changed server.
 */
export interface Versions {
  sessionspec: string
  specification: string
}

let read: Promise<Versions> | undefined

export function readVersions(): Promise<Versions> {
  read ??= readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8').then((text) => {
    const manifest = JSON.parse(text) as { version: string; specificationVersion: string }
    return { sessionspec: manifest.version, specification: manifest.specificationVersion }
  })
  return read
}
