@area:expiry @per-engine @clock @capability:settings
Feature: Per-session expiry
  A server can give one session its own expiry: a number of seconds of inactivity, zero for
  "until the browser closes", a date, or a duration; and it can return the session to the
  global policy. The session reports its expiry age, its expiry date and whether it ends with
  the browser. Conforms to Django's set_expiry, get_expiry_age, get_expiry_date and
  get_expire_at_browser_close (docs: topics/http/sessions, "Using sessions in views").

  Background:
    Given the session cookie age is 2 weeks
    And the visitor's session holds "cart" = "3 items"

  Rule: set_expiry takes seconds, zero, a date, a duration, or nothing

    @id:EXP-SET-001 @spec:django-sessions-set-expiry
    Scenario: Without a custom expiry the age is the cookie age
      When the server reads the visitor's session expiry
      Then the session expires in 1209600 seconds, not at browser close

    @id:EXP-SET-002 @spec:django-sessions-set-expiry
    Scenario: An expiry of 300 seconds gives the cookie a max age of 300
      When the server sets the visitor's session to expire after 300 seconds
      Then the response sets the session cookie with the max age 300
      And the session expires in 300 seconds, not at browser close

    @id:EXP-SET-003 @spec:django-sessions-set-expiry
    Scenario: An expiry of zero makes the session end with the browser
      When the server sets the visitor's session to expire when the browser closes
      Then the response sets the session cookie without an expiry
      And the session expires in 1209600 seconds, at browser close

    @id:EXP-SET-004 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: An expiry date an hour ahead gives an age of an hour
      When the server sets the visitor's session to expire at the date 1 hour from now
      Then the session expires in 3600 seconds, not at browser close

    # The cookie's expires is now plus get_expiry_age, whole seconds to the date: a date 3600.6
    # seconds ahead, set half a second into a second, expires 3600 seconds from now, not in the
    # next second as now plus 3600.6 would.
    @id:EXP-SET-076 @spec:django-sessions-set-expiry @profile:django @differs:django-3.2
    Scenario: A date 3600.6 seconds ahead makes the cookie expire 3600 seconds on
      Given 0.5 seconds have passed
      When the server sets the visitor's session to expire at the date 3600.6 seconds from now
      Then the response sets the cookie "sessionid" with the line:
        """
        sessionid=<session key>; expires=<date in 3600 seconds>; HttpOnly; Max-Age=3600; Path=/; SameSite=Lax
        """

    @id:EXP-SET-005 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: An expiry duration of an hour gives an age of an hour
      When the server sets the visitor's session to expire after a duration of 1 hour
      Then the session's expiry date is 1 hour from now

    # A duration is turned into a date when it is set: it counts down from then, it does not
    # start again at every read or save.
    @id:EXP-SET-025 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: An hour's expiry duration read 10 minutes later has 50 minutes left
      Given the server has set the visitor's session to expire after a duration of 1 hour
      And 10 minutes have passed
      When the server reads the visitor's session expiry
      Then the session expires in 3000 seconds, not at browser close

    @id:EXP-SET-006 @spec:django-sessions-set-expiry
    Scenario: Removing the custom expiry returns to the cookie age
      Given the server has set the visitor's session to expire after 300 seconds
      When the server resets the visitor's session expiry to the default
      Then the session expires in 1209600 seconds, not at browser close

    # set_expiry(None) deletes the custom expiry; with none to delete, nothing is written.
    @id:EXP-SET-026 @spec:django-sessions-set-expiry @profile:django
    Scenario: Resetting an expiry that was never set sends no cookie
      When the server resets the visitor's session expiry to the default
      Then the response sets no session cookie

    # Only None means "no custom expiry" to get_expire_at_browser_close, which otherwise asks
    # whether the value equals 0: an empty list does not (Python's [] == 0 is False), and
    # get_expiry_age reads it as no custom expiry, so the cookie age holds.
    @id:EXP-SET-070 @spec:django-sessions-set-expiry
    Scenario: A stored empty list as expiry keeps the cookie age, not browser close
      Given the visitor's session holds "_session_expiry" as the JSON []
      When the server reads the visitor's session expiry
      Then the session expires in 1209600 seconds, not at browser close

    # False equals 0 in Python: a stored false ends the session with the browser, and
    # get_expiry_age reads it as no custom expiry.
    @id:EXP-SET-073 @spec:django-sessions-set-expiry
    Scenario: A stored false as expiry ends the session with the browser
      Given the visitor's session holds "_session_expiry" = false
      When the server reads the visitor's session expiry
      Then the session expires in 1209600 seconds, at browser close

    # A date before 1970 is an instant like any other, its half second included: the age is the
    # whole seconds until it, far below zero.
    @id:EXP-SET-071 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: An expiry date before 1970 with a half second gives its age
      Given the clock is at the moment of the Django vectors
      When the server sets the visitor's session to expire at the date `1969-07-20T20:17:40.500000+00:00`
      Then the session expires in -2014182940 seconds, not at browser close

    # The fixture gives set_expiry(None) as "none": true; false names no value at all, so the
    # call is refused rather than read as None.
    @id:EXP-SET-074 @spec:django-sessions-set-expiry @profile:django
    Scenario: set_expiry's None given as false is refused
      When the server calls set_expiry with none given as false
      Then the server refuses the call

  Rule: a custom expiry is honoured by the server

    @id:EXP-SET-007 @spec:django-sessions-set-expiry @server-side-engine
    Scenario: A session given 300 seconds is gone after 301 seconds
      Given the server has set the visitor's session to expire after 300 seconds
      And 301 seconds have passed
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:EXP-SET-008 @spec:django-sessions-set-expiry
    Scenario: A session given 300 seconds is still there after 299 seconds
      Given the server has set the visitor's session to expire after 300 seconds
      And 299 seconds have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # set_expiry(None) that removes a custom expiry modifies the session (095), so a request that
    # does nothing else saves the session with the cookie age again: the 300 seconds are gone.
    @id:EXP-SET-078 @spec:django-sessions-set-expiry
    Scenario: A reset expiry keeps the session past the 300 seconds
      Given the server has set the visitor's session to expire after 300 seconds
      And the server has reset the visitor's session expiry to the default
      And 301 seconds have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # set_expiry(0) ends the cookie with the browser; on the server the session keeps the cookie
    # age, counted from the save (get_expiry_date with no custom expiry): the browser below stays open.
    @id:EXP-SET-022 @spec:django-sessions-set-expiry @server-side-engine
    Scenario Outline: A session set to end with the browser, read <elapsed> later
      Given the server has set the visitor's session to expire when the browser closes
      And <elapsed> have passed
      When the server reads "cart" from the visitor's session
      Then <outcome>

      Examples:
        | elapsed         | outcome                             |
        | 1209599 seconds | the server finds "cart" = "3 items" |
        | 1209600 seconds | the server finds no "cart"          |
        | 1209601 seconds | the server finds no "cart"          |

    # The file engine keeps an expiry given in seconds as an age, never reached (EXP-ENG-020).
    @id:EXP-SET-020 @spec:django-sessions-set-expiry @engine:db @engine:cache @engine:cached-db @engine:memory
    Scenario Outline: A copied cookie <elapsed> after a 300-second expiry finds nothing
      Given the server has set the visitor's session to expire after 300 seconds
      And the visitor kept a copy of the session cookie
      And <elapsed> have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

      Examples:
        | elapsed     |
        | 300 seconds |
        | 301 seconds |

    @id:EXP-SET-021 @spec:django-sessions-set-expiry @engine:db @engine:cache @engine:cached-db @engine:memory
    Scenario: A copied cookie finds the session one second before its expiry
      Given the server has set the visitor's session to expire after 300 seconds
      And the visitor kept a copy of the session cookie
      And 299 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "3 items"

    # get_expiry_age counts the whole seconds of a date (timedelta's days and seconds, the
    # microseconds dropped); the record keeps the date to the microsecond (get_expiry_date).
    @id:EXP-SET-023 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: An expiry date a tenth of a second ahead gives an age of zero
      When the server sets the visitor's session to expire at the date 0.1 seconds from now
      Then the session expires in 0 seconds, not at browser close

    @id:EXP-SET-024 @spec:django-sessions-set-expiry @engine:db @engine:memory @differs:django-3.2
    Scenario Outline: A copied cookie <elapsed> after an expiry date <ahead> ahead
      Given the visitor kept a copy of the session cookie
      And the server has set the visitor's session to expire at the date <ahead> from now
      And <elapsed> have passed
      When the visitor comes back with the copied session cookie
      Then <outcome>

      Examples:
        | ahead        | elapsed     | outcome                             |
        | 1.5 seconds  | 1 second    | the server finds "cart" = "3 items" |
        | 0.05 seconds | 0.1 seconds | the server finds no "cart"          |

    # The whole seconds are counted down, never rounded: 0.9 seconds is an age of 0, 1.5 of 1, and
    # a date in the past a negative age (-0.5 seconds is -1), never 0.
    @id:EXP-SET-040 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario Outline: An expiry date <ahead> seconds ahead gives an age of <age> seconds
      When the server sets the visitor's session to expire at the date <ahead> seconds from now
      Then the session expires in <age> seconds, not at browser close

      Examples:
        | ahead | age   |
        | 0.9   | 0     |
        | 1.5   | 1     |
        | 299.5 | 299   |
        | -0.5  | -1    |
        | -3600 | -3600 |

    # Inside a second the count stays exact: six years ahead (past 2038, where the time in
    # seconds is held less finely) is still 200000000 whole seconds away, and a duration counts
    # from the instant set_expiry ran, not from the start of its second.
    @id:EXP-SET-041 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario Outline: An expiry set <how> mid-second gives <age> seconds
      Given the clock is at the moment of the Django vectors
      And 0.2 seconds have passed
      When the server sets the visitor's session to expire <how>
      Then the session expires in <age> seconds, not at browser close

      Examples:
        | how                                    | age       |
        | at the date 200000000 seconds from now | 200000000 |
        | after a duration of 300 seconds        | 300       |

    # An aware datetime in another zone is the same instant, and its microseconds count: an hour
    # ahead written at +02:00 and at +05:30, and a second and 0.0005 seconds ahead, read 0.0003
    # seconds after the vectors' moment (3599.9997 and 1.0002 seconds: 3599 and 1).
    @id:EXP-SET-042 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario Outline: An expiry date written `<date>` gives <age> seconds
      Given the clock is at the moment of the Django vectors
      And 0.0003 seconds have passed
      When the server sets the visitor's session to expire at the date `<date>`
      Then the session expires in <age> seconds, not at browser close

      Examples:
        | date                             | age  |
        | 2033-05-18T06:33:20+02:00        | 3599 |
        | 2033-05-18T10:03:20+05:30        | 3599 |
        | 2033-05-18T03:33:21.000500+00:00 | 1    |

    # set_expiry stores a datetime as its isoformat(): all six digits of the microseconds.
    @id:EXP-SET-050 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: An expiry date half a second past is stored with six digits
      Given the clock is at the moment of the Django vectors
      When the server sets the visitor's session to expire at the date `2033-05-18T04:33:20.500000+00:00`
      Then the visitor's next request finds "_session_expiry" = "2033-05-18T04:33:20.500000+00:00"

    # The custom expiry is a key of the session's data, listed with the view's own keys.
    @id:EXP-SET-075 @spec:django-sessions-set-expiry
    Scenario: An expiry of 300 seconds is listed among the session's keys
      Given the server has set the visitor's session to expire after 300 seconds
      When the server reads the visitor's whole session
      Then the server finds "_session_expiry" as the number 300
      And the server finds "cart" = "3 items"

    # A number under _session_expiry is an age in seconds as it is, a fraction included.
    @id:EXP-SET-051 @spec:django-sessions-set-expiry
    Scenario: A stored expiry of 1.5 seconds dates the session 1.5 seconds ahead
      Given the visitor's session holds "_session_expiry" as the number 1.5
      When the server reads the visitor's session expiry
      Then the session's expiry date is exactly 1.5 seconds from now

    # The cookie's expires is now plus the age, fraction included, cut to the second only when
    # written (Max-Age is int(1.5)): 1.5 seconds from 0.6 seconds into a second ends 2 seconds on.
    @id:EXP-SET-052 @spec:django-sessions-set-expiry @profile:django
    Scenario: A stored expiry of 1.5 seconds gives a cookie expiring 2 seconds on
      Given the session cookie settings are:
        | name | mysess |
      And the clock is at the moment of the Django vectors
      And 0.6 seconds have passed
      When the server stores "_session_expiry" as the number 1.5 in the visitor's session
      Then the response sets the cookie "mysess" with the line:
        """
        mysess=<session key>; expires=<date in 2 seconds>; HttpOnly; Max-Age=1; Path=/; SameSite=Lax
        """

    # A timedelta may be negative: the date is in the past and the age below zero, as for seconds.
    @id:EXP-SET-043 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: A negative duration gives a negative age
      When the server sets the visitor's session to expire after the duration `-PT10S`
      Then the session expires in -10 seconds, not at browser close

    # A timedelta holds microseconds: half a millisecond is 500 µs, kept in the stored date
    # (not rounded to a whole millisecond, as a JavaScript date would). Django 3.2 cannot save a
    # timedelta expiry at all (EXP-SET-043).
    @id:EXP-SET-079 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: A duration of half a millisecond keeps its microseconds
      When the server sets the visitor's session to expire after the duration `PT0.0005S`
      Then the session's expiry date is exactly 0.0005 seconds from now

    @id:EXP-SET-009 @spec:django-sessions-set-expiry @server-side-engine
    Scenario: A custom expiry counts from the last save
      Given the server has set the visitor's session to expire after 300 seconds
      And 200 seconds have passed
      And the visitor's session holds "cart" = "4 items"
      And another 200 seconds have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "4 items"

    @id:EXP-SET-010 @spec:django-sessions-set-expiry @server-side-engine
    Scenario: A negative expiry ends the session at once
      When the server sets the visitor's session to expire after -10 seconds
      Then the response sets the session cookie with the max age -10
      And the visitor holds no session cookie

    # The store ends it too: get_expiry_age is -10, so the row's or the cache entry's expiry is
    # already past, and the file engine, which reads a number as an age, finds the file expired.
    @id:EXP-SET-077 @spec:django-sessions-set-expiry @server-side-engine
    Scenario: A session given a negative expiry is gone for a copied cookie
      Given the visitor kept a copy of the session cookie
      And the server has set the visitor's session to expire after -10 seconds
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    # The database keeps expire_date to the microsecond: a date 60.0004 seconds after the
    # vectors' moment is still ahead 60.0002 seconds after it. (The cookie's Max-Age is 60, so the browser has let it go: the
    # visitor sends a copy.)
    @id:EXP-SET-072 @spec:django-sessions-set-expiry @engine:db @engine:memory @differs:django-3.2
    Scenario: A session expiring 0.0002 seconds from now still loads
      Given the clock is at the moment of the Django vectors
      And the visitor's session holds "cart" = "4 items"
      And the server has set the visitor's session to expire at the date `2033-05-18T03:34:20.000400+00:00`
      And the visitor kept a copy of the session cookie
      And 60.0002 seconds have passed
      When the visitor comes back with the copied session cookie
      Then the server finds "cart" = "4 items"

  Rule: reading the expiry reads the session

    # get_expiry_age, get_expiry_date and get_expire_at_browser_close read "_session_expiry"
    # from the session, which is an access: the answer depends on the session, so it varies on
    # Cookie even when nothing else of the session was read.
    @id:EXP-SET-060 @spec:django-sessions-set-expiry @profile:django
    Scenario: Reading the session's expiry makes the response vary on Cookie
      When the server reads the visitor's session expiry
      Then the response varies on Cookie
