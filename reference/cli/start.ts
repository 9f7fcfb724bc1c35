// sessionspec reference server: node --import tsx reference/cli/start.ts [--port N] [--host H] [--control] [--secret-key K]
import { parseArgs } from 'node:util'
import { startServer, type RunningServer } from '../server.js'

const DEFAULT_SECRET_KEY = 'django-insecure-conformance-key'

function fail(message: string): never {
  process.stderr.write(`sessionspec: ${message}\n`)
  process.exit(2)
}

function readOptions(): { host: string; port: number; control: boolean; secretKey: string } {
  let values
  try {
    values = parseArgs({
      options: {
        port: { type: 'string', default: '8000' },
        host: { type: 'string', default: '127.0.0.1' },
        control: { type: 'boolean', default: false },
        'secret-key': { type: 'string' },
      },
    }).values
  } catch (error) {
    fail((error as Error).message.split('\n')[0])
  }
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}`)
  const secretKey = values['secret-key'] ?? process.env.SESSIONSPEC_SECRET_KEY ?? DEFAULT_SECRET_KEY
  if (secretKey === '') fail('the secret key must not be empty')
  return { host: values.host, port, control: values.control, secretKey }
}

function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `cannot listen on ${host}:${port}: the port is already in use`
  if (error.code === 'EACCES') return `cannot listen on ${host}:${port}: permission denied`
  return `cannot listen on ${host}:${port}: ${error.message}`
}

const options = readOptions()
let server: RunningServer | undefined
// Registered before listening, so a signal that follows the ready line is never missed.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void (server?.close() ?? Promise.resolve()).then(() => process.exit(0))
  })
}
try {
  server = await startServer(
    { secretKey: options.secretKey, enableControl: options.control },
    { host: options.host, port: options.port },
  )
} catch (error) {
  fail(listenFailure(error as NodeJS.ErrnoException, options.host, options.port))
}
process.stdout.write(`sessionspec reference server listening on ${server.url}\n`)
