export { checkPayloadText, inflateBounded, jsonTextDepth, MAX_NESTING_DEPTH, MAX_PAYLOAD_BYTES, PayloadRefused, valueDepth } from './bounds.js'
export { decodeBase62, encodeBase62 } from './base62.js'
export { decodeBase64Url, encodeBase64Url } from './base64url.js'
export { cookieSignerKey, cookieSignerSalt, getCookieSigner, legacyCookieSignerSalt, type CookieSignerOptions } from './cookie-signer.js'
export {
  decodePayload, decodePayloadText, dumps, encodePayload, signObject, type DumpsOptions, type PayloadEncoding,
} from './dumps.js'
export { BadSignature, InvalidAlgorithm, SignatureExpired } from './errors.js'
export { pythonNumberRepr, quotePythonString, toPythonJson } from './python-json.js'
export { deriveKey, forgetDerivedKeys, saltedHmac, type SigningAlgorithm, type SigningKey } from './salted-hmac.js'
export { constantTimeEquals, Signer, TimestampSigner, type AgeCheck, type SignerOptions } from './signer.js'
