@area:sessions @per-engine @capability:store-outage
Feature: A value of another kind under a session's key in Redis
  Anyone who can write to the cache's Redis can leave a value that is not a string, a list say,
  where a session is kept. The cache engine reads it as no session, as it reads a value it
  cannot decode: an empty session, not a server error, and counting and purging the store pass
  over it. Conforms to Django's cache engine ("Using cached sessions"), whose load() reads the
  cache's error as no session.

  Background:
    Given the server keeps its sessions on the harness's Redis

  Rule: a list under a session's key is no session

    @id:SESS-OUT-019 @spec:django-sessions-cached @engine:cache
    Scenario: A session whose value became a list reads as empty
      Given the visitor's session holds "cart" = "3 items"
      And another program has put a list in place of the visitor's session in Redis
      When the server tries to read "cart" from the visitor's session
      Then the server finds no "cart"

    @id:SESS-OUT-020 @spec:django-sessions-cached @engine:cache
    Scenario: A change after the list is kept in a new session
      Given the visitor's session holds "cart" = "3 items"
      And another program has put a list in place of the visitor's session in Redis
      When the server stores "cart" = "again" in the visitor's session
      Then the visitor's next request finds "cart" = "again"

    @id:SESS-OUT-021 @spec:django-sessions-clearing-store @engine:cache @store-count @capability:purge
    Scenario: A purge and the store's count pass over the list
      Given the store holds 3 sessions that expire in an hour
      And the visitor's session holds "cart" = "3 items"
      And another program has put a list in place of the visitor's session in Redis
      When the expired sessions are purged
      Then the store holds 3 sessions
