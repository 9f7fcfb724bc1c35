@area:sessions @per-engine
Feature: The record a session is stored as
  A session server-side is stored as Django's signing.dumps of its data (compact JSON, zlib when
  shorter, URL-safe base64, a timestamp, an HMAC-SHA256 keyed with SECRET_KEY and the salt
  "django.contrib.sessions.SessionStore"), which another server reading the same store reads.
  A record the server cannot read (garbage, another key's signature, another format) is an
  empty session, and the request goes on. Expected records are literals from Django 5.2.17
  for the vectors' secret key and moment (docs/django-vectors.md).

  Rule: the record is Django's signed, compressed JSON of the session's data

    # The file engine writes the same text into the session file (066).
    @id:SESS-REC-001 @spec:django-sessions-database-backed @engine:db @engine:cached-db @engine:file @capability:store-inspection @profile:django
    Scenario Outline: A session holding <key> = "<value>" is stored as Django stores it
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "<key>" = "<value>" in the visitor's session
      Then the store keeps the visitor's session as `<record>`

      Examples:
        | key  | value                                                            | record                                                                                     |
        | cart | 3 items                                                          | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oig                 |
        | note | a:b.c,d;e é                                                      | eyJub3RlIjoiYTpiLmMsZDtlIFx1MDBlOSJ9:2BLnMW:zvlzKMFX79h84Y3vAghDzfySfzYu7PtBm18TEeTFcRA     |
        | cart | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | .eJyrVkpOLCpRslKqoBAo1QIA0nYhZQ:2BLnMW:5_lZDGY3Yhl0Ezfpi4D5G3tdd6amKniGYny_k7Xf1HU          |

    # A large session is compressed as CPython's zlib.compress does it (level 6, memLevel 8, the
    # default strategy): 31,910 characters of words, whose 6,302-character record Django 5.2.17
    # wrote at the vectors' moment with the vectors' key (too long to write out: its SHA-256).
    @id:SESS-REC-019 @spec:django-sessions-database-backed @engine:db @engine:cached-db @capability:store-inspection @profile:django
    Scenario: A session of 31,910 characters is compressed as Django compresses it
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "notes" = the digits of 2 to the power 20000, each written as a word of:
        """
        apple pear plum fig kiwi lime date grape melon peach
        """
      Then the store keeps the visitor's session as 6302 characters with the SHA-256 `2b045d3d9485b19aa221effe63bf59572a2f8ed27a424df1a51afa36845f3d57`

    # Keys keep the order they were first stored in, "b" before "1", through every save, though
    # "1" looks like an integer (cached_db reads its cache copy back before the third save).
    @id:SESS-REC-071 @spec:django-sessions-database-backed @engine:db @engine:cached-db @capability:store-inspection @profile:django
    Scenario: A session's keys keep their order through three saves
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's session holds "b" = "1"
      And the visitor's session holds "1" = "2"
      When the server stores "c" = "3" in the visitor's session
      Then the store keeps the visitor's session as `eyJiIjoiMSIsIjEiOiIyIiwiYyI6IjMifQ:2BLnMW:kG1PtvvE9fNat4_bD33_300XUuDelSK5iCbVu_SzYhY`

  Rule: a stored record that does not decode is an empty session, and the request goes on (067)
    # What another server (another secret key, another format) or anyone who can write to the
    # store leaves under the visitor's key. The signed records are literals from Django 5.2.17
    # (adapters/django/capture_vectors.py, undecodable_records). Not specified: a valid signature
    # over JSON that is not an object (a list, a string), which Django 5.2 hands to the session as
    # it is and answers 500, and non-ASCII text in a session file, which Django's file engine
    # opens as ASCII and answers 500 (UnicodeDecodeError).

    @id:SESS-REC-002 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:file @engine:cache @capability:record-writing @profile:django
    Scenario Outline: A session stored as <what> reads as empty
      Given the server signs with the secret key of the Django vectors
      And the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `<record>`
      When the server reads the visitor's whole session
      Then the server finds an empty session

      Examples:
        | what                                       | record                                                                        |
        | garbage                                    | not a session at all                                                          |
        | separators                                 | a:b.c"d,e;f\\g                                                                |
        | a bad signature                            | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oih   |
        | another secret key                         | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:67Ev1Wf1gRAnWYMflbQ8Lar_POY8uU4fBSH9Xp7NJKQ   |
        | the signed-cookies salt                    | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:nteg2QaVi54qbvUyvkAayFhquHMjrGY6KqgH5yZVIzI   |
        | no timestamp                               | eyJjYXJ0IjoiMyBpdGVtcyJ9:kKPaYlFDHCNpmlTdjN8ngBn-Me7jPtm-d-3yyUWYBf0          |
        | a payload that is not JSON                 | bm90IGpzb24:2BLnMW:jGRTA7sWs5xiESY5G4kZ5JmbRO58vBSVjFOIw5kn6pc                |
        | empty text                                 |                                                                               |

      @differs:django-3.2
      Examples: records that are not base64 once the signature fails
        | what                                       | record                                                                       |
        | a compressed payload that does not inflate | .eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:vMJIS9w94I1iv-SkNsmhz0m_HM8UoSlmOTx_QS1P0pY |

    @id:SESS-REC-003 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:cache @capability:record-writing
    Scenario: A session stored as non-ASCII text reads as empty
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `café ☕`
      When the server reads the visitor's whole session
      Then the server finds an empty session

    @id:SESS-REC-004 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:file @capability:record-writing @profile:django
    Scenario Outline: A write after a record of <what> is kept under the same key
      Given the server signs with the secret key of the Django vectors
      And the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `<record>`
      When the server stores "note" = "kept" in the visitor's session
      Then the response sets the session cookie again with the same key
      And the visitor's next request finds "note" = "kept"

      Examples:
        | what            | record                                                                      |
        | garbage         | not a session at all                                                        |
        | a bad signature | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oih |
        | empty text      |                                                                             |

    # The cache engine reads a value it cannot unpickle as no session at all (Django's load()
    # resets the key), so the write goes under a new key.
    @id:SESS-REC-005 @spec:django-sessions-security @server-side-engine @engine:cache @capability:record-writing @profile:django
    Scenario Outline: A write after a cache value of <what> goes under a new key
      Given the server signs with the secret key of the Django vectors
      And the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `<record>`
      When the server stores "note" = "kept" in the visitor's session
      Then the response sets a new session cookie
      And the visitor's next request finds "note" = "kept"

      Examples:
        | what            | record                                                                      |
        | garbage         | not a session at all                                                        |
        | a bad signature | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oih |
        | empty text      |                                                                             |

    # A value under a key holds the key, whatever it is: Django's _get_new_session_key asks
    # exists() (the key is in the cache) and cache.add() fails over any value, so a new session
    # drawn under the key of a value it could not read is drawn again, and the value stays.
    @id:SESS-REC-073 @spec:django-sessions-security @server-side-engine @engine:cache @capability:record-writing @capability:key-drawing @profile:django
    Scenario Outline: A new session never takes the key of a cache value of <what>
      Given the server signs with the secret key of the Django vectors
      And the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `<record>`
      And the server's next new key is the visitor's session key
      When the server stores "note" = "kept" in the visitor's session
      Then the response sets a new session cookie

      Examples:
        | what            | record                                                                      |
        | garbage         | not a session at all                                                        |
        | a bad signature | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oih |

    # JSON of other shapes: what a cache of another server (or a cache entry of the reference's
    # own kind with a flaw) leaves under the key. No Django cache unpickles any of them.
    @id:SESS-REC-006 @spec:django-sessions-security @server-side-engine @engine:cache @capability:record-writing
    Scenario Outline: A JSON cache value, <what>, reads as an empty session
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `<record>`
      When the server reads the visitor's whole session
      Then the server finds an empty session

      Examples:
        | what                                    | record                                                   |
        | null                                    | null                                                     |
        | a text                                  | "cart"                                                   |
        | a list of pairs                         | [["cart","3 items"]]                                     |
        | an entry without an expiry              | {"data":[["cart","3 items"]]}                            |
        | an entry with the expiry as a text      | {"expiresAt":"4102444800","data":[["cart","3 items"]]}   |
        | an entry with an infinite expiry        | {"expiresAt":1e400,"data":[["cart","3 items"]]}          |
        | an entry with the data as an object     | {"expiresAt":4102444800,"data":{"cart":"3 items"}}       |
        | an entry with a pair of one item        | {"expiresAt":4102444800,"data":[["cart"]]}               |
        | an entry with a pair of three items     | {"expiresAt":4102444800,"data":[["cart","3 items","x"]]} |
        | an entry with a number for a key        | {"expiresAt":4102444800,"data":[[1,"3 items"]]}          |
        | an entry with a pair that is not a list | {"expiresAt":4102444800,"data":["cart"]}                 |

  Rule: the db engine's SQLite database is the server's own, so the engine is always there

    # Runs in the memory pass too: a server that refuses its own database file would make the db
    # pass "not applicable" (a store missing), while every request it serves there would fail.
    @id:SESS-REC-017 @spec:django-sessions-database-backed @engine:memory @engine:db
    Scenario: A site that changes to database sessions keeps the visitor's session
      Given the server keeps its sessions in a SQLite database of its own
      When the server stores "cart" = "3 items" in the visitor's session
      Then the visitor's next request finds "cart" = "3 items"

  Rule: a PostgreSQL that answers is never reported missing

    # As SESS-REC-017, for the db engine on PostgreSQL: the harness first reaches the servers'
    # PostgreSQL itself, so a 503 then is the server refusing a store that is there.
    @id:SESS-REC-018 @spec:django-sessions-database-backed @engine:memory @engine:db
    Scenario: A site that changes to PostgreSQL sessions keeps the session
      Given the server keeps its sessions in the db engine on a PostgreSQL that answers
      When the server stores "cart" = "3 items" in the visitor's session
      Then the visitor's next request finds "cart" = "3 items"

  Rule: a record of megabytes that does not decode is an empty session too

    # Anyone who can write to the store may leave megabytes under the visitor's key. Django
    # reads the record whole and finds no signature in it; the reference server reads no record
    # longer than 4 MiB (4194304 characters) and takes a longer one as corrupted data unread.
    # Either way the session is empty and the request goes on, around the reference's limit.
    @id:SESS-REC-007 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:file @capability:record-writing
    Scenario Outline: A session stored as <length> letters reads as empty
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as <length> letters "x"
      When the server reads the visitor's whole session
      Then the server finds an empty session

      Examples:
        | length  |
        | 4194303 |
        | 4194304 |
        | 4194305 |

    @id:SESS-REC-008 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:file @capability:record-writing
    Scenario Outline: A write after a record of <length> letters keeps the key
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as <length> letters "x"
      When the server stores "note" = "kept" in the visitor's session
      Then the response sets the session cookie again with the same key
      And the visitor's next request finds "note" = "kept"

      Examples:
        | length  |
        | 4194304 |
        | 4194305 |

    # The file engine dates a file without a custom expiry by its mtime (SESSION_COOKIE_AGE, two
    # weeks), whatever the file holds; the record's writing dates it anew.
    @id:SESS-REC-009 @spec:django-sessions-clearing-store @server-side-engine @engine:file @capability:record-writing @capability:purge
    Scenario Outline: A file of <length> letters is purged once two weeks have passed
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as <length> letters "x"
      And 15 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session

      Examples:
        | length  |
        | 4194304 |
        | 4194305 |

    @id:SESS-REC-010 @spec:django-sessions-clearing-store @server-side-engine @engine:file @capability:record-writing @capability:purge
    Scenario: A file of megabytes is kept by a purge before two weeks
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as 4194305 letters "x"
      And 13 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # At exactly SESSION_COOKIE_AGE after the file's date, its age is 0 s: expired, as a record's.
    @id:SESS-REC-011 @spec:django-sessions-clearing-store @server-side-engine @engine:file @capability:record-writing @capability:purge
    Scenario: A file of megabytes is purged at exactly two weeks
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as 4194305 letters "x"
      And 14 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session

    # An empty file is the placeholder a creation leaves (082): Django's load() judges no expiry
    # without data, and clearsessions purges only what load() finds expired.
    @id:SESS-REC-070 @spec:django-sessions-clearing-store @server-side-engine @engine:file @capability:record-writing @capability:purge
    Scenario: An empty session file outlives a purge after two weeks
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as ``
      And 15 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 0 sessions

    # Another server rewriting the record leaves the row's expire_date as it was, to the
    # microsecond: a session dated 60.5 seconds ahead still loads 60.3 seconds on. (Its cookie's
    # Max-Age is 60, so the visitor sends a copy.)
    @id:SESS-REC-072 @spec:django-sessions-database-backed @engine:db @engine:cached-db @capability:record-writing @profile:django @differs:django-3.2
    Scenario: A record rewritten by another server keeps its expiry's fraction
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's session holds "note" = "kept"
      And the server has set the visitor's session to expire at the date `2033-05-18T03:34:20.500000+00:00`
      And another server has stored the visitor's session as `eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oig`
      And the visitor kept a copy of the session cookie
      And 60.3 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

  Rule: a session past its expiry has no record to read, purged or not

    # What another server reads is the live record only: Django's load() filters django_session
    # on expire_date > now, and its file engine reads a file whose age (mtime plus
    # SESSION_COOKIE_AGE, in whole seconds) has run out as no session. Nothing is purged here and
    # the visitor does not come back, so the row or the file is still in the store.
    @id:SESS-REC-074 @spec:django-sessions-database-backed @engine:db @engine:cached-db @engine:file @capability:store-inspection @clock @profile:django
    Scenario Outline: A session <elapsed> after it was saved, of a 14-day age, <what>
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's session holds "cart" = "3 items"
      When <elapsed> pass
      Then <outcome>

      Examples:
        | elapsed          | what                  | outcome                                                                                     |
        | 1209599 seconds  | is still stored       | the store keeps the visitor's session as `eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oig` |
        | 1209600 seconds  | has no record to read | the store keeps no record of the visitor's session                                          |
        | 1209601 seconds  | has no record to read | the store keeps no record of the visitor's session                                          |

  Rule: a session the visitor logged out of leaves no record behind, and logging out twice is no error

    # What another server reading django_session finds once the session has ended: no row.
    @id:SESS-REC-012 @spec:django-sessions-database-backed @engine:db @engine:cached-db @capability:store-inspection
    Scenario: A session the visitor logged out of leaves no record text
      Given the visitor's session holds "cart" = "3 items"
      When the visitor logs out
      Then the store keeps no record of the visitor's session

    # The record is already gone when the visitor logs out: deleting it again is no error.
    @id:SESS-REC-014 @spec:django-sessions-using-in-views @server-side-engine
    Scenario: Logging out of a session ended elsewhere deletes the cookie
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session was ended from another browser
      When the visitor logs out
      Then the response deletes the session cookie

    # Nothing is left under the old key for another server's write to land on, so the copied
    # cookie still finds nothing.
    @id:SESS-REC-013 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:file @engine:cache @capability:record-writing
    Scenario: A record written after logging out brings no session back
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the visitor has logged out
      And another server has found no record of the visitor's session to store `not a session at all` over
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    # An expired record no purge has removed yet is no live record either (the cache engine's
    # entry may outlive its expiry in the cache itself, a session file stays until a purge):
    # nothing to write over.
    @id:SESS-REC-016 @spec:django-sessions-security @server-side-engine @engine:db @engine:cached-db @engine:cache @engine:file @capability:record-writing @clock
    Scenario: A record written after the session expired brings no session back
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      And another server has found no record of the visitor's session to store `not a session at all` over
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

  Rule: cached_db asks its database whether it holds a session the cache has no copy of

    # A record written over the row drops its cache copy, as an eviction would; exists() then
    # finds the row (193).
    @id:SESS-REC-015 @spec:django-sessions-cached-db @engine:cached-db @capability:record-writing @capability:purge
    Scenario: A purge keeps a live session whose cache copy has gone
      Given the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `not a session at all`
      When the expired sessions are purged
      Then the store still holds the visitor's session
