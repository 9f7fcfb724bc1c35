@area:interop @interop @capability:peer @profile:django
Feature: Signed values across servers that share a secret
  Two servers with the same SECRET_KEY accept each other's signed cookies, messages cookies and
  signed-cookie sessions: the visitor's browser carries them from one server to the other, since
  cookies do not isolate ports (RFC 6265bis section 8.5). Conforms to Django's signing (docs:
  topics/signing), get_signed_cookie, CookieStorage and the signed_cookies session engine.

  Rule: a signed cookie set by one server verifies on the other

    @id:IOP-SEC-001 @spec:django-httprequest-get-signed-cookie
    Scenario: The peer server reads a signed cookie the server set
      Given the server has set the signed cookie "color" to "blue"
      When the peer server reads the signed cookie "color"
      Then the peer server reads the signed value "blue"

    @id:IOP-SEC-002 @spec:django-httprequest-get-signed-cookie
    Scenario: The server reads a signed cookie the peer server set
      Given the peer server has set the signed cookie "color" to "blue"
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

    @id:IOP-SEC-003 @spec:django-httprequest-get-signed-cookie
    Scenario: The peer server refuses a cookie signed with another salt
      Given the server has set the signed cookie "color" to "blue" with the salt "theme"
      When the peer server reads the signed cookie "color"
      Then the peer server finds no valid signed cookie because its signature is bad

    @id:IOP-SEC-004 @spec:django-signing-timestampsigner @clock
    Scenario: The server measures the peer's signature age on the shared clock
      Given the peer server has set the signed cookie "color" to "blue"
      And 2 hours have passed
      When the server reads the signed cookie "color" with a max age of 1 hour
      Then the server finds no valid signed cookie because it has expired

  Rule: a messages cookie written by one server is shown by the other

    @id:IOP-SEC-005 @spec:django-messages-storage-backends @per-storage @storage:cookie
    Scenario: The peer server shows a message the server added
      Given the server has added an info message "Saved"
      When the visitor views the next page on the peer server
      Then the visitor sees one message "Saved" at level 20 with the tags "info"

    @id:IOP-SEC-006 @spec:django-messages-storage-backends @per-storage @storage:cookie
    Scenario: The server shows a message the peer server added
      Given the peer server has added a warning message "Careful"
      When the visitor views the next page
      Then the visitor sees one message "Careful" at level 30 with the tags "warning"

  Rule: a signed-cookie session written by one server is read by the other

    @id:IOP-SEC-007 @spec:django-sessions-cookie-based @per-engine @engine:signed-cookies
    Scenario: The peer server reads a session the server signed
      Given the visitor's session holds "cart" = "3 items"
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-SEC-008 @spec:django-sessions-cookie-based @per-engine @engine:signed-cookies
    Scenario: The server reads a session the peer server signed
      Given the peer server has stored "cart" = "3 items" in the visitor's session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"
