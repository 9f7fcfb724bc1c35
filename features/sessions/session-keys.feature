@area:sessions @per-engine @security
Feature: Session keys
  A session key is made by the server from a secure random source, and a key presented by a
  browser is only ever used to look a session up: an unknown key is never adopted, so an
  attacker cannot fix a victim's session. Conforms to Django's session framework (docs:
  topics/http/sessions, "Session security") and OWASP's strict-mode session handling.

  Rule: the server makes keys of 32 lowercase letters and digits

    @id:SESS-KEY-001 @spec:django-sessions-security @profile:django @server-side-engine
    Scenario: A new session key is 32 lowercase letters and digits
      When the server stores "cart" = "3 items" in the visitor's session
      Then the visitor's session key is 32 lowercase letters and digits

    @id:SESS-KEY-002 @spec:owasp-session-id-entropy @server-side-engine
    Scenario: Fifty new visitors get fifty different session keys
      When 50 new visitors each store a value in their session
      Then all 50 session keys are different

  Rule: a new key is never one the store already holds

    # The server's next key is made to come out as one in use (capability key-drawing: the
    # reference sets it aside, Django's adapter hands it to get_random_string once), as a random
    # draw would once in a very long while. Django draws again until the store has no such key (061).
    @id:SESS-KEY-024 @spec:django-sessions-security @server-side-engine @capability:key-drawing
    Scenario: A new visitor never gets the key of a session in use
      Given another visitor's session holds "cart" = "3 items"
      And the server's next new key is the other visitor's session key
      When the server stores "cart" = "1 item" in the visitor's session
      Then the other visitor's next request finds "cart" = "3 items"

    @id:SESS-KEY-025 @spec:django-sessions-security @server-side-engine @capability:key-drawing
    Scenario: A new visitor's key drawn twice still gets its own session
      Given another visitor's session holds "cart" = "3 items"
      And the server's next new key is the other visitor's session key
      When the server stores "cart" = "1 item" in the visitor's session
      Then the visitor's next request finds "cart" = "1 item"

    @id:SESS-KEY-026 @spec:django-sessions-cycle-key @server-side-engine @capability:key-drawing
    Scenario: Cycling the key draws again past the key it replaces
      Given the visitor's session holds "cart" = "3 items"
      And the server's next new key is the visitor's session key
      When the server cycles the visitor's session key
      Then the response sets a new session cookie

    @id:SESS-KEY-027 @spec:django-sessions-cycle-key @server-side-engine @capability:key-drawing
    Scenario: A cycle that drew the old key again keeps the session
      Given the visitor's session holds "cart" = "3 items"
      And the server's next new key is the visitor's session key
      When the server cycles the visitor's session key
      Then the visitor's next request finds "cart" = "3 items"

    # A key still held by an expired record (not purged yet) is taken: the INSERT fails and the
    # server draws again (071), so the other visitor's cookie never reaches the new session.
    @id:SESS-KEY-028 @spec:django-sessions-security @server-side-engine @capability:key-drawing @capability:settings @clock @engine:memory @engine:db @engine:file @engine:cached-db
    Scenario: A new visitor never gets the key of an expired session
      Given sessions expire when the browser closes
      And another visitor's session holds "cart" = "3 items"
      And 15 days have passed
      And the server's next new key is the other visitor's session key
      When the server stores "cart" = "1 item" in the visitor's session
      Then the other visitor's next request finds no "cart"

    # A cache, unlike a table or a directory, no longer holds an expired session: Django's
    # cache.add() takes the expired key's place (locmem) or finds it gone (Redis, memcached), so a
    # new session may be drawn under it, and a copy of the old cookie then meets the new session.
    @id:SESS-KEY-042 @spec:django-sessions-security @capability:key-drawing @capability:settings @clock @engine:cache
    Scenario: A new visitor may get the key of an expired cached session
      Given sessions expire when the browser closes
      And another visitor's session holds "cart" = "3 items"
      And 15 days have passed
      And the server's next new key is the other visitor's session key
      When the server stores "cart" = "1 item" in the visitor's session
      Then the visitor's session key is the other visitor's
      And the other visitor's next request finds "cart" = "1 item"

  Rule: the store holds the key of every live session, and signed cookies have no store

    # SessionBase.exists(session_key), asked inside a request for the key the visitor's live
    # session arrived with. The signed-cookies engine keeps the session in the cookie itself, so
    # its exists() answers False for every key.
    @id:SESS-KEY-029 @spec:django-sessions-using-in-views @server-side-engine
    Scenario: The store holds the key of the visitor's live session
      Given the visitor's session holds "cart" = "3 items"
      When the server asks its store whether it holds the visitor's session key
      Then the server answers that its store holds the visitor's session key

    # exists() asks for the record, whatever its expiry: a session due to end in five minutes,
    # later the same day (the vectors' moment is 03:33:20 UTC), is as much in the store as one
    # of two weeks.
    @id:SESS-KEY-041 @spec:django-sessions-using-in-views @server-side-engine @clock
    Scenario: The store holds the key of a session ending in five minutes
      Given the clock is at the moment of the Django vectors
      And the server has set the visitor's session to expire after 300 seconds
      When the server asks its store whether it holds the visitor's session key
      Then the server answers that its store holds the visitor's session key

    @id:SESS-KEY-030 @spec:django-sessions-cookie-based @engine:signed-cookies
    Scenario: No store holds the key of a signed-cookie session
      Given the visitor's session holds "cart" = "3 items"
      When the server asks its store whether it holds the visitor's session key
      Then the server answers that no store holds the visitor's session key

  Rule: a key the server does not know is never adopted

    @id:SESS-KEY-003 @spec:django-sessions-security @server-side-engine @capability:store-inspection
    Scenario: Writing with an unknown key issues a new key
      Given the visitor's browser holds the session cookie "attackerchosen0123456789abcdef"
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets a new session cookie
      And the store holds no session under "attackerchosen0123456789abcdef"

    @id:SESS-KEY-004 @spec:django-sessions-security @server-side-engine
    Scenario: Reading with an unknown key deletes or replaces the cookie
      Given the visitor's browser holds the session cookie "attackerchosen0123456789abcdef"
      When the server reads "cart" from the visitor's session
      Then the response deletes the session cookie or replaces its key

    @id:SESS-KEY-005 @spec:django-sessions-security @server-side-engine @capability:store-inspection @store-count
    Scenario: Twenty reads with unknown keys store nothing
      When 20 visitors with unknown session keys read their sessions
      Then the store gained no session

    # The count the scenario above relies on, where it must change: one new session is one more.
    @id:SESS-KEY-022 @spec:django-sessions-security @server-side-engine @capability:store-inspection @store-count @clock
    Scenario: A new visitor's first write adds one session to the store
      Given the store holds 3 sessions that expire in an hour
      When the server stores "cart" = "3 items" in the visitor's session
      Then the store holds 4 sessions

    # A store may refuse so long a key (memcached takes at most 250 bytes, the cache's key prefix
    # included; a file name at most 255): the key is then no session, as Django reads a cache's
    # key error or a file it cannot open.
    @id:SESS-KEY-023 @spec:django-sessions-security @server-side-engine
    Scenario: Writing with an unknown key of 300 letters issues a new key
      Given the visitor's browser holds a session cookie of 300 lowercase letters
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets a new session cookie

    @id:SESS-KEY-006 @spec:django-sessions-security
    Scenario: An unknown key is not looked up as anything else
      Given the visitor's browser holds the session cookie "' OR '1'='1' --"
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: a key shorter than 8 characters counts as no key at all

    @id:SESS-KEY-007 @spec:django-sessions-security @server-side-engine
    Scenario Outline: The session cookie "<value>" is deleted or replaced even when unused
      Given the visitor's browser holds the session cookie "<value>"
      When the server handles a request that does not touch the session
      Then the response deletes the session cookie or replaces its key
      And the response is kept out of shared caches

      Examples:
        | value   |
        | abc     |
        | 1234567 |
        |         |

    @id:SESS-KEY-008 @spec:django-sessions-security @server-side-engine
    Scenario: A short key never becomes a session
      Given the visitor's browser holds the session cookie "short"
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets a new session cookie

    # Where Django draws the line between a short key (deleted) and an unknown one (kept).
    @id:SESS-KEY-020 @spec:django-sessions-security @server-side-engine @profile:django
    Scenario Outline: An unknown key of <length> characters is kept when unused
      Given the visitor's browser holds the session cookie "<value>"
      When the server handles a request that does not touch the session
      Then the response sets no session cookie

      Examples:
        | length | value     |
        | 8      | abcd1234  |
        | 9      | abcd12345 |
        | 8      | ABCDEFGH  |
        | 9      | ab:c.d-e! |

  Rule: keys come only from the session cookie

    @id:SESS-KEY-009 @spec:django-sessions-security
    Scenario: A valid key sent under another cookie name is ignored
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session key is sent under the cookie name "session_id" instead
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: every letter and digit turns up in new keys

    # secrets.choice over the 36 characters: 50 keys are 1600 draws, in which a character is
    # missing with a chance of about 36 * (35/36)^1600, below 10^-17.
    @id:SESS-KEY-040 @spec:django-sessions-security @profile:django @server-side-engine
    Scenario: Fifty new keys use all 26 lowercase letters and 10 digits
      When 50 new visitors each store a value in their session
      Then the 50 session keys use all 26 lowercase letters and 10 digits
