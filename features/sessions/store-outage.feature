@area:sessions @per-engine @capability:store-outage
Feature: A session store that goes down
  While the session store is down, a request that needs it fails with a server error that
  names nothing internal, and nothing the visitor holds is lost: once the store is back the
  session reads as before. cached_db reads and writes its database meanwhile. The project's
  reliability rules RL-04, RL-05 and RL-13 (docs/security-catalogue.md); Django's cache and
  cached_db engines ("Using cached sessions") meet them only in part, as each scenario says.

  Background:
    Given the server keeps its sessions on the harness's Redis

  Rule: a change the store cannot keep is a server error, and sets no cookie

    @id:SESS-OUT-001 @spec:security-rl-05 @engine:cache
    Scenario: A change while the store is down is answered with a server error
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with a server error

    @id:SESS-OUT-002 @spec:security-rl-05 @engine:cache
    Scenario: The failed change leaves the visitor's session cookie alone
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the response sets no session cookie

    @id:SESS-OUT-003 @spec:security-rl-05 @engine:cache
    Scenario: A new visitor gets no cookie for a session that was never stored
      Given the session store has gone down
      When the server tries to store "cart" = "3 items" in the visitor's session
      Then the response sets no session cookie

    @id:SESS-OUT-004 @spec:security-rl-05 @engine:cache
    Scenario: The server error names nothing internal
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the answer names nothing internal

    # Django answers every failure 500; the project answers a store that is down 503, which
    # tells a client or a load balancer that trying again later may succeed (RFC 9110 15.6.4).
    @id:SESS-OUT-005 @spec:security-rl-05 @engine:cache
    Scenario: A store that is down is answered as a service unavailable
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with status 503

  Rule: a read the store cannot answer is a server error, never an empty session

    # Django's cache engine reads a load error as no session, and so deletes the cookie.
    @id:SESS-OUT-006 @spec:security-rl-04 @engine:cache
    Scenario: A read while the store is down is answered with a server error
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to read "cart" from the visitor's session
      Then the server answers with a server error

    @id:SESS-OUT-007 @spec:security-rl-04 @engine:cache
    Scenario: A read while the store is down leaves the session cookie alone
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to read "cart" from the visitor's session
      Then the response sets no session cookie

  Rule: cached_db reads and writes its database while its cache is down

    # Django 5.2's cached_db logs a cache error on save (since 5.1) but not when load()
    # puts the row back in the cache, so its read fails with a 500.
    @id:SESS-OUT-008 @spec:security-rl-04 @spec:django-sessions-cached-db @engine:cached-db
    Scenario: A read while the cache is down finds the session in the database
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to read "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:SESS-OUT-009 @spec:security-rl-05 @spec:django-sessions-cached-db @engine:cached-db
    Scenario: A change while the cache is down is kept in the database
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      And the server has tried to store "cart" = "changed" in the visitor's session
      When the server tries to read "cart" from the visitor's session
      Then the server finds "cart" = "changed"

    # Django's cached_db deletes the row and then the cache entry (191): a cache that cannot
    # delete fails the logout, but the row is gone, so no read through the database finds it.
    @id:SESS-OUT-024 @spec:security-rl-05 @spec:django-sessions-cached-db @engine:cached-db
    Scenario: A logout while the cache is down leaves no session in the database
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      And the visitor has tried to log out
      When the server tries to read "cart" from the visitor's session
      Then the server finds no "cart"

    # ST-06: the cache entry must go too, or the cache keeps serving the session; a cache that
    # cannot delete fails the logout (Django's cached_db lets the cache's error through: 500).
    @id:SESS-OUT-025 @spec:security-rl-05 @spec:django-sessions-cached-db @engine:cached-db
    Scenario: A logout while the cache is down is answered with a server error
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the visitor tries to log out
      Then the server answers with a server error

  Rule: a Redis that stops answering is a store that is down

    # The harness pauses its Redis: the connection the server holds stays open and nothing is
    # answered, so the request waits for the client's own timeout (one second on the reference and Django's adapter).
    @id:SESS-OUT-028 @spec:security-rl-05 @engine:cache
    Scenario: A change while Redis does not answer is a service unavailable
      Given the visitor's session holds "cart" = "3 items"
      And the session store has stopped answering
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with status 503

    @id:SESS-OUT-029 @spec:security-rl-04 @engine:cache
    Scenario: A read while Redis does not answer leaves the cookie alone
      Given the visitor's session holds "cart" = "3 items"
      And the session store has stopped answering
      When the server tries to read "cart" from the visitor's session
      Then the response sets no session cookie

    # Redis goes down and comes back frozen: the server's client reconnects, is accepted, and
    # never gets an answer, so the request waits for the server's own deadline on the connection.
    @id:SESS-OUT-030 @spec:security-rl-05 @engine:cache
    Scenario: A change while a restarted Redis never answers is unavailable
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      And the session store has come back without answering
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with status 503

    @id:SESS-OUT-031 @spec:security-rl-04 @engine:cache
    Scenario: A read while a restarted Redis never answers keeps the cookie
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      And the session store has come back without answering
      When the server tries to read "cart" from the visitor's session
      Then the response sets no session cookie

  Rule: once the store is back, the session reads as before the outage

    # The harness's Redis answers again before the read: a server error then is the server
    # failing to reconnect, not a store that is missing.

    @id:SESS-OUT-010 @spec:security-rl-13 @engine:cache
    Scenario: After a change that failed the session reads as before
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      And the server has tried to store "cart" = "changed" in the visitor's session
      And the session store has come back
      When the server tries to read "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:SESS-OUT-011 @spec:security-rl-13 @engine:cache @engine:cached-db
    Scenario: After a read during the outage the session reads as before
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      And the server has tried to read "cart" from the visitor's session
      And the session store has come back
      When the server tries to read "cart" from the visitor's session
      Then the server finds "cart" = "3 items"
