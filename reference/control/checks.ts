// The control operation checks.run (docs/fixture-api.md, "Deployment checks"): the deployment
// checks of lib/checks over the reference server's settings of the moment, as Django's
// `check --deploy` looks at its own settings. The checks decide which findings there are, with
// their ids and levels; this operation only writes them in the answer's shape.
import { runDeploymentChecks, type CheckMessage } from '../../lib/checks/deployment-checks.js'
import { currentCheckInput, type ChecksSources } from '../checks/index.js'
import type { OperationTable } from '../pipeline/operation.js'

const LEVELS: ReadonlySet<unknown> = new Set(['WARNING', 'ERROR'])

/**
 * A finding as the answer names it. One without an id or a level cannot be answered; the
 * server fails (500) rather than send a check nobody can name.
 */
function reportedCheck(finding: CheckMessage): { id: string; level: string } {
  const { id, level } = finding as Partial<CheckMessage>
  if (typeof id !== 'string' || id === '' || !LEVELS.has(level)) {
    throw new TypeError(`the deployment checks gave a finding without an id or a level: ${JSON.stringify(finding)}`)
  }
  return { id, level: level as string }
}

export function checksOperations(sources: ChecksSources): OperationTable {
  return new Map([
    ['checks.run', ({ params }) => {
      params.done()
      return { checks: runDeploymentChecks(currentCheckInput(sources)).map(reportedCheck) }
    }],
  ])
}
