import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReference, type ReferenceSettings } from './app.js'

export interface ListenOptions {
  host?: string
  /** 0 picks a free port. */
  port?: number
}

export interface RunningServer {
  url: string
  port: number
  /** Stops listening, ends every open connection, then closes the session engines. */
  close(): Promise<void>
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

export async function startServer(settings: ReferenceSettings, listen: ListenOptions = {}): Promise<RunningServer> {
  const host = listen.host ?? '127.0.0.1'
  const reference = createReference(settings)
  const server = createServer(reference.handle)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listen.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch(async (error: unknown) => {
    await reference.close()
    throw error
  })
  const { port } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }).then(() => reference.close())
    return closing
  }
  return { url: `http://${urlHost(host)}:${port}`, port, close }
}
