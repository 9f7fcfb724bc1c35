// The parts of pako's zlib port (pako/lib/zlib/*, listed in pako's package exports) that
// zlib-deflate.ts uses; @types/pako describes only the high-level API.
declare module 'pako/lib/zlib/deflate.js' {
  const deflate: {
    deflateInit2(strm: object, level: number, method: number, windowBits: number, memLevel: number, strategy: number, legacyHash?: boolean): number
    deflateResetKeep(strm: object): number
    deflate(strm: object, flush: number): number
  }
  export default deflate
}

declare module 'pako/lib/zlib/zstream.js' {
  const ZStream: new () => object
  export default ZStream
}
