@area:expiry @per-engine @clock @capability:settings
Feature: How each engine treats an expired session
  Every engine forgets an expired session, but they differ in what the visitor sees: the
  database and cache engines delete the cookie when an expired session is read, the file engine
  gives the visitor a new key at once, and the signed-cookies engine, which keeps nothing on the
  server, only honours SESSION_COOKIE_AGE. Conforms to Django's session backends (docs:
  topics/http/sessions, "Configuring the session engine").

  Background:
    Given the session cookie age is 2 weeks

  Rule: database and cache engines delete the cookie of an expired session when it is read

    @id:EXP-ENG-001 @spec:django-sessions-configuring-engine @engine:db @engine:cache @engine:cached-db @engine:memory
    Scenario: Reading an expired session deletes the session cookie
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      When the visitor comes back with the copied session cookie
      Then the response deletes the session cookie

  Rule: the file engine gives the visitor a new key for an expired session

    @id:EXP-ENG-002 @spec:django-sessions-file-based @engine:file
    Scenario: Reading an expired file session issues a new key
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      When the visitor comes back with the copied session cookie
      Then the response sets a new session cookie

    # Django's file engine counts the whole seconds left (get_expiry_age) and calls a file
    # expired at zero or less, so a quarter of a second left is none.
    @id:EXP-ENG-021 @spec:django-sessions-file-based @engine:file
    Scenario: A file session a quarter second short of the age has expired
      Given 0.5 seconds have passed
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 1209599.75 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    @id:EXP-ENG-022 @spec:django-sessions-file-based @engine:file
    Scenario: A file session one and a quarter seconds short of the age answers
      Given 0.5 seconds have passed
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 1209598.75 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

  Rule: the file engine judges a file by the cookie age of the moment, not of its save

    @id:EXP-ENG-023 @spec:django-sessions-file-based @engine:file
    Scenario Outline: A file session <elapsed> after a new 1-hour cookie age has expired
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the session cookie age is 1 hour
      And <elapsed> have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

      Examples:
        | elapsed      |
        | 3600 seconds |
        | 3601 seconds |

    @id:EXP-ENG-024 @spec:django-sessions-file-based @engine:file
    Scenario: A file session 3599 seconds after a new 1-hour cookie age answers
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the session cookie age is 1 hour
      And 3599 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

  Rule: the file engine reads the files of the cookie name of the moment

    # A file is named SESSION_COOKIE_NAME + key, so a key brought under a new cookie name looks
    # for another file: the session saved under the old name is not found.
    @id:EXP-ENG-025 @spec:django-sessions-file-based @engine:file
    Scenario: A file session is not found once the cookie name changes
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the session cookie settings are:
        | name | mysess |
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

  Rule: the file engine counts the whole seconds left to a custom expiry date

    # Django's file engine reads a date from set_expiry() through get_expiry_age: whole seconds
    # to the date, expired at zero or less, so a quarter of a second before the date the file has
    # expired, where the database engines still answer until the date itself.
    @id:EXP-ENG-071 @spec:django-sessions-file-based @engine:file @differs:django-3.2
    Scenario: A file session 0.25 seconds short of its expiry date has expired
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire at the date 100 seconds from now
      And the visitor kept a copy of the session cookie
      And 99.75 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    @id:EXP-ENG-072 @spec:django-sessions-file-based @engine:file @differs:django-3.2
    Scenario: A file session 1.25 seconds short of its expiry date answers
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire at the date 100 seconds from now
      And the visitor kept a copy of the session cookie
      And 98.75 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

  Rule: the file engine keeps an expiry in seconds as an age, so it never runs out

    @id:EXP-ENG-020 @spec:django-sessions-file-based @engine:file
    Scenario: A file session given 300 seconds still answers after 301 seconds
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire after 300 seconds
      And the visitor kept a copy of the session cookie
      And 301 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

  Rule: cached_db puts a row it read back in the cache for the row's remaining age

    # Django's load() caches a row found on a cache miss with get_expiry_age(expiry=expire_date)
    # (192). The rewritten record (SESS-REC-001's literal from Django 5.2.17) empties the cache
    # entry, so the read 7 days on finds the row; the session still ends 14 days after its save.
    @id:EXP-ENG-026 @spec:django-sessions-cached-db @engine:cached-db @capability:record-writing @profile:django
    Scenario: A session cached again from its row answers until the row's expiry
      Given the server signs with the secret key of the Django vectors
      And the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oig`
      And the visitor kept a copy of the session cookie
      And 7 days have passed
      And the server has read "cart" from the visitor's session
      And 604799 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

    @id:EXP-ENG-027 @spec:django-sessions-cached-db @engine:cached-db @capability:record-writing @profile:django
    Scenario: A session cached again from its row ends at the row's expiry
      Given the server signs with the secret key of the Django vectors
      And the visitor's session holds "cart" = "3 items"
      And another server has stored the visitor's session as `eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oig`
      And the visitor kept a copy of the session cookie
      And 7 days have passed
      And the server has read "cart" from the visitor's session
      And 604800 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

  Rule: the signed-cookies engine honours only the cookie age

    @id:EXP-ENG-003 @spec:django-sessions-cookie-based @engine:signed-cookies
    Scenario: A per-session expiry is not enforced for signed-cookie sessions
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire after 300 seconds
      And the visitor kept a copy of the session cookie
      And 1 hour has passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

    @id:EXP-ENG-004 @spec:django-sessions-cookie-based @engine:signed-cookies
    Scenario: A signed-cookie session past the cookie age is empty and re-signed
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"
      And the response sets a new session cookie

    # The cookie's timestamp is checked against SESSION_COOKIE_AGE as configured, not against
    # Django's default of two weeks.
    @id:EXP-ENG-070 @spec:django-sessions-cookie-based @engine:signed-cookies
    Scenario: A signed-cookie session past a cookie age of an hour is empty
      Given the session cookie age is 1 hour
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 61 minutes have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"
