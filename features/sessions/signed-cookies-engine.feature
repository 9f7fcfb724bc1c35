@area:sessions @per-engine @engine:signed-cookies @security
Feature: The signed-cookies session engine
  The signed-cookies engine keeps the whole session in the cookie, signed with the secret key
  but not encrypted. A cookie that does not verify, or is older than SESSION_COOKIE_AGE, is an
  empty session. The server keeps nothing, so a copied cookie stays valid until it is too old.
  Conforms to Django's cookie-based sessions (docs: topics/http/sessions,
  "Using cookie-based sessions").

  Rule: the cookie holds the signed session data

    # Byte equality, compressed payloads included: the reference compresses with pako, which
    # matches CPython's zlib byte for byte (Node's own zlib does not). A server whose zlib differs
    # fails here even though Django can still read its cookie; SESS-SGN-003 checks decoding.
    @id:SESS-SGN-001 @spec:django-sessions-cookie-based @profile:django
    Scenario: The cookie value is the session data signed as Django signs it
      When the server stores "k" = "v" in the visitor's session
      Then the session cookie holds {"k":"v"} signed by Django's session signer now

    @id:SESS-SGN-002 @spec:django-sessions-cookie-based @profile:django
    Scenario: The session data is readable, not encrypted
      When the server stores "note" = "visible" in the visitor's session
      Then the session cookie's payload shows "visible" to anyone who decodes it

  Rule: a cookie that does not verify is an empty session, re-signed when read

    @id:SESS-SGN-003 @spec:django-sessions-cookie-based @profile:django
    Scenario: A tampered session cookie is an empty session
      Given the visitor's session holds "role" = "user"
      And the visitor has changed the payload of the session cookie to say "role" = "admin"
      When the server reads "role" from the visitor's session
      Then the server finds no "role"

    @id:SESS-SGN-004 @spec:django-sessions-cookie-based @profile:django
    Scenario: Reading a tampered session cookie sends an empty signed session
      Given the visitor's browser holds the session cookie "eyJyb2xlIjoiYWRtaW4ifQ:1r31eq:forged"
      When the server reads "role" from the visitor's session
      Then the session cookie holds {} signed by Django's session signer now

  Rule: the server cannot revoke a signed-cookie session

    @id:SESS-SGN-005 @spec:django-sessions-cookie-based
    Scenario: A session cookie copied before logout still works when replayed
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And the visitor has logged out
      When the visitor comes back with the copied session cookie
      Then the server finds "user" = "alice"

    @id:SESS-SGN-006 @spec:django-sessions-cookie-based @clock
    Scenario: A session cookie older than the cookie age is an empty session
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "user"
