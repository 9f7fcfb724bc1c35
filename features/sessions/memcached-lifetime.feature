@area:sessions @engine:cache @capability:store-outage
Feature: How long memcached keeps a session
  The cache engine on memcached gives each write the session's lifetime in seconds, which
  memcached counts on its own clock (a number up to 30 days is relative; above, it is a date).
  Conforms to Django's cache engine ("Using cached sessions"), which stores with
  get_expiry_age() as the timeout (074), and its memcached backends (topics/cache, "Memcached").

  Background:
    Given the server keeps its sessions in the cache engine on the harness's memcached

  Rule: memcached keeps a session for the session's own lifetime, however long

    # 30 days is the last lifetime memcached reads as seconds: sent as it stands, not as 0
    # (for ever) nor as a date. One second more (2592001 seconds) is sent as the Unix time it ends at (Django's
    # get_backend_timeout adds int(time.time())), not as 0; and a year and more is that far
    # off, not cut to 30 days.
    @id:SESS-OUT-027 @spec:django-sessions-cached
    Scenario Outline: memcached keeps a session that expires after <lifetime> as long
      Given the visitor's session holds "cart" = "3 items"
      When the server sets the visitor's session to expire after a duration of <lifetime>
      Then the harness's memcached keeps the visitor's session for <lifetime>

      Examples:
        | lifetime |
        | 2 weeks  |
        | 30 days  |
        | 2592001 seconds |
        | 400 days        |
