@area:interop @interop @capability:peer @shared-store @profile:django @per-engine @engine:db
Feature: One session table for two servers
  Two servers whose db engines share one django_session table and one SECRET_KEY keep a
  visitor's session together: a row one server saves is read, expired and purged by the other
  by its expire_date. Sessions in memcached are not shared here: Django pickles cache entries,
  which a server in another language cannot read. Conforms to Django's database-backed
  sessions (docs: topics/http/sessions, "Using database-backed sessions").

  Rule: a session row saved by one server is read by the other

    @id:IOP-TBL-001 @spec:django-sessions-database-backed
    Scenario: The peer server reads a session the server saved
      Given the visitor's session holds "cart" = "3 items"
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-TBL-002 @spec:django-sessions-database-backed
    Scenario: The server reads a session the peer server saved
      Given the peer server has stored "cart" = "3 items" in the visitor's session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:IOP-TBL-003 @spec:django-sessions-flush
    Scenario: Logging out on the peer server ends the session on the server
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And the visitor has logged out on the peer server
      When the visitor comes back with the copied session cookie
      Then the server finds no "user"

  Rule: both servers read the expire_date the other wrote

    @id:IOP-TBL-004 @spec:django-sessions-browser-length-vs-persistent @clock @capability:settings
    Scenario: The peer server reads a row before its expire_date
      Given sessions expire when the browser closes
      And the visitor's session holds "cart" = "3 items"
      And 13 days have passed
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-TBL-005 @spec:django-sessions-browser-length-vs-persistent @clock @capability:settings
    Scenario: The peer server finds nothing in a row past its expire_date
      Given sessions expire when the browser closes
      And the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds no "cart"

    # At the second of expiry the two dates share their day, where text that differs only in
    # its separator ("T" for " ") still compares as a later instant in SQLite (Django's
    # str(datetime), catalogue 194).
    @id:IOP-TBL-008 @spec:django-sessions-browser-length-vs-persistent @clock @capability:settings
    Scenario: The peer server reads a row a second before its expire_date
      Given sessions expire when the browser closes
      And the visitor's session holds "cart" = "3 items"
      And 1209599 seconds have passed
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-TBL-009 @spec:django-sessions-browser-length-vs-persistent @clock @capability:settings
    Scenario Outline: The peer server finds nothing in a row <elapsed> after its save
      Given sessions expire when the browser closes
      And the visitor's session holds "cart" = "3 items"
      And <elapsed> have passed
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds no "cart"

      Examples:
        | elapsed         |
        | 1209600 seconds |
        | 1209601 seconds |

    @id:IOP-TBL-006 @spec:django-sessions-clearing-store @clock
    Scenario: The peer server purges a row the server saved once it expired
      Given the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the peer server purges the expired sessions
      Then the purge succeeds, removing 1 session

    @id:IOP-TBL-007 @spec:django-sessions-clearing-store @clock
    Scenario: The server purges a row the peer server saved once it expired
      Given the peer server has stored "cart" = "3 items" in the visitor's session
      And 15 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session
