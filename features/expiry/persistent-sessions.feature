@area:expiry @per-engine @clock @capability:settings
Feature: Persistent session expiry
  A persistent session lasts SESSION_COOKIE_AGE after it was last saved: its cookie carries
  that age, and the server stops honouring the session when the age has passed, whatever the
  browser still holds. Reading a session does not extend it; saving it does. Conforms to
  Django (docs: topics/http/sessions, "Browser-length sessions vs. persistent sessions").

  Background:
    Given the session cookie age is 2 weeks

  Rule: a persistent session lasts the cookie age after its last save

    @id:EXP-PER-001 @spec:django-sessions-browser-length-vs-persistent
    Scenario: The session cookie carries the cookie age
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the session cookie with the max age 1209600
      And the response sets the session cookie with an expires date 1209600 seconds from now

    @id:EXP-PER-002 @spec:django-sessions-browser-length-vs-persistent
    Scenario: The visitor returns before the session has expired
      Given the visitor's session holds "cart" = "3 items"
      And 13 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:EXP-PER-003 @spec:django-sessions-browser-length-vs-persistent
    Scenario: The visitor returns after the session has expired
      Given the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:EXP-PER-004 @spec:django-sessions-browser-length-vs-persistent @server-side-engine
    Scenario: A copied cookie does not outlive the session on the server
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    @id:EXP-PER-020 @spec:django-sessions-browser-length-vs-persistent @server-side-engine
    Scenario: A copied cookie one second before the cookie age finds the session
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 1209599 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

    @id:EXP-PER-021 @spec:django-sessions-browser-length-vs-persistent @server-side-engine
    Scenario Outline: A copied cookie <elapsed> after the last save finds nothing
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And <elapsed> have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

      Examples:
        | elapsed          |
        | 1209600 seconds  |
        | 1209601 seconds  |

    # Stores keep the instant to the microsecond (Django's DateTimeField), so a session saved half
    # a second into a second lasts to that half second, not to the whole second before it.
    @id:EXP-PER-022 @spec:django-sessions-browser-length-vs-persistent @server-side-engine @engine:db @engine:cached-db @engine:cache @engine:memory
    Scenario: A session saved at half a second answers 0.25 s before the age
      Given 0.5 seconds have passed
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 1209599.75 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

    @id:EXP-PER-023 @spec:django-sessions-browser-length-vs-persistent @server-side-engine @engine:db @engine:cached-db @engine:cache @engine:memory
    Scenario: A session saved at half a second is gone 0.25 s after the age
      Given 0.5 seconds have passed
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 1209600.25 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    @id:EXP-PER-025 @spec:django-sessions-browser-length-vs-persistent @server-side-engine
    Scenario: A session saved under a cookie age of an hour is gone an hour later
      Given the session cookie age is 1 hour
      And the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And 3600 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    # SESSION_COOKIE_AGE = 0 is an age like any other, not "unset": the cookie expires at once.
    @id:EXP-PER-026 @spec:django-sessions-browser-length-vs-persistent
    Scenario: A cookie age of zero gives the session cookie a max age of 0
      Given the session cookie age is 0 seconds
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the session cookie with the max age 0
      And the response sets the session cookie with an expires date 0 seconds from now

  Rule: each save starts the age again; a read does not

    @id:EXP-PER-005 @spec:django-sessions-when-saved
    Scenario: Saving again after 10 days keeps the session for 2 more weeks
      Given the visitor's session holds "cart" = "3 items"
      And 10 days have passed
      And the visitor's session holds "cart" = "4 items"
      And another 10 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "4 items"

    @id:EXP-PER-006 @spec:django-sessions-when-saved
    Scenario: Reading after 10 days does not extend the session
      Given the visitor's session holds "cart" = "3 items"
      And 10 days have passed
      And the server has read "cart" from the visitor's session
      And another 5 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:EXP-PER-007 @spec:django-session-save-every-request @capability:settings
    Scenario: With saving on every request, a read extends the session
      Given sessions are saved on every request
      And the visitor's session holds "cart" = "3 items"
      And 10 days have passed
      And the server has read "cart" from the visitor's session
      And another 10 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

  Rule: a new cookie age ends no session saved before it

    @id:EXP-PER-024 @spec:django-sessions-browser-length-vs-persistent
    Scenario: A session saved before the cookie age changes is still found
      Given the visitor's session holds "cart" = "3 items"
      And the session cookie age is 1 hour
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

  Rule: an expired session is replaced by an empty one

    @id:EXP-PER-008 @spec:django-sessions-browser-length-vs-persistent @server-side-engine
    Scenario: Writing to an expired session issues a new key
      Given the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the server stores "cart" = "1 item" in the visitor's session
      Then the response sets a new session cookie

  Rule: a new session's first save stores its custom expiry

    # The first save of a new session creates its record with get_expiry_date(), custom expiry
    # included: a session whose only request set 300 seconds is gone from the store at 300
    # seconds, even for a copy of its cookie. The file engine keeps an expiry in seconds as an
    # age (EXP-SET-020); signed cookies have no store.
    @id:EXP-PER-027 @spec:django-sessions-set-expiry @engine:db @engine:cache @engine:cached-db @engine:memory
    Scenario Outline: A new 300-second session's copied cookie, <elapsed> later
      Given the server has set the visitor's session to expire after 300 seconds
      And the visitor kept a copy of the session cookie
      And <elapsed> have passed
      When the visitor comes back with the copied session cookie
      Then <outcome>

      Examples:
        | elapsed     | outcome                                              |
        | 299 seconds | the server finds "_session_expiry" as the number 300 |
        | 300 seconds | the server finds an empty session                    |
        | 301 seconds | the server finds an empty session                    |
