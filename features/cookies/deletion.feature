@area:cookies
Feature: Deleting a cookie
  A server deletes a cookie by setting it again, empty and already expired, with the same
  path and domain so that the browser finds the one to remove. Conforms to Django's
  HttpResponse.delete_cookie and RFC 6265bis section 3.1 ("removing a cookie").

  Rule: a deletion is an empty value that expired at the epoch

    @id:COOK-DEL-001 @spec:django-httpresponse-delete-cookie @profile:django
    Scenario: A deletion reads as an empty quoted value expired at the epoch
      When the server deletes the cookie "a"
      Then the response sets the cookie "a" with the line:
        """
        a=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/
        """

    @id:COOK-DEL-002 @spec:rfc6265bis-3.1
    Scenario: The visitor no longer holds a deleted cookie
      Given the server has set the cookie "a" to "b"
      When the server deletes the cookie "a"
      Then the visitor does not hold the cookie "a"

    @id:COOK-DEL-003 @spec:rfc6265bis-3.1
    Scenario: A deletion never carries HttpOnly
      When the server deletes the cookie "a"
      Then the response deletes the cookie "a"
      And the response sets the cookie "a" without the HttpOnly flag

  Rule: a deletion repeats the path, domain and SameSite it is given

    @id:COOK-DEL-004 @spec:rfc6265bis-3.1
    Scenario: A cookie set on a path is removed by a deletion on that path
      Given the server has set the cookie "a" to "b" with:
        | path | /shop/ |
      When the server deletes the cookie "a" with:
        | path | /shop/ |
      Then the visitor does not hold the cookie "a"

    @id:COOK-DEL-005 @spec:django-httpresponse-delete-cookie @profile:django
    Scenario: A deletion with a domain, a path and SameSite Lax lists all three
      When the server deletes the cookie "a" with:
        | domain   | example.com |
        | path     | /x/         |
        | samesite | Lax         |
      Then the response sets the cookie "a" with the line:
        """
        a=""; Domain=example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/x/; SameSite=Lax
        """

    # delete_cookie hands its domain to set_cookie as it is: a leading dot and the capitals are
    # kept, as set_cookie keeps them (literal lines from Django 5.2.17).
    @id:COOK-DEL-024 @spec:django-httpresponse-delete-cookie @profile:django
    Scenario Outline: A deletion writes the domain "<domain>" as spelled
      When the server deletes the cookie "a" with:
        | domain | <domain> |
      Then the response sets the cookie "a" with the line:
        """
        a=""; Domain=<domain>; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/
        """

      Examples:
        | domain       |
        | .Example.com |
        | Example.COM  |

    # delete_cookie hands its path to set_cookie as it is: a path given as None writes no Path
    # attribute, where a path left out is "/" (COOK-DEL-001). Literal line from Django 5.2.17
    # and 3.2.25.
    @id:COOK-DEL-023 @spec:django-httpresponse-delete-cookie @profile:django
    Scenario: A deletion with the path given as None writes no Path
      When the server deletes the cookie "a" with the path given as None
      Then the response sets the cookie "a" with the line:
        """
        a=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0
        """

  Rule: a deletion adds Secure where a browser would otherwise ignore it

    @id:COOK-DEL-006 @spec:rfc6265bis-4.1.3
    Scenario Outline: Deleting the prefixed cookie "<name>" adds Secure
      When the server deletes the cookie "<name>"
      Then the response sets the cookie "<name>" with the Secure flag

      Examples:
        | name         |
        | __Secure-sid |
        | __Host-sid   |

    @id:COOK-DEL-007 @spec:rfc6265bis-4.1.2.7
    Scenario: Deleting a cookie with SameSite None adds Secure
      When the server deletes the cookie "a" with:
        | samesite | None |
      Then the response sets the cookie "a" with the Secure flag
      And the response sets the cookie "a" with SameSite "None"

    @id:COOK-DEL-020 @spec:rfc6265bis-4.1.2.7
    Scenario Outline: Deleting a cookie with SameSite "<spelling>" adds Secure
      When the server deletes the cookie "a" with:
        | samesite | <spelling> |
      Then the response sets the cookie "a" with the Secure flag
      And the response sets the cookie "a" with SameSite "<spelling>"

      Examples:
        | spelling |
        | none     |
        | NONE     |

    @id:COOK-DEL-021 @spec:django-httpresponse-delete-cookie
    Scenario Outline: Deleting a cookie with SameSite "<spelling>" does not add Secure
      When the server deletes the cookie "a" with:
        | samesite | <spelling> |
      Then the response sets the cookie "a" without the Secure flag
      And the response sets the cookie "a" with SameSite "<spelling>"

      Examples:
        | spelling |
        | Lax      |
        | lax      |
        | Strict   |
        | strict   |

    # Django compares the prefixes exactly (delete_cookie: key.startswith(("__Secure-", "__Host-"))).
    @id:COOK-DEL-022 @spec:django-httpresponse-delete-cookie @profile:django
    Scenario Outline: Deleting the cookie "<name>" does not add Secure
      When the server deletes the cookie "<name>"
      Then the response sets the cookie "<name>" without the Secure flag

      Examples:
        | name         |
        | __secure-sid |
        | __SECURE-sid |
        | __host-sid   |
        | _Secure-sid  |

    @id:COOK-DEL-008 @spec:django-httpresponse-delete-cookie
    Scenario: Deleting an ordinary cookie does not add Secure
      When the server deletes the cookie "a"
      Then the response sets the cookie "a" without the Secure flag
