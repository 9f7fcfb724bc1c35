/** A signed value whose signature does not verify (catalogue 030, 151). */
export class BadSignature extends Error {
  override name = 'BadSignature'
}

/** A valid signature older than the accepted age; a kind of BadSignature as in Django (031). */
export class SignatureExpired extends BadSignature {
  override name = 'SignatureExpired'
}

/** A hash name the signer does not offer (149: Django raises InvalidAlgorithm). */
export class InvalidAlgorithm extends Error {
  override name = 'InvalidAlgorithm'
}
