// The secret key and the moment at which the literal vectors of the features were captured
// from real Django 5.2.17 (adapters/django/capture_vectors.py holds the same two; see
// docs/django-vectors.md). A vector is only meaningful for a target that signs with this key.

export const VECTOR_SECRET_KEY = 'django-insecure-conformance-key'

/** Unix seconds; base62 "2BLnMW", the timestamp inside every vector. */
export const VECTOR_MOMENT = 2_000_000_000
