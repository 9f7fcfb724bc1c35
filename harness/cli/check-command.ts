import { formatChecks, runDeploymentChecks } from '../../lib/checks/deployment-checks.js'
import { inspectTarget } from '../checks/inspect-target.js'
import { HttpDriver } from '../driver/http-driver.js'
import { startTargetServer } from '../launch/start-server.js'
import { loadTarget } from '../target/load-target.js'

/** `sessionspec check`: Django-style deployment checks of a target's sessions and messages. Exit 1 when any is reported. */
export async function checkCommand(file: string): Promise<number> {
  const target = await loadTarget(file)
  const server = await startTargetServer(target)
  try {
    const found = runDeploymentChecks(await inspectTarget(new HttpDriver(target, server.baseUrl)))
    console.log(formatChecks(found))
    return found.length === 0 ? 0 : 1
  } finally {
    await server.stop()
  }
}
