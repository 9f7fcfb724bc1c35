@area:sessions @per-engine @capability:store-outage
Feature: How long Redis keeps a session
  The cache engine gives Redis the session's lifetime in seconds with each write, so Redis lets
  the entry go on its own clock when the session expires. Conforms to Django's cache and
  cached_db engines ("Using cached sessions"), which store with get_expiry_age() as the timeout (074).

  Background:
    Given the server keeps its sessions on the harness's Redis

  Rule: a new session is kept in Redis for SESSION_COOKIE_AGE

    # Read with Redis's TTL: a lifetime given in milliseconds, or none, keeps the session for
    # another time than the cookie's, which no clock of the scenario can move. The Background
    # has just used the harness's Redis, so a server error here is the server failing to use
    # it again, and leaves no session for the Then to find.
    @id:SESS-OUT-026 @spec:django-sessions-cached @engine:cache @engine:cached-db
    Scenario: Redis keeps a new session for two weeks of its own time
      When the server tries to store "cart" = "3 items" in the visitor's session
      Then the harness's Redis keeps the visitor's session for 2 weeks

    # A save over a session already in Redis gives it the session's lifetime again, in seconds.
    @id:SESS-OUT-070 @spec:django-sessions-cached @engine:cache @engine:cached-db
    Scenario: Redis keeps a session saved again for two weeks
      Given the visitor's session holds "cart" = "3 items"
      When the server tries to store "cart" = "4 items" in the visitor's session
      Then the harness's Redis keeps the visitor's session for 2 weeks

    # Django hands the cache int(get_expiry_age()): two weeks and 0.6 seconds are kept for
    # 1209600 seconds, counted down, not rounded up.
    @id:SESS-OUT-071 @spec:django-sessions-cached @engine:cache @engine:cached-db
    Scenario: Redis keeps a session for the whole seconds of its lifetime
      Given the visitor's session holds "cart" = "3 items"
      When the server sets the visitor's session to expire after a duration of 1209600.6 seconds
      Then the harness's Redis keeps the visitor's session for 1209600 seconds
