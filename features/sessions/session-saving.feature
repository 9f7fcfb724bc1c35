@area:sessions @per-engine
Feature: When a session is saved
  A session is saved at the end of a request that modified it, unless the response is a
  server error. A session ended by a concurrent request is not brought back; the request that
  would have saved it is refused. Conforms to Django's SessionMiddleware (docs:
  topics/http/sessions, "When sessions are saved", SESSION_SAVE_EVERY_REQUEST).

  Rule: a server error does not save the session

    # Django 3.2 skips the save only for status 500; Django 4.2 and later for every 5xx.
    @id:SESS-SV-001 @spec:django-sessions-when-saved @differs:django-3.2
    Scenario Outline: A response with status <status> neither saves nor sets the cookie
      Given the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "changed" and then answers with status <status>
      Then the response sets no session cookie
      And the visitor's next request finds "cart" = "3 items"

      Examples:
        | status |
        | 500    |
        | 503    |

    @id:SESS-SV-002 @spec:django-sessions-when-saved
    Scenario: A response with status 404 still saves the session
      Given the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "changed" and then answers with status 404
      Then the visitor's next request finds "cart" = "changed"

    @id:SESS-SV-003 @spec:django-sessions-when-saved
    Scenario: A new visitor's failed request sets no session cookie
      When the server stores "cart" = "3 items" and then answers with status 500
      Then the response sets no session cookie

    # Below 500 the session is saved and its cookie goes out with the answer, whatever the status.
    @id:SESS-SV-010 @spec:django-sessions-when-saved
    Scenario Outline: A new visitor's request answered <status> sets the session cookie
      When the server stores "cart" = "3 items" and then answers with status <status>
      Then the response sets a new session cookie

      Examples:
        | status |
        | 404    |
        | 499    |

    # Deleting the cookie is not a save: Django deletes the cookie of an empty session before it
    # looks at the status, so a server error still removes a key too short to look up (045).
    @id:SESS-SV-012 @spec:django-sessions-when-saved
    Scenario: A server error still deletes the cookie of an empty session
      Given the visitor's browser holds a session cookie of 3 lowercase letters
      When the server answers with status 500 without touching the session
      Then the response deletes the session cookie

    # Vary: Cookie follows the session being read, not the status: Django patches Vary before it
    # looks at the status, so a failed request that read the session is still kept out.
    @id:SESS-SV-041 @spec:django-sessions-when-saved
    Scenario: A server error after the session was read still varies on Cookie
      Given the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "changed" and then answers with status 500
      Then the response is kept out of shared caches

  Rule: a session ended meanwhile is not brought back

    @id:SESS-SV-004 @spec:django-sessions-when-saved @server-side-engine
    Scenario: Saving a session that another request ended meanwhile is refused
      Given the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "changed" while another request ends the session
      Then the server answers with status 400
      And the response sets no session cookie

    @id:SESS-SV-005 @spec:django-sessions-when-saved @server-side-engine
    Scenario: The refused save does not bring the session back
      Given the visitor's session holds "cart" = "3 items"
      And the server has stored "cart" = "changed" while another request ended the session
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:SESS-SV-008 @spec:django-sessions-when-saved @server-side-engine
    Scenario: A session ended from another browser is not found afterwards
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session was ended from another browser
      When the server stores "cart" = "changed" in the visitor's session
      Then the response sets a new session cookie

  Rule: with saving on every request, every request refreshes a session

    @id:SESS-SV-006 @spec:django-session-save-every-request @capability:settings @profile:django
    Scenario: A request that does not touch the session still refreshes its cookie
      Given sessions are saved on every request
      And the visitor's session holds "cart" = "3 items"
      When the server handles a request that does not touch the session
      Then the response sets the session cookie again with the same key

    # CVE-2026-35192: a cache that ignored the cookie could hand one visitor's session cookie
    # to another. Django 5.2.14 and later vary on Cookie whenever they set the session cookie
    # (django/contrib/sessions/middleware.py); Django 3.2 varies only on an accessed session.
    @id:SESS-SV-009 @spec:django-session-save-every-request @capability:settings @profile:django @differs:django-3.2
    Scenario: A refreshed session cookie varies the response on Cookie
      Given sessions are saved on every request
      And the visitor's session holds "cart" = "3 items"
      When the server handles a request that does not touch the session
      Then the response varies on Cookie

    # Saving on every request does not keep an emptied session alive: Django deletes the cookie
    # of an empty session before it looks at SESSION_SAVE_EVERY_REQUEST (047).
    @id:SESS-SV-042 @spec:django-session-save-every-request @capability:settings
    Scenario: Logging out deletes the cookie even when saving on every request
      Given sessions are saved on every request
      And the visitor's session holds "user" = "alice"
      When the visitor logs out
      Then the response deletes the session cookie

    @id:SESS-SV-007 @spec:django-session-save-every-request @capability:settings
    Scenario: A new visitor gets no session from saving on every request
      Given sessions are saved on every request
      When the server handles a request that does not touch the session
      Then the response sets no session cookie

    # Saving on every request does not lift the rule above: Django's process_response skips
    # the save and the cookie for a server error whatever the setting (3.2: status 500 only).
    @id:SESS-SV-011 @spec:django-session-save-every-request @capability:settings @differs:django-3.2
    Scenario Outline: Saving on every request still skips a response with status <status>
      Given sessions are saved on every request
      And the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "changed" and then answers with status <status>
      Then the response sets no session cookie
      And the visitor's next request finds "cart" = "3 items"

      Examples:
        | status |
        | 500    |
        | 503    |

  Rule: a saved session is kept for as long as its lifetime, however long

    # memcached reads an expiry above 30 days as a Unix time: a store handed a longer lifetime
    # as it stands drops the session at once. 30 days is 2592000 seconds.
    @id:SESS-SV-040 @spec:django-sessions-browser-length-vs-persistent @capability:settings
    Scenario Outline: A session that lasts <age> is kept
      Given the session cookie age is <age>
      And the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

      Examples:
        | age             |
        | 2591999 seconds |
        | 2592000 seconds |
        | 2592001 seconds |
        | 400 days        |
