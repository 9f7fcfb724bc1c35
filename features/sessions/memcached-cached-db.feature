@area:sessions @engine:cached-db @capability:store-outage
Feature: How long memcached keeps a cached_db session's copy
  The cached_db engine writes each save through to its cache with the session's lifetime in
  seconds, so a copy on memcached goes when the session would, on memcached's own clock.
  Conforms to Django's cached_db engine ("Using cached sessions"), which sets the cache entry
  with get_expiry_age() as the timeout (077), and its memcached backends (topics/cache, "Memcached").

  Background:
    Given the server keeps its sessions in the cached_db engine with its cache on the harness's memcached

  Rule: memcached keeps a cached_db copy for the session's own lifetime

    # A copy written with no lifetime would stay for ever (until memcached evicts it); one past
    # 30 days is sent as the Unix time it ends at, as for the cache engine (SESS-OUT-027).
    @id:SESS-OUT-072 @spec:django-sessions-cached
    Scenario Outline: memcached keeps a cached_db copy for <lifetime>
      Given the visitor's session holds "cart" = "3 items"
      When the server sets the visitor's session to expire after a duration of <lifetime>
      Then the harness's memcached keeps the visitor's session for <lifetime>

      Examples:
        | lifetime |
        | 2 weeks  |
        | 400 days |
