@area:sessions @per-engine
Feature: When the session cookie is set, refreshed or deleted
  The session middleware sends the session cookie only when the session was saved, deletes it
  when the session became empty, and otherwise leaves the browser's cookie alone. It adds
  "Vary: Cookie" whenever the answer depended on the session (core accepts any way of keeping
  shared caches out, docs/profiles.md). Conforms to Django's
  SessionMiddleware (docs: topics/http/sessions, "When sessions are saved").

  Rule: the first write gives a new visitor a persistent session cookie

    @id:SESS-CK-001 @spec:django-sessions-when-saved
    Scenario: Storing a value gives a new visitor a session cookie
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets a new session cookie
      And the response is kept out of shared caches

    @id:SESS-CK-002 @spec:django-sessions-settings @profile:django @clock
    Scenario: The session cookie carries Django's default attributes
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the session cookie with the line:
        """
        sessionid=<session key>; expires=<date in 1209600 seconds>; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax
        """

    @id:SESS-CK-003 @spec:django-sessions-when-saved
    Scenario: The visitor's next request finds what was stored
      Given the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # The session comes back under the name it was sent under, not under Django's default name.
    @id:SESS-CK-025 @spec:django-sessions-settings @capability:settings
    Scenario: A session under another cookie name is found on the next request
      Given the session cookie settings are:
        | name | mysess |
      And the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # The cookie is looked for under SESSION_COOKIE_NAME exactly as written, capitals included.
    @id:SESS-CK-040 @spec:django-sessions-settings @capability:settings
    Scenario: Logging out deletes a session cookie named in capitals
      Given the session cookie settings are:
        | name | MySession |
      And the visitor's session holds "user" = "alice"
      When the visitor logs out
      Then the response deletes the cookie "MySession"

    # Settings changed one at a time: a later change leaves the earlier ones as they were.
    @id:SESS-CK-029 @spec:django-sessions-settings @capability:settings
    Scenario: Session settings changed one after another all hold
      Given the session cookie settings are:
        | name | mysess |
      And the session cookie age is 1 hour
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the cookie "mysess" with the max age 3600

    @id:SESS-CK-004 @spec:django-sessions-settings @capability:settings
    Scenario: The session cookie's attributes follow the settings
      Given the session cookie settings are:
        | name     | mysess       |
        | age      | 1 hour       |
        | domain   | .example.com |
        | path     | /app/        |
        | secure   | yes          |
        | httponly | no           |
        | samesite | Strict       |
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the cookie "mysess" with the max age 3600
      And the response sets the cookie "mysess" for the path "/app/"
      And the response sets the cookie "mysess" with the Secure flag
      And the response sets the cookie "mysess" without the HttpOnly flag
      And the response sets the cookie "mysess" with SameSite "Strict"

    # Django passes SESSION_COOKIE_SAMESITE to set_cookie as written (any case) and the other
    # settings as they are (a Domain in capitals stays so); one exact line pins every attribute at once.
    # An empty SESSION_COOKIE_PATH is passed on too: the Morsel leaves an empty Path out (last row).
    @id:SESS-CK-016 @spec:django-sessions-settings @profile:django @capability:settings @clock
    Scenario Outline: A session cookie with SameSite `<samesite>` is written as set
      Given the session cookie settings are:
        | name     | mysess       |
        | age      | 1 hour       |
        | domain   | <domain>     |
        | path     | <path>       |
        | secure   | <secure>     |
        | httponly | <httponly>   |
        | samesite | <samesite>   |
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the cookie "mysess" with the line:
        """
        <line>
        """

      Examples:
        | samesite | domain       | path  | secure | httponly | line                                                                                                                  |
        | None     | .example.com | /app/ | yes    | no       | mysess=<session key>; Domain=.example.com; expires=<date in 3600 seconds>; Max-Age=3600; Path=/app/; SameSite=None; Secure |
        | none     | .example.com | /app/ | yes    | no       | mysess=<session key>; Domain=.example.com; expires=<date in 3600 seconds>; Max-Age=3600; Path=/app/; SameSite=none; Secure |
        | NONE     | none         | /     | no     | yes      | mysess=<session key>; expires=<date in 3600 seconds>; HttpOnly; Max-Age=3600; Path=/; SameSite=NONE                     |
        | lax      | none         | /     | no     | yes      | mysess=<session key>; expires=<date in 3600 seconds>; HttpOnly; Max-Age=3600; Path=/; SameSite=lax                      |
        | STRICT   | example.com  | /a    | yes    | yes      | mysess=<session key>; Domain=example.com; expires=<date in 3600 seconds>; HttpOnly; Max-Age=3600; Path=/a; SameSite=STRICT; Secure |
        | off      | none         | /     | no     | no       | mysess=<session key>; expires=<date in 3600 seconds>; Max-Age=3600; Path=/                                             |
        | Lax      | Example.COM  | /     | no     | no       | mysess=<session key>; Domain=Example.COM; expires=<date in 3600 seconds>; Max-Age=3600; Path=/; SameSite=Lax |
        | Lax      | .Example.COM |       | no     | no       | mysess=<session key>; Domain=.Example.COM; expires=<date in 3600 seconds>; Max-Age=3600; SameSite=Lax |

    # delete_cookie adds Secure when SameSite is none in any case (browsers refuse SameSite=None
    # without it), never because of SESSION_COOKIE_SECURE, and never HttpOnly.
    @id:SESS-CK-017 @spec:django-sessions-settings @profile:django @capability:settings
    Scenario Outline: Logging out with SameSite `<samesite>` deletes the cookie as set
      Given the session cookie settings are:
        | name     | mysess     |
        | path     | /          |
        | secure   | <secure>   |
        | httponly | yes        |
        | samesite | <samesite> |
      And the visitor's session holds "user" = "alice"
      When the visitor logs out
      Then the response sets the cookie "mysess" with the line:
        """
        <line>
        """

      Examples:
        | samesite | secure | line                                                                                  |
        | None     | no     | mysess=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=None; Secure |
        | none     | no     | mysess=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=none; Secure |
        | NONE     | no     | mysess=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=NONE; Secure |
        | Lax      | yes    | mysess=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax          |
        | off      | yes    | mysess=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/                        |

    # A session cookie that finds no session is deleted with the settings' Domain and Path, so
    # that the deletion reaches the cookie the browser holds; an empty Path is left out, as on the set line.
    @id:SESS-CK-019 @spec:django-sessions-settings @profile:django @capability:settings @server-side-engine
    Scenario Outline: A key finding nothing is deleted at Domain `<domain>`, Path `<path>`
      Given the session cookie settings are:
        | name     | mysess   |
        | domain   | <domain> |
        | path     | <path>   |
        | samesite | Lax      |
      And the visitor's browser holds the session cookie "abcdefgh12345678"
      When the server reads "cart" from the visitor's session
      Then the response sets the cookie "mysess" with the line:
        """
        <line>
        """

      Examples:
        | domain       | path  | line                                                                                                 |
        | .example.com | /app/ | mysess=""; Domain=.example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/app/; SameSite=Lax |
        | none         | /     | mysess=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax                          |
        | .Example.COM | /app/ | mysess=""; Domain=.Example.COM; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/app/; SameSite=Lax |
        | .Example.COM |       | mysess=""; Domain=.Example.COM; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; SameSite=Lax |

    # A setting changed back to None, Django's default, is None again: the Domain goes.
    @id:SESS-CK-042 @spec:django-sessions-settings @profile:django @capability:settings @clock
    Scenario: SESSION_COOKIE_DOMAIN set back to None writes no Domain again
      Given the session cookie settings are:
        | name   | mysess       |
        | age    | 1 hour       |
        | domain | .example.com |
      And the session cookie settings are:
        | domain | none |
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the cookie "mysess" with the line:
        """
        mysess=<session key>; expires=<date in 3600 seconds>; HttpOnly; Max-Age=3600; Path=/; SameSite=Lax
        """

  Rule: reading a session never refreshes its cookie

    # Frameworks that refresh the cookie on every request (Flask's default, @fastify/session's
    # rolling) are not wrong: not re-sending it on a read is Django's mechanism.
    @id:SESS-CK-005 @spec:django-sessions-when-saved @profile:django
    Scenario: Reading the session sends no cookie but keeps caches out
      Given the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the response sets no session cookie
      And the response is kept out of shared caches

    # keys(), values() and items() read like a lookup: no key is written, nothing is saved.
    @id:SESS-CK-024 @spec:django-sessions-when-saved @profile:django
    Scenario: Reading every key of the session sends no cookie
      Given the visitor's session holds "cart" = "3 items"
      When the server reads the visitor's whole session
      Then the response sets no session cookie
      And the response is kept out of shared caches

    @id:SESS-CK-015 @spec:django-sessions-when-saved
    Scenario: An answer that read the session is kept out of shared caches
      Given the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the response is kept out of shared caches

    @id:SESS-CK-006 @spec:django-sessions-when-saved @profile:django
    Scenario: A request that does not touch the session sends no session headers
      Given the visitor's session holds "cart" = "3 items"
      When the server handles a request that does not touch the session
      Then the response sets no session cookie
      And the response does not vary on Cookie

    @id:SESS-CK-007 @spec:django-sessions-when-saved @profile:django
    Scenario: Writing the same value again refreshes the cookie
      Given the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the session cookie again with the same key

  Rule: an empty session is never saved

    @id:SESS-CK-008 @spec:django-sessions-when-saved
    Scenario: Reading the session of a new visitor sets no cookie
      When the server reads "cart" from the visitor's session
      Then the response sets no session cookie

    # The answer depended on the session even though the visitor had none: a shared cache must
    # not give it to a visitor who has one (040, every read is an access).
    @id:SESS-CK-026 @spec:django-sessions-when-saved
    Scenario: Reading the session of a new visitor keeps shared caches out
      When the server reads "cart" from the visitor's session
      Then the response is kept out of shared caches

    @id:SESS-CK-009 @spec:django-sessions-when-saved
    Scenario: Marking a new visitor's empty session modified sets no cookie
      When the server only marks the visitor's session as modified
      Then the response sets no session cookie

    # Marking the session modified is not reading it (`accessed` stays False): with no cookie to
    # set or delete, the response does not vary on Cookie (040; a cookie set would, 190).
    @id:SESS-CK-043 @spec:django-sessions-when-saved @profile:django
    Scenario: Marking an empty session modified does not vary on Cookie
      When the server only marks the visitor's session as modified
      Then the response does not vary on Cookie

    # Only a cookie under SESSION_COOKIE_NAME is a session cookie to delete: a visitor who holds
    # another of the site's cookies, and no session, gets no session headers (044).
    @id:SESS-CK-028 @spec:django-sessions-when-saved @profile:django
    Scenario: A request carrying only another cookie sends no session headers
      Given the visitor's browser holds the cookie "theme" with the value `dark`
      When the server handles a request that does not touch the session
      Then the response sets no session cookie
      And the response does not vary on Cookie

    @id:SESS-CK-010 @spec:django-sessions-when-saved
    Scenario: Saving an empty session explicitly creates it
      When the server saves the visitor's empty session explicitly
      Then the response sets a new session cookie

  Rule: a session marked modified or saved explicitly keeps what it holds

    @id:SESS-CK-020 @spec:django-sessions-when-saved @profile:django
    Scenario: Marking a session modified refreshes its cookie
      Given the visitor's session holds "cart" = "3 items"
      When the server only marks the visitor's session as modified
      Then the response sets the session cookie again with the same key

    # save() loads the data it has not read yet before it stores it.
    @id:SESS-CK-021 @spec:django-sessions-using-in-views
    Scenario: Saving a session explicitly keeps what it holds
      Given the visitor's session holds "cart" = "3 items"
      When the server saves the visitor's session explicitly
      Then the visitor's next request finds "cart" = "3 items"

    # update() loads the data it has not read yet before it adds to it (166).
    @id:SESS-CK-027 @spec:django-sessions-using-in-views
    Scenario: Updating a session keeps what it held
      Given the visitor's session holds "cart" = "3 items"
      When the server updates the visitor's session with "note" = "gift"
      Then the visitor's next request finds "cart" = "3 items"

  Rule: Vary: Cookie is merged into what the response already varies on

    # Django's patch_vary_headers: the entries are split at commas with any white space around
    # them, kept as they are and joined with ", "; a name already there in any case is not added
    # again (an entry that only contains it, such as Set-Cookie, is another name), and a list
    # holding "*" becomes "*". Values from Django 5.2.17 and 3.2.25.
    @id:SESS-CK-022 @spec:django-cache-using-vary-headers @profile:django
    Scenario Outline: A response that varies on `<own>` varies on `<merged>` after a read
      Given the visitor's session holds "cart" = "3 items"
      When the server reads the visitor's session in a response that already varies on "<own>"
      Then the response's Vary header is "<merged>"

      Examples:
        | own                        | merged                          |
        | Accept-Language            | Accept-Language, Cookie         |
        | Accept-Language,Origin     | Accept-Language, Origin, Cookie |
        | Accept-Language  ,  Origin | Accept-Language, Origin, Cookie |
        | cookie                     | cookie                          |
        | Origin, COOKIE             | Origin, COOKIE                  |
        | Accept-Language, *         | *                               |
        | Origin,cookie              | Origin, cookie                  |
        |                            | , Cookie                        |
        | *                          | *                               |
        | X-Cookie-Id, Set-Cookie    | X-Cookie-Id, Set-Cookie, Cookie |

    # Cells of a table lose their white space, so this one is written out: the entries are split
    # at commas only, so a trailing space stays part of its entry (literal from Django 5.2.17).
    @id:SESS-CK-041 @spec:django-cache-using-vary-headers @profile:django
    Scenario: A Vary entry keeps its trailing space when Cookie is added
      Given the visitor's session holds "cart" = "3 items"
      When the server reads the visitor's session in a response that already varies on "Accept-Language "
      Then the response's Vary header is "Accept-Language , Cookie"

    @id:SESS-CK-023 @spec:django-cache-using-vary-headers @profile:django
    Scenario: A response that varies on nothing else varies on Cookie alone
      Given the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the response's Vary header is "Cookie"

    @id:SESS-CK-011 @spec:django-sessions-when-saved
    Scenario: Popping a missing key does not modify the session
      Given the visitor's session holds "cart" = "3 items"
      When the server pops "coupon" from the visitor's session
      Then the server finds no "coupon"
      And the response sets no session cookie
      And the response is kept out of shared caches

    @id:SESS-CK-018 @spec:django-sessions-when-saved @profile:django
    Scenario: Removing a key that is not there does not modify the session
      Given the visitor's session holds "cart" = "3 items"
      When the server removes "coupon" from the visitor's session
      Then the response sets no session cookie
      And the response is kept out of shared caches

    @id:SESS-CK-012 @spec:django-sessions-when-saved
    Scenario: Setting a default for a key that exists does not modify the session
      Given the visitor's session holds "cart" = "3 items"
      When the server sets "cart" to "empty" only if it is missing
      Then the response sets no session cookie

    @id:SESS-CK-013 @spec:django-sessions-when-saved @profile:django
    Scenario: Updating the session with nothing still modifies it
      Given the visitor's session holds "cart" = "3 items"
      When the server updates the visitor's session with nothing
      Then the response sets the session cookie again with the same key

  Rule: a browser-length session cookie has no expiry

    @id:SESS-CK-014 @spec:django-sessions-browser-length-vs-persistent @capability:settings
    Scenario: With expiry at browser close the session cookie has no expiry
      Given sessions expire when the browser closes
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the session cookie without an expiry
      And the response sets the session cookie with the HttpOnly flag
