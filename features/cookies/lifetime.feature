@area:cookies
Feature: How long a cookie lives
  A cookie without Max-Age or expires ends with the browser session. Max-Age counts seconds
  from the moment the browser receives the cookie; Django writes both Max-Age and an expires
  date computed from it, so old and new browsers agree. Conforms to Django's
  HttpResponse.set_cookie (max_age, expires) and RFC 6265bis sections 4.1.2.1, 4.1.2.2 and 5.5.

  Rule: a max age gives both Max-Age and a matching expires date

    @id:COOK-LIF-001 @spec:django-httpresponse-set-cookie @clock
    Scenario: A cookie with a max age of 10 seconds expires 10 seconds from now
      When the server sets the cookie "a" to "b" with:
        | max age | 10 seconds |
      Then the response sets the cookie "a" with the max age 10
      And the response sets the cookie "a" with an expires date 10 seconds from now

    @id:COOK-LIF-002 @spec:rfc6265bis-4.1.2.2 @clock
    Scenario: The visitor keeps a cookie until its max age has passed
      Given the server has set the cookie "a" to "b" with:
        | max age | 10 seconds |
      When 9 seconds pass
      Then the visitor holds the cookie "a" with the value "b"

    @id:COOK-LIF-003 @spec:rfc6265bis-4.1.2.2 @clock
    Scenario: The visitor drops a cookie once its max age has passed
      Given the server has set the cookie "a" to "b" with:
        | max age | 10 seconds |
      When 10 seconds pass
      Then the visitor does not hold the cookie "a"

    @id:COOK-LIF-004 @spec:rfc6265bis-4.1.1 @clock
    Scenario: An expires date is written as an IMF-fixdate in GMT
      When the server sets the cookie "a" to "b" with:
        | max age | 2 weeks |
      Then the response sets the cookie "a" with an expires date in IMF-fixdate form

    @id:COOK-LIF-005 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario: A fractional max age is cut to whole seconds, the expires date is not
      When the server sets the cookie "a" to "b" with:
        | max age | 10.9 seconds |
      Then the response sets the cookie "a" with the max age 10
      And the response sets the cookie "a" with an expires date 10 seconds from now

    @id:COOK-LIF-006 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario: A negative max age is written as it is and the cookie is gone at once
      Given the server has set the cookie "a" to "old"
      When the server sets the cookie "a" to "b" with:
        | max age | -5 seconds |
      Then the response sets the cookie "a" with the max age -5
      And the visitor does not hold the cookie "a"

    # Django 3.2 rejects a timedelta max_age with a TypeError; Django 4.1 and later accept it.
    @id:COOK-LIF-007 @spec:django-httpresponse-set-cookie @profile:django @differs:django-3.2
    Scenario: A max age given as a duration is written in whole seconds
      When the server sets the cookie "a" to "b" with:
        | max age | 1 hour as a duration |
      Then the response sets the cookie "a" with the max age 3600

    # Literal lines from Django 5.2.17 at the vectors' moment, Unix time 2000000000
    # (adapters/django/capture_vectors.py): every weekday and month name, a day, hour, minute
    # and second below 10 padded with 0, the turn of a year, a max age of 0 and a negative one
    # (the date now and in the past), a year below 1000 padded to four digits, and the last
    # seconds of year 9999 and the first of year 1, where Python's dates end.
    @id:COOK-LIF-013 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: A max age of <max age> seconds writes the expires date <expires>
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" with:
        | max age | <max age> seconds |
      Then the response sets the cookie "a" with the line:
        """
        a=b; expires=<expires>; Max-Age=<max age>; Path=/
        """

      Examples:
        | max age      | expires                       |
        | 0            | Wed, 18 May 2033 03:33:20 GMT |
        | -5           | Wed, 18 May 2033 03:33:15 GMT |
        | 1            | Wed, 18 May 2033 03:33:21 GMT |
        | 1546123      | Sun, 05 Jun 2033 01:02:03 GMT |
        | 4690030      | Mon, 11 Jul 2033 10:20:30 GMT |
        | 7191349      | Tue, 09 Aug 2033 09:09:09 GMT |
        | 10398400     | Thu, 15 Sep 2033 12:00:00 GMT |
        | 13548707     | Fri, 21 Oct 2033 23:05:07 GMT |
        | 14689844     | Fri, 04 Nov 2033 04:04:04 GMT |
        | 19686399     | Sat, 31 Dec 2033 23:59:59 GMT |
        | 19686400     | Sun, 01 Jan 2034 00:00:00 GMT |
        | 24719628     | Tue, 28 Feb 2034 06:07:08 GMT |
        | 25004455     | Fri, 03 Mar 2034 13:14:15 GMT |
        | 27491201     | Sat, 01 Apr 2034 08:00:01 GMT |
        | 2107542399   | Sun, 28 Feb 2100 23:59:59 GMT |
        | -32610224001 | Tue, 31 Dec 0999 23:59:59 GMT |
        | 251402300798 | Fri, 31 Dec 9999 23:59:58 GMT |
        | 251402300799 | Fri, 31 Dec 9999 23:59:59 GMT |
        | -64135596799 | Mon, 01 Jan 0001 00:00:01 GMT |
        | -64135596800 | Mon, 01 Jan 0001 00:00:00 GMT |

    # One second past either end, Django 5.2.17 raises ValueError ("year 10000 is out of
    # range", "year 0 is out of range") and sets nothing.
    @id:COOK-LIF-015 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: A max age of <max age> seconds, past the years 1 to 9999, is refused
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" with:
        | max age | <max age> seconds |
      Then the server refuses to set the cookie
      And the response sets no cookie

      Examples:
        | max age      |
        | 251402300800 |
        | -64135596801 |

    # Django truncates Max-Age toward zero; the expires date keeps the fraction, rounded to the
    # microsecond and then cut to the second, so 0.9999996 seconds ends a second later, and a
    # date half a second before 1970 falls in 1969 (literal lines from Django 5.2.17, same moment).
    @id:COOK-LIF-014 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: A max age of <max age> seconds is written as Max-Age=<written>
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" with:
        | max age | <max age> seconds |
      Then the response sets the cookie "a" with the line:
        """
        a=b; expires=<expires>; Max-Age=<written>; Path=/
        """

      Examples:
        | max age       | written     | expires                       |
        | 10.9          | 10          | Wed, 18 May 2033 03:33:30 GMT |
        | 59.999999     | 59          | Wed, 18 May 2033 03:34:19 GMT |
        | 0.4           | 0           | Wed, 18 May 2033 03:33:20 GMT |
        | -0.5          | 0           | Wed, 18 May 2033 03:33:19 GMT |
        | -5.5          | -5          | Wed, 18 May 2033 03:33:14 GMT |
        | -0.0000001    | 0           | Wed, 18 May 2033 03:33:20 GMT |
        | 0.9999996     | 0           | Wed, 18 May 2033 03:33:21 GMT |
        | -2000000000.5 | -2000000000 | Wed, 31 Dec 1969 23:59:59 GMT |

    # The expires date is now plus the max age, both with their fractions: 0.6 seconds into the
    # second, half a second more is the next second (literal lines from Django 5.2.17).
    @id:COOK-LIF-021 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: Mid-second, a max age of <max age> seconds ends at <expires>
      Given the clock is at the moment of the Django vectors
      And 0.6 seconds have passed
      When the server sets the cookie "a" to "b" with:
        | max age | <max age> seconds |
      Then the response sets the cookie "a" with the line:
        """
        a=b; expires=<expires>; Max-Age=<written>; Path=/
        """

      Examples:
        | max age | written | expires                       |
        | 0.3     | 0       | Wed, 18 May 2033 03:33:20 GMT |
        | 0.5     | 0       | Wed, 18 May 2033 03:33:21 GMT |
        | 10.4    | 10      | Wed, 18 May 2033 03:33:31 GMT |

  Rule: an expires date given by the server is turned into a max age

    @id:COOK-LIF-008 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario: An expiry date 10 seconds ahead becomes a max age of 11 seconds
      When the server sets the cookie "a" to "b" with:
        | expires | in 10 seconds |
      Then the response sets the cookie "a" with the max age 11
      And the response sets the cookie "a" with an expires date 11 seconds from now

    # Django subtracts the two dates in whole microseconds; six years ahead, past 2038, the
    # seconds a double holds are coarser than the clock's fraction, and the count is still whole.
    # The time left is counted from now with its fraction: 9.9 seconds left give 9 + 1, although
    # the date falls 10.1 seconds after the whole second of now.
    @id:COOK-LIF-022 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: Mid-second, an expiry date <ahead> seconds ahead gives <age>
      Given the clock is at the moment of the Django vectors
      And 0.2 seconds have passed
      When the server sets the cookie "a" to "b" with:
        | expires | in <ahead> seconds |
      Then the response sets the cookie "a" with the max age <age>

      Examples:
        | ahead     | age       |
        | 10        | 11        |
        | 200000000 | 200000001 |
        | 9.9       | 10        |

    # Django adds one second to the time left, floors it at whole seconds, and dates the expires
    # attribute from now plus that max age, not from the date given: half a second past gives 0
    # (literal lines from Django 5.2.17 at the vectors' moment).
    @id:COOK-LIF-023 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: An expiry date <when> writes Max-Age=<age>
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" with:
        | expires | <when> |
      Then the response sets the cookie "a" with the line:
        """
        a=b; expires=<expires>; Max-Age=<age>; Path=/
        """

      Examples:
        | when              | age | expires                       |
        | in 10 seconds     | 11  | Wed, 18 May 2033 03:33:31 GMT |
        | 0.5 seconds ago   | 0   | Wed, 18 May 2033 03:33:20 GMT |

    @id:COOK-LIF-009 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario: An expiry date in the past becomes a max age of zero
      Given the server has set the cookie "a" to "old"
      When the server sets the cookie "a" to "b" with:
        | expires | 1 hour ago |
      Then the response sets the cookie "a" with the max age 0
      And the visitor does not hold the cookie "a"

    @id:COOK-LIF-010 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: An expires text is copied as it is, without a max age
      When the server sets the cookie "a" to "b" with:
        | expires text | 3 days from now |
      Then the response sets the cookie "a" with the expires text it was given
      And the response sets the cookie "a" without a max age

    # Django computes the expires date from the max age only when no text is given (literal
    # line from Django 5.2.17 at the vectors' moment; the text is the date 3 days ahead).
    @id:COOK-LIF-016 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: An expires text given with a max age is kept beside Max-Age
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" with:
        | max age      | 10 seconds      |
        | expires text | 3 days from now |
      Then the response sets the cookie "a" with the line:
        """
        a=b; expires=<expires>; Max-Age=10; Path=/
        """

      Examples:
        | expires                       |
        | Sat, 21 May 2033 03:33:20 GMT |

    # An empty expires text counts as no text: the date is computed from the max age (literal
    # line from Django 5.2.17 at the vectors' moment).
    @id:COOK-LIF-024 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario Outline: An empty expires text given with a max age is replaced by a date
      Given the clock is at the moment of the Django vectors
      When the server sets the cookie "a" to "b" with:
        | max age       | 10 seconds |
        | given expires |            |
      Then the response sets the cookie "a" with the line:
        """
        a=b; expires=<expires>; Max-Age=10; Path=/
        """

      Examples:
        | expires                       |
        | Wed, 18 May 2033 03:33:30 GMT |

    # Django 3.2 silently ignores max_age when expires is a datetime; Django 4.1 and later refuse.
    @id:COOK-LIF-011 @spec:django-httpresponse-set-cookie @profile:django @differs:django-3.2
    Scenario: An expiry date together with a max age is refused
      When the server sets the cookie "a" to "b" with:
        | expires | in 10 seconds |
        | max age | 10 seconds    |
      Then the server refuses to set the cookie
      And the response sets no cookie

    # A max age of zero is a max age all the same (Django tests "is not None").
    @id:COOK-LIF-025 @spec:django-httpresponse-set-cookie @profile:django @differs:django-3.2
    Scenario: An expiry date together with a max age of zero is refused
      When the server sets the cookie "a" to "b" with:
        | expires | in 10 seconds |
        | max age | 0 seconds     |
      Then the server refuses to set the cookie
      And the response sets no cookie

    @id:COOK-LIF-012 @spec:rfc6265bis-5.6 @clock
    Scenario: A cookie whose expires date has passed is no longer sent
      Given the server has set the cookie "a" to "b" with:
        | expires | in 1 hour |
      And 2 hours have passed
      When the server reads the visitor's cookies
      Then the server sees no cookie named "a"
