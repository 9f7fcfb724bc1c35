// sessionspec reference server: node --import tsx reference/cli/start.ts [--port N] [--host H] [--control]
//   plus the store flags of options.ts (engine, store, where the stores are, cookie name and age).
import type { ReferenceSettings } from '../app.js'
import { formatChecks, runDeploymentChecks } from '../../lib/checks/deployment-checks.js'
import { DJANGO_SESSION_DEFAULTS } from '../sessions/settings.js'
import { startServer, type RunningServer } from '../server.js'
import { checkFileDirectory, fail, parseFlags, readStoreConfig } from './options.js'

interface StartOptions {
  host: string
  port: number
  settings: ReferenceSettings
}

async function readOptions(): Promise<StartOptions> {
  const values = parseFlags({
    port: { type: 'string', default: '8000' },
    host: { type: 'string', default: '127.0.0.1' },
    control: { type: 'boolean', default: false },
  })
  const portText = values.port as string
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) fail(`--port must be a number from 0 to 65535, not ${JSON.stringify(portText)}`)
  const { secretKey, session, stores } = readStoreConfig(values)
  await checkFileDirectory(stores)
  const settings: ReferenceSettings = { secretKey, enableControl: values.control === true, session, stores }
  return { host: values.host as string, port, settings }
}

function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `cannot listen on ${host}:${port}: the port is already in use`
  if (error.code === 'EACCES') return `cannot listen on ${host}:${port}: permission denied`
  return `cannot listen on ${host}:${port}: ${error.message}`
}

const options = await readOptions()
// Django runs its system checks when the server starts; so does the reference server, with the
// same deployment checks `sessionspec check` runs against any target (lib/checks).
const session = { ...DJANGO_SESSION_DEFAULTS, ...options.settings.session }
const findings = runDeploymentChecks({
  secretKey: options.settings.secretKey,
  sessionCookieSecure: session.sessionCookieSecure,
  sessionCookieHttpOnly: session.sessionCookieHttpOnly,
  sessionCookieSameSite: session.sessionCookieSameSite,
  sessionMiddleware: true,
})
process.stderr.write(`${formatChecks(findings)}\n`)
let server: RunningServer | undefined
// Registered before listening, so a signal that follows the ready line is never missed.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void (server?.close() ?? Promise.resolve()).then(() => process.exit(0))
  })
}
try {
  server = await startServer(options.settings, { host: options.host, port: options.port })
} catch (error) {
  fail(listenFailure(error as NodeJS.ErrnoException, options.host, options.port))
}
process.stdout.write(`sessionspec reference server listening on ${server.url}\n`)
process.stdout.write(`demo site: ${server.url}/demo/\n`)
