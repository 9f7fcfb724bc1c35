@area:sessions @engine:cache @capability:store-outage
Feature: A memcached session store that goes down
  The cache engine on memcached, while memcached is down: a request that needs the session
  fails with a server error that names nothing internal and changes no cookie. The project's
  reliability rules RL-04 and RL-05 (docs/security-catalogue.md); Django's cache engine ("Using
  cached sessions") meets them only in part, as each scenario says.

  Background:
    Given the server keeps its sessions in the cache engine on the harness's memcached

  Rule: a change memcached cannot keep is a server error, and sets no cookie

    @id:SESS-OUT-012 @spec:security-rl-05
    Scenario: A change while memcached is down is answered with a server error
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with a server error

    @id:SESS-OUT-013 @spec:security-rl-05
    Scenario: The failed change leaves the visitor's session cookie alone
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the response sets no session cookie

    @id:SESS-OUT-014 @spec:security-rl-05
    Scenario: A new visitor gets no cookie while memcached is down
      Given the session store has gone down
      When the server tries to store "cart" = "3 items" in the visitor's session
      Then the response sets no session cookie

    @id:SESS-OUT-015 @spec:security-rl-05
    Scenario: The server error names nothing internal
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the answer names nothing internal

    # Django answers every failure 500; the project answers a store that is down 503 (RFC 9110 15.6.4).
    @id:SESS-OUT-016 @spec:security-rl-05
    Scenario: memcached down is answered as a service unavailable
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with status 503

  Rule: a memcached that stops answering is a store that is down

    # The harness pauses its memcached: connections are accepted and nothing is answered, so the
    # request waits for the client's own timeout (a second on the reference server).
    @id:SESS-OUT-022 @spec:security-rl-05
    Scenario: A change while memcached does not answer is a service unavailable
      Given the visitor's session holds "cart" = "3 items"
      And the session store has stopped answering
      When the server tries to store "cart" = "changed" in the visitor's session
      Then the server answers with status 503

    @id:SESS-OUT-023 @spec:security-rl-04
    Scenario: A read while memcached does not answer leaves the cookie alone
      Given the visitor's session holds "cart" = "3 items"
      And the session store has stopped answering
      When the server tries to read "cart" from the visitor's session
      Then the response sets no session cookie

  Rule: a read memcached cannot answer is a server error, never an empty session

    # Django's cache engine reads a load error as no session, and so deletes the cookie.
    @id:SESS-OUT-017 @spec:security-rl-04
    Scenario: A read while memcached is down is answered with a server error
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to read "cart" from the visitor's session
      Then the server answers with a server error

    @id:SESS-OUT-018 @spec:security-rl-04
    Scenario: A read while memcached is down leaves the session cookie alone
      Given the visitor's session holds "cart" = "3 items"
      And the session store has gone down
      When the server tries to read "cart" from the visitor's session
      Then the response sets no session cookie
