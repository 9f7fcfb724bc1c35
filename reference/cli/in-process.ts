// The reference server started inside the caller's process, from the same flags as start.ts:
// the harness's in-process start (targets/reference.yaml, start.inProcess). The same app with
// the same settings, listening on a loopback port, without a Node process of its own to start.
import { parseArgs } from 'node:util'
import { sendLogLinesTo } from '../log-sink.js'
import { startServer } from '../server.js'
import { STORE_FLAGS, checkFileDirectory, readStoreConfig } from './options.js'

export interface InProcessServer {
  url: string
  close(): Promise<void>
}

/** args: start.ts's flags (--port 0 picks a free port); env: what the target adds to the process's. */
export async function startInProcess(args: string[], env: Record<string, string> = {}): Promise<InProcessServer> {
  const { values } = parseArgs({
    args,
    options: {
      ...STORE_FLAGS,
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      control: { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`--port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}`)
  const environment = { ...process.env, ...env }
  // The harness's run names a file for the server's log (SESSIONSPEC_SERVER_LOG, the report
  // folder's server.log): the lines then stay out of the run's console.
  if (environment.SESSIONSPEC_SERVER_LOG) sendLogLinesTo(environment.SESSIONSPEC_SERVER_LOG)
  const { secretKey, session, stores } = readStoreConfig(values, environment)
  await checkFileDirectory(stores)
  const server = await startServer({ secretKey, enableControl: values.control === true, session, stores }, { host: values.host, port })
  return { url: server.url, close: () => server.close() }
}
