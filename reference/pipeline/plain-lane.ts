// Nearly every request to the fixture and control APIs is the same plain shape: a POST of a
// small JSON body to one known operation. Express spends more CPU on such a request (its router,
// body-parser, res.json, prototypes swapped on every request) than the operation does, so those
// requests are answered here, with the same OperationService, byte for byte as Express answers
// them (test/plain-lane.test.ts compares the two). Whatever this lane does not recognise from
// the request line and headers alone goes to Express untouched: another method, a query, an
// escaped or unknown name, a body that is chunked, encoded, large or of another type.
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { StringDecoder } from 'node:string_decoder'
import { errorReply, type OperationReply, type OperationService } from './operation-service.js'

/** body-parser's default limit (100kb); larger bodies are Express's, which answers 413. */
export const PLAIN_BODY_LIMIT = 102400
/** Names Express's `/:operation` reads back unchanged: no "%", "/", "?" or anything to decode. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9.]*$/
const DECIMAL = /^[0-9]+$/
/** body-parser's strict mode: after JSON whitespace, the first character opens an object or a list. */
const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/

export interface PlainRoute {
  /** Where Express mounts the service's router, e.g. /__sessionspec/fixture. */
  base: string
  service: OperationService
}

/** The service and operation of a request this lane answers, or undefined for Express. */
function recognise(req: IncomingMessage, routes: readonly PlainRoute[]): { service: OperationService; name: string } | undefined {
  if (req.method !== 'POST') return undefined
  const { headers } = req
  // body-parser reads these bodies as UTF-8 text without inflating or decoding anything else.
  if (headers['transfer-encoding'] !== undefined || headers['content-encoding'] !== undefined) return undefined
  const type = headers['content-type']
  if (type !== undefined && type !== 'application/json') return undefined
  const length = headers['content-length']
  if (length === undefined || !DECIMAL.test(length) || Number(length) > PLAIN_BODY_LIMIT) return undefined
  const url = req.url ?? ''
  for (const route of routes) {
    if (url.length <= route.base.length + 1 || !url.startsWith(route.base) || url[route.base.length] !== '/') continue
    const name = url.slice(route.base.length + 1)
    return PLAIN_NAME.test(name) && route.service.has(name) ? { service: route.service, name } : undefined
  }
  return undefined
}

/** What body-parser's json() makes of the body's bytes: UTF-8 through a StringDecoder (iconv-lite's
 * internal codec) with a leading BOM dropped, {} for nothing, and a SyntaxError for anything but
 * an object or list. */
export function parsePlainBody(bytes: Buffer): unknown {
  const decoder = new StringDecoder('utf8')
  let text = decoder.write(bytes) + decoder.end()
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  if (text.length === 0) return {}
  if (text[0] !== '{' && text[0] !== '[') {
    const first = FIRST_NON_WHITESPACE.exec(text)?.[1]
    if (first !== '{' && first !== '[') throw new SyntaxError('the body is neither a JSON object nor a list')
  }
  return JSON.parse(text)
}

/** res.status(code) of Express 5, which refuses what is not a status before Node would. */
function setStatus(res: ServerResponse, status: number): void {
  if (!Number.isInteger(status)) throw new TypeError(`Invalid status code: ${JSON.stringify(status)}. Status code must be an integer.`)
  if (status < 100 || status > 999) throw new RangeError(`Invalid status code: ${JSON.stringify(status)}. Status code must be greater than 99 and less than 1000.`)
  res.statusCode = status
}

/** res.json(body) of Express 5 for a POST: JSON.stringify, Content-Type with its charset,
 * Content-Length and the weak ETag of the `etag` package, then what res.send does to 204, 205
 * and 304. No operation sets Content-Type itself (res.send would add its charset). */
function writeJson(res: ServerResponse, body: unknown): void {
  let text = JSON.stringify(body) as string | undefined
  if (res.getHeader('Content-Type') === undefined) res.setHeader('Content-Type', 'application/json; charset=utf-8')
  if (text !== undefined) {
    const length = Buffer.byteLength(text, 'utf8')
    const etag = res.getHeader('ETag') === undefined
    if (res.getHeader('Transfer-Encoding') === undefined) res.setHeader('Content-Length', String(length))
    if (etag) res.setHeader('ETag', `W/"${length.toString(16)}-${createHash('sha1').update(text, 'utf8').digest('base64').substring(0, 27)}"`)
  }
  if (res.statusCode === 204 || res.statusCode === 304) {
    for (const header of ['Content-Type', 'Content-Length', 'Transfer-Encoding']) res.removeHeader(header)
    text = ''
  }
  if (res.statusCode === 205) {
    res.setHeader('Content-Length', '0')
    res.removeHeader('Transfer-Encoding')
    text = ''
  }
  // A Buffer, as Express's res.send makes one: Node writes the head in Latin-1 on its own (a
  // string body would be sent in one write with the head, the head encoded as UTF-8).
  res.end(text === undefined ? undefined : Buffer.from(text, 'utf8'))
}

function writeReply(res: ServerResponse, reply: OperationReply): void {
  setStatus(res, reply.status)
  for (const [header, value] of reply.headers) res.setHeader(header, value)
  if (reply.setCookieLines.length > 0) res.setHeader('Set-Cookie', reply.setCookieLines)
  writeJson(res, reply.body)
}

function writeError(res: ServerResponse, error: unknown): void {
  // As Express's final handler does once the head has gone: the answer cannot be corrected.
  if (res.headersSent) {
    res.destroy()
    return
  }
  const reply = errorReply(error)
  setStatus(res, reply.status)
  writeJson(res, reply.body)
}

async function answer(service: OperationService, name: string, req: IncomingMessage, res: ServerResponse, bytes: Buffer): Promise<void> {
  let rawBody: unknown
  try {
    rawBody = parsePlainBody(bytes)
  } catch {
    writeError(res, Object.assign(new SyntaxError('the body is not JSON'), { status: 400, type: 'entity.parse.failed' }))
    return
  }
  try {
    writeReply(res, await service.run(name, req, rawBody))
  } catch (error) {
    writeError(res, error)
  }
}

/** A request handler that answers the plain requests of these routes and returns true, or returns false and leaves the request alone. */
export function createPlainLane(routes: readonly PlainRoute[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const target = recognise(req, routes)
    if (target === undefined) return false
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    // An aborted request gets no answer: there is nobody left to read it. Writing an answer
    // cannot fail but on a broken connection, which is then closed, as Express's final handler does.
    req.on('end', () => {
      answer(target.service, target.name, req, res, Buffer.concat(chunks)).catch(() => res.destroy())
    })
    return true
  }
}
