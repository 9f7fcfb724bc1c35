@area:purging @per-engine @clock @capability:purge @capability:settings
Feature: Purging expired sessions
  Expired sessions stay in a server-side store until they are purged: Django's clearsessions
  command removes those whose expiry has passed and leaves live ones. Engines whose store
  expires entries by itself, and the signed-cookies engine, which stores nothing, have nothing
  to purge and succeed without doing anything. Conforms to Django (docs: topics/http/sessions,
  "Clearing the session store", and django-admin clearsessions).

  Background:
    Given the session cookie age is 2 weeks

  Rule: a purge removes expired sessions and keeps live ones

    @id:PRG-CLR-001 @spec:django-sessions-clearing-store @store-count @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: Purging removes every expired session
      Given the store holds 5 sessions that expired an hour ago
      And the store holds 3 sessions that expire in an hour
      When the expired sessions are purged
      Then the purge succeeds, removing 5 sessions
      And the store holds 3 sessions

    @id:PRG-CLR-002 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: A visitor's live session survives a purge
      Given the visitor's session holds "cart" = "3 items"
      And the store holds 5 sessions that expired an hour ago
      When the expired sessions are purged
      Then the purge succeeds, removing 5 sessions
      And the visitor's next request finds "cart" = "3 items"

    @id:PRG-CLR-003 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: A visitor's expired session is removed by a purge
      Given the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session
      And the store no longer holds the visitor's session

    @id:PRG-CLR-004 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: A session refreshed before the purge survives it
      Given the visitor's session holds "cart" = "3 items"
      And 13 days have passed
      And the visitor's session holds "cart" = "4 items"
      And another 2 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions
      And the visitor's next request finds "cart" = "4 items"

    @id:PRG-CLR-005 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: A second purge removes nothing
      Given the store holds 5 sessions that expired an hour ago
      And the expired sessions have been purged
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # Django deletes rows only when expire_date < now; its file engine purges what load calls expired.
    @id:PRG-CLR-006 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:memory
    Scenario: A session expiring exactly now is kept
      Given the store holds 2 sessions that expire now
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # Django's file engine reads an expiry given in seconds as an age from now, so it never purges it.
    @id:PRG-CLR-007 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:memory
    Scenario: A session given its own short expiry is purged once it has passed
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire after 60 seconds
      And 61 seconds have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session

    @id:PRG-CLR-020 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory @differs:django-3.2
    Scenario: A session given its own expiry date is purged once it has passed
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire at the date 60 seconds from now
      And 61 seconds have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session

    @id:PRG-CLR-021 @spec:django-sessions-clearing-store @engine:file
    Scenario: A file session given its own expiry in seconds is never purged
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire after 60 seconds
      And 61 seconds have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # Django's file engine deletes an expired file when it reads it (and starts the visitor a
    # new session), so a purge after that read finds nothing left to remove.
    @id:PRG-CLR-031 @spec:django-sessions-file-based @engine:file
    Scenario: An expired file session read before the purge leaves nothing to purge
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      And the visitor has come back with the copied session cookie
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # Sessions planted to expire in an hour are live under any cookie age: the file engine,
    # which dates a session by its file's time and SESSION_COOKIE_AGE, must date them by the
    # age in force (2 hours), not by the default of 2 weeks.
    @id:PRG-CLR-071 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: Sessions planted under a short cookie age are kept until they expire
      Given the session cookie age is 2 hours
      And the store holds 3 sessions that expire in an hour
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # Sessions are dated by the server's clock wherever it stands: a month on, sessions planted
    # to expire in an hour are live then, and a purge keeps them.
    @id:PRG-CLR-072 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: Sessions planted a month on are kept until they expire
      Given 30 days have passed
      And the store holds 2 sessions that expire in an hour
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

  Rule: the instant of expiry decides, one second either side

    @id:PRG-CLR-022 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: Sessions that expired one second ago are purged
      Given the store holds 2 sessions that expired 1 second ago
      When the expired sessions are purged
      Then the purge succeeds, removing 2 sessions

    @id:PRG-CLR-023 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:file @engine:memory
    Scenario: Sessions that expire in one second are kept
      Given the store holds 2 sessions that expire in 1 second
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # expire_date < now counts the fraction of a second: a session that expired 0.3 seconds
    # ago is purged, however far the clock is into its second.
    @id:PRG-CLR-040 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:memory
    Scenario: Sessions that expired a fraction of a second ago are purged
      Given the clock is at the moment of the Django vectors
      And the store holds 2 sessions that expire in 0.2 seconds
      And 0.5 seconds have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 2 sessions

    # Django's file engine judges a file expired when its age is zero or less.
    @id:PRG-CLR-024 @spec:django-sessions-clearing-store @engine:file
    Scenario: File sessions expiring exactly now are purged
      Given the store holds 2 sessions that expire now
      When the expired sessions are purged
      Then the purge succeeds, removing 2 sessions

    # A date given to set_expiry is the session's expiry itself: the database keeps a row whose
    # expire_date is exactly now (it deletes expire_date < now).
    @id:PRG-CLR-026 @spec:django-sessions-clearing-store @engine:db @engine:cached-db @engine:memory @differs:django-3.2
    Scenario Outline: An expiry date 60 seconds ahead, purged <elapsed> later
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire at the date 60 seconds from now
      And <elapsed> have passed
      When the expired sessions are purged
      Then the purge succeeds, removing <count> sessions

      Examples:
        | elapsed    | count |
        | 59 seconds | 0     |
        | 60 seconds | 0     |
        | 61 seconds | 1     |

    # The file engine purges what its load calls expired: whole seconds left of zero or less, so a
    # session given a date is purged at that very instant.
    @id:PRG-CLR-027 @spec:django-sessions-clearing-store @engine:file @differs:django-3.2
    Scenario Outline: A file session's expiry date, purged <elapsed> later
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire at the date 60 seconds from now
      And <elapsed> have passed
      When the expired sessions are purged
      Then the purge succeeds, removing <count> sessions

      Examples:
        | elapsed    | count |
        | 59 seconds | 0     |
        | 60 seconds | 1     |
        | 61 seconds | 1     |

  Rule: a purge removes every expired session, however many the store holds

    # The reference server's database engine (which cached-db purges through) deletes expired
    # rows in batches of 1000: the examples sit just below, at and just above one batch, on both.
    @id:PRG-CLR-025 @spec:django-sessions-clearing-store @engine:db @engine:cached-db
    Scenario Outline: A store of <count> expired sessions is purged in full
      Given the store holds <count> sessions that expired an hour ago
      When the expired sessions are purged
      Then the purge succeeds, removing <count> sessions

      Examples:
        | count |
        | 999   |
        | 1000  |
        | 1001  |

    # The reference server's file engine works on 32 session files at a time while it walks
    # the directory: the examples sit just below, at and just above one such window.
    @id:PRG-CLR-028 @spec:django-sessions-clearing-store @store-count @engine:file
    Scenario Outline: A directory of <count> expired session files is purged in full
      Given the store holds <count> sessions that expired an hour ago
      And the store holds 2 sessions that expire in an hour
      When the expired sessions are purged
      Then the purge succeeds, removing <count> sessions
      And the store holds 2 sessions

      Examples:
        | count |
        | 31    |
        | 32    |
        | 33    |

    # The reference server's file engine purge deletes at most 64 expired files at once: the
    # examples sit just below, at and just above one such window, and around four of them.
    @id:PRG-CLR-030 @spec:django-sessions-clearing-store @store-count @engine:file
    Scenario Outline: <count> expired files beside live ones are purged in full
      Given the store holds <count> sessions that expired an hour ago
      And the store holds 3 sessions that expire in an hour
      When the expired sessions are purged
      Then the purge succeeds, removing <count> sessions
      And the store holds 3 sessions

      Examples:
        | count |
        | 63    |
        | 64    |
        | 65    |
        | 255   |
        | 256   |
        | 257   |

    # The reference server's database engine deletes expired rows a batch of 1000 at a time:
    # expired rows behind a thousand live ones, under and over one batch, are all found.
    @id:PRG-CLR-070 @spec:django-sessions-clearing-store @store-count @engine:db @engine:cached-db
    Scenario Outline: <count> expired sessions among 1000 live ones are purged in full
      Given the store holds 1000 sessions that expire in an hour
      And the store holds <count> sessions that expired an hour ago
      When the expired sessions are purged
      Then the purge succeeds, removing <count> sessions
      And the store holds 1000 sessions

      Examples:
        | count |
        | 999   |
        | 1001  |

  Rule: engines that keep nothing to purge succeed without doing anything

    @id:PRG-CLR-008 @spec:django-sessions-clearing-store @engine:cache @engine:signed-cookies
    Scenario: Purging succeeds and removes nothing
      Given the visitor's session holds "cart" = "3 items"
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # The reference server's Redis cache lists its keys about 500 at a time (SCAN's COUNT, a
    # hint, not an exact batch), so 1200 entries take several rounds. Django's local-memory
    # cache keeps at least the 200 latest of its entries when it culls.
    @id:PRG-CLR-032 @spec:django-sessions-clearing-store @store-count @engine:cache
    Scenario: A cache keeps its live sessions beside many expired ones
      Given the store holds 1000 sessions that expired an hour ago
      And the store holds 200 sessions that expire in an hour
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions
      And the store holds 200 sessions

    @id:PRG-CLR-009 @spec:django-sessions-clearing-store @engine:cache
    Scenario: A cached session expires without a purge
      Given the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"
