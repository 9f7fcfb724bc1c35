@area:cookies
Feature: Expiry dates and durations as a view writes them
  A view often reads an expiry date or a max age from text. Django reads it with
  django.utils.dateparse: "T" or a space before the time, a fraction after "." or "," cut (not
  rounded) to the microsecond, an offset of hours with or without minutes and colon, and
  durations whose units may have fractions. The cookie gets what the text says; Max-Age is one
  argument, given once. Conforms to HttpResponse.set_cookie and django.utils.dateparse.

  Rule: every form of a date-time Django reads gives the same max age

    # The instant is 100 seconds after the clock, plus the written fraction; Django's max age
    # is the whole seconds until then, plus one.
    @id:COOK-WRT-090 @spec:django-utils-dateparse @spec:django-httpresponse-set-cookie @clock
    Scenario Outline: An expiry date written <written> gives the max age <max age>
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" expiring 100 seconds from now, written "<written>"
      Then the response sets the cookie "a" with the max age <max age>

      Examples:
        | written                      | max age |
        | YYYY-MM-DDThh:mm:ssZ         | 101     |
        | YYYY-MM-DD hh:mm:ssZ         | 101     |
        | YYYY-MM-DDThh:mm:ss+05:30    | 101     |
        | YYYY-MM-DDThh:mm:ss+0530     | 101     |
        | YYYY-MM-DDThh:mm:ss-03       | 101     |
        | YYYY-MM-DDThh:mm:ss.9999999Z | 101     |
        | YYYY-MM-DDThh:mm:ss,5Z       | 101     |
        | YYYY-MM-DDThh:mm:ss-03:30    | 101     |

  Rule: a duration's fractions of a unit count, and so do its fractions of a second

    # Django 3.2 rejects a timedelta max_age with a TypeError; Django 4.1 and later accept it,
    # timedelta(0) too (Max-Age=0: a duration of nothing is still a max age).
    @id:COOK-WRT-091 @spec:django-utils-dateparse @spec:django-httpresponse-set-cookie @differs:django-3.2 @profile:django
    Scenario Outline: A max age written <written> is <max age> seconds
      When the server sets the cookie "a" to "b" with the max age written "<written>"
      Then the response sets the cookie "a" with the max age <max age>

      Examples:
        | written | max age |
        | PT1.5M  | 90      |
        | PT2.5H  | 9000    |
        | P1.5D   | 129600  |
        | PT0S    | 0       |
        | +P1DT1H | 90000   |

    # Max-Age is cut to whole seconds; the expires date is the clock plus the whole duration,
    # here 0.6 + 0.5 seconds past a whole second: the next second, not this one.
    @id:COOK-WRT-092 @spec:django-httpresponse-set-cookie @differs:django-3.2 @clock @profile:django
    Scenario: Half a second's duration still moves the expires date on
      Given the clock is at the moment of the Django vectors
      And 0.6 seconds have passed
      When the server sets the cookie "a" to "b" with the max age written "PT0.5S"
      Then the response sets the cookie "a" with the max age 0
      And the response sets the cookie "a" with an expires date 1 seconds from now

    @id:COOK-WRT-093 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A max age given both in seconds and as a duration is refused
      When the server sets the cookie "a" to "b" with the max age 10 and the max age written "PT10S"
      Then the server refuses to set the cookie
