// What a run hands every scenario (cucumber's worldParameters, read as SpecWorld.parameters):
// the target and the pass's engine or message storage. Given to each cucumber run by the run
// command (pool-worker.ts, run-passes.ts), never through the environment.

/** A type, not an interface, so that it is the JSON object cucumber's worldParameters are. */
export type WorldParameters = {
  /** The target file (absolute); a plain `cucumber-js` run without parameters uses targets/reference.yaml. */
  targetFile?: string
  /** The pass's engine, with its store when it has a choice ("cache/redis"), for @per-engine features. */
  engine?: string
  /** The pass's message storage, for @per-storage features. */
  storage?: string
}

export const DEFAULT_TARGET_FILE = 'targets/reference.yaml'

/** A pass's parameters, without the keys it leaves out (JSON has no undefined). */
export function worldParameters(targetFile: string, pass: { engine?: string; storage?: string }): WorldParameters {
  return {
    targetFile,
    ...(pass.engine === undefined ? {} : { engine: pass.engine }),
    ...(pass.storage === undefined ? {} : { storage: pass.storage }),
  }
}
