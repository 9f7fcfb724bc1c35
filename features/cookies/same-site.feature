@area:cookies
Feature: The SameSite attribute
  SameSite tells the browser whether to send a cookie with requests that other sites start.
  Django accepts "lax", "none" and "strict" in any letter case, writes the value exactly as
  given, and refuses anything else. Conforms to Django's HttpResponse.set_cookie (samesite)
  and RFC 6265bis section 4.1.2.7.

  Rule: the three SameSite values are accepted, in any letter case

    @id:COOK-SS-001 @spec:rfc6265bis-4.1.2.7
    Scenario Outline: SameSite <value> is accepted
      When the server sets the cookie "a" to "b" with:
        | samesite | <value> |
      Then the response sets the cookie "a" with SameSite "<value>"

      Examples:
        | value  |
        | Strict |
        | Lax    |
        | None   |

    @id:COOK-SS-002 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: SameSite "<value>" is written exactly as given
      When the server sets the cookie "a" to "b" with:
        | samesite | <value> |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Path=/; SameSite=<value>
        """

      Examples:
        | value  |
        | lax    |
        | STRICT |
        | None   |

    @id:COOK-SS-003 @spec:django-httpresponse-set-cookie
    Scenario Outline: SameSite "<value>" is refused
      When the server sets the cookie "a" to "b" with:
        | samesite | <value> |
      Then the server refuses to set the cookie
      And the response sets no cookie

      Examples:
        | value   |
        | always  |
        | Laxx    |
        | none;   |

    # A framework that adds SameSite=Lax by default (as @fastify/cookie does) is safer, not wrong.
    @id:COOK-SS-004 @spec:rfc6265bis-4.1.2.7 @profile:django
    Scenario: A cookie without SameSite carries no SameSite attribute
      When the server sets the cookie "a" to "b"
      Then the response sets the cookie "a" without a SameSite attribute

    # Django's set_cookie leaves Secure to the caller; only delete_cookie adds it (see deletion).
    @id:COOK-SS-005 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: SameSite None on set does not add Secure by itself
      When the server sets the cookie "a" to "b" with:
        | samesite | None |
      Then the response sets the cookie "a" without the Secure flag

    # A view may pass samesite=None, set_cookie's own default: no SameSite attribute (literal
    # line from Django 5.2.17 and 3.2.25).
    @id:COOK-SS-006 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A SameSite given as None writes no SameSite attribute
      When the server sets the cookie "a" to "b" with SameSite given as None
      Then the response sets the cookie "a" with the line:
        """
        a=b; Path=/
        """

    # Django tests samesite for truth (`if samesite:`), so an empty text is no SameSite at all:
    # neither refused as another value nor written (literal line from Django 5.2.17).
    @id:COOK-SS-007 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A SameSite given as empty text writes no SameSite attribute
      When the server sets the cookie "a" to "b" with:
        | samesite |  |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Path=/
        """
