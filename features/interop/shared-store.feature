@area:interop @interop @capability:peer @shared-store @per-engine
Feature: Two server processes that share one session store
  Two processes of one deployment, with one secret and one store (one database, one session
  directory, one Redis or memcached key prefix; signed-cookie sessions need only the secret), are
  one server to the visitor: a session one writes, the other reads, changes, cycles and ends, and
  a purge either runs cleans up after both.
  Conforms to Django's session engines (docs: topics/http/sessions, "Configuring the session engine").

  Rule: a session written through one process is read and changed through the other

    @id:IOP-SHR-001 @spec:django-sessions-configuring-engine
    Scenario: The peer server reads a session the server wrote
      Given the visitor's session holds "cart" = "3 items"
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-SHR-002 @spec:django-sessions-configuring-engine
    Scenario: The server reads a change the peer server made
      Given the visitor's session holds "user" = "alice"
      And the peer server has stored "cart" = "4 items" in the visitor's session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "4 items"
      And the visitor's next request finds "user" = "alice"

  Rule: logging out or cycling the key through one process holds for the other

    @id:IOP-SHR-003 @spec:django-sessions-flush @server-side-engine
    Scenario: Logging out on the peer server ends the session on the server
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And the visitor has logged out on the peer server
      When the visitor comes back with the copied session cookie
      Then the server finds no "user"

    @id:IOP-SHR-004 @spec:django-sessions-cycle-key
    Scenario: The peer server reads a session under the key the server cycled
      Given the visitor's session holds "cart" = "3 items"
      And the server has cycled the visitor's session key
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-SHR-005 @spec:django-sessions-cycle-key @server-side-engine
    Scenario: The key from before a cycle on the peer server opens nothing
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the peer server has cycled the visitor's session key
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

  Rule: both processes judge expiry by what the other stored

    @id:IOP-SHR-006 @spec:django-sessions-browser-length-vs-persistent @clock
    Scenario: The peer server reads a session the day before it expires
      Given the visitor's session holds "cart" = "3 items"
      And 13 days have passed
      When the peer server reads "cart" from the visitor's session
      Then the peer server finds "cart" = "3 items"

    @id:IOP-SHR-007 @spec:django-sessions-browser-length-vs-persistent @clock
    Scenario: A session the peer server saved lasts from that save on the server
      Given the visitor's session holds "cart" = "3 items"
      And 13 days have passed
      And the peer server has stored "cart" = "4 items" in the visitor's session
      And another 2 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "4 items"

  Rule: a purge run by one process removes what the other stored once it expired, and keeps what is live

    @id:IOP-SHR-008 @spec:django-sessions-clearing-store @clock @capability:purge @capability:store-inspection @engine:db @engine:cached-db @engine:file
    Scenario: The server purges a session the peer server stored once it expired
      Given the peer server has stored "cart" = "3 items" in the visitor's session
      And 15 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session
      And the store no longer holds the visitor's session

    @id:IOP-SHR-009 @spec:django-sessions-clearing-store @clock @capability:purge @engine:db @engine:cached-db @engine:file
    Scenario: A purge on the peer server keeps the live session the server stored
      Given the visitor's session holds "cart" = "3 items"
      And the store holds 2 sessions that expired an hour ago
      When the peer server purges the expired sessions
      Then the purge succeeds, removing 2 sessions
      And the visitor's next request finds "cart" = "3 items"
