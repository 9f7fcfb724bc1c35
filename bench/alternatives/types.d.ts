// The few parts of untyped packages the benchmarks use.
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; max: number }
  export interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    non2xx: number
    errors: number
    timeouts: number
    duration: number
  }
  export interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string
    connections?: number
    duration?: number
  }
  export default function autocannon(options: Options): Promise<Result>
}

declare module 'session-file-store' {
  import type session from 'express-session'
  export default function fileStore(s: typeof session): new (options: { path: string; logFn?: (message: string) => void; retries?: number; ttl?: number }) => session.Store
}

declare module 'cookie-session' {
  import type { RequestHandler } from 'express'
  export default function cookieSession(options: { name?: string; keys: string[]; maxAge?: number }): RequestHandler
}
