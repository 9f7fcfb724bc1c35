@area:sessions @capability:settings
Feature: Changing the session engine of a running site
  SESSION_ENGINE decides where sessions are kept. The database and cached-database engines
  keep them in the same table, django_session, so a session outlives a change between the two;
  the cache engine keeps them in the cache alone, so a change from the database to it leaves
  the visitor's session behind. Conforms to Django's session backends (docs:
  topics/http/sessions, "Configuring the session engine", "Using cached sessions").

  Rule: the database and cached-database engines share one table of sessions

    # cached_db saves through to django_session and reads it on a cache miss; the reference
    # server's two engines open one SQLite database for it (176).
    @id:SESS-SWI-001 @spec:django-sessions-cached-db
    Scenario: A session saved by the db engine is found by cached-db
      Given the server keeps sessions in the db engine
      And the visitor's session holds "cart" = "3 items"
      And the server's session engine has changed to cached-db
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:SESS-SWI-002 @spec:django-sessions-cached-db
    Scenario: A session saved by the cached-db engine is found by db
      Given the server keeps sessions in the cached-db engine
      And the visitor's session holds "cart" = "3 items"
      And the server's session engine has changed to db
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

  Rule: the cache engine does not read the database's sessions

    @id:SESS-SWI-003 @spec:django-sessions-configuring-engine
    Scenario: A session saved by the db engine is gone under the cache engine
      Given the server keeps sessions in the db engine
      And the visitor's session holds "cart" = "3 items"
      And the server's session engine has changed to cache
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: a session stays in the cache it was saved in

    # SESSION_ENGINE stays the cache engine while CACHES changes from the local-memory cache to
    # memcached: the session's entry is left behind in the cache it was written to.
    @id:SESS-SWI-004 @spec:django-sessions-cached
    Scenario: A session saved in the local-memory cache is gone under memcached
      Given the server keeps sessions in the cache engine
      And the visitor's session holds "cart" = "3 items"
      And the server's session cache has changed to memcached
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: cached-db reads its cache first and counts the rows

    # cached_db's exists() asks the cache before the database: a copy still in the cache
    # answers for a row the db engine has since deleted.
    @id:SESS-SWI-070 @spec:django-sessions-cached-db
    Scenario: A cached copy answers for a row the db engine deleted
      Given the server keeps sessions in the cached-db engine
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the server's session engine has changed to db
      And the visitor has logged out
      And the server's session engine has changed to cached-db
      And the visitor has come back with the copied session cookie
      When the server asks its store whether it holds the visitor's session key
      Then the server answers that its store holds the visitor's session key

    # The sessions are the rows of django_session, whether or not the cache holds a copy.
    @id:SESS-SWI-071 @spec:django-sessions-cached-db @store-count
    Scenario: The cached-db engine counts the sessions the db engine saved
      Given the server keeps sessions in the db engine
      And the visitor's session holds "cart" = "3 items"
      And another visitor's session holds "cart" = "1 item"
      And the server's session engine has changed to cached-db
      When the server handles a request that does not touch the session
      Then the store holds 2 sessions
