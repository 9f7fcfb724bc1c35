@area:sessions @per-engine
Feature: Sessions in the local-memory cache
  The cache engine on Django's local-memory cache (LocMemCache) keeps at most 300 entries, one
  per session: a write that finds the cache full first culls a third of it, the least recently
  used entries first, and a session culled from the cache engine is gone. Conforms to Django's
  cache framework (docs: topics/cache, "Local-memory caching" and "Cache arguments":
  MAX_ENTRIES 300, CULL_FREQUENCY 3) and its cache session engine ("Using cached sessions").

  Rule: a cache of 300 sessions culls before it stores another

    # The visitor's entry is the oldest: the later sessions fill the cache to 299 and to 300
    # entries, and nothing is culled.
    @id:SESS-LMC-001 @spec:django-cache-local-memory @engine:cache @local-cache
    Scenario Outline: The visitor's session stays among <total> sessions
      Given the visitor's session holds "cart" = "3 items"
      And <others> other visitors have each stored a value in their session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

      Examples:
        | total | others |
        | 299   | 298    |
        | 300   | 299    |

    # The 300th other visitor's session finds 300 entries: the cull takes the oldest hundred,
    # the visitor's first.
    @id:SESS-LMC-002 @spec:django-cache-local-memory @engine:cache @local-cache
    Scenario: A session stored in a full cache culls the oldest one
      Given the visitor's session holds "cart" = "3 items"
      And 300 other visitors have each stored a value in their session
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: the cull takes the least recently used third of the cache

    # 99 older sessions and the visitor's make the hundred least recently used.
    @id:SESS-LMC-003 @spec:django-cache-local-memory @engine:cache @local-cache
    Scenario: The hundredth least recently used session is culled
      Given 99 other visitors have each stored a value in their session
      And the visitor's session holds "cart" = "3 items"
      And 201 other visitors have each stored a value in their session
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:SESS-LMC-004 @spec:django-cache-local-memory @engine:cache @local-cache
    Scenario: The 101st least recently used session outlives the cull
      Given 100 other visitors have each stored a value in their session
      And the visitor's session holds "cart" = "3 items"
      And 200 other visitors have each stored a value in their session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # Reading a session makes its entry the most recently used one, though nothing is written.
    @id:SESS-LMC-005 @spec:django-cache-local-memory @engine:cache @local-cache
    Scenario: A session read before the cull outlives it
      Given the visitor's session holds "cart" = "3 items"
      And 299 other visitors have each stored a value in their session
      And the server has read "cart" from the visitor's session
      And another visitor has stored a value in their session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # Django's cache culls whenever a write finds it full, even a write over an entry it holds:
    # saving one of 300 sessions again culls the least recently used hundred.
    @id:SESS-LMC-070 @spec:django-cache-local-memory @engine:cache @local-cache
    Scenario: A session saved again in a full cache culls the oldest one
      Given another visitor's session holds "cart" = "1 item"
      And the visitor's session holds "cart" = "3 items"
      And 298 other visitors have each stored a value in their session
      When the server stores "cart" = "4 items" in the visitor's session
      Then the other visitor's next request finds no "cart"

  Rule: the cache and cached-db engines keep their sessions in one local-memory cache

    # Both use the default cache: the cached-db engine's copies count towards the cull too.
    @id:SESS-LMC-006 @spec:django-cache-local-memory @engine:cache @local-cache @capability:settings
    Scenario: Sessions of the cached-db engine cull the cache engine's
      Given the visitor's session holds "cart" = "3 items"
      And the server's session engine has changed to cached-db
      And 300 other visitors have each stored a value in their session
      And the server's session engine has changed to cache
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"
