@area:cookies @security
Feature: Cookies built from hostile input
  Names, values and attributes often come from user input. A server never lets such input
  add a header, add an attribute, or start another cookie: it refuses an illegal name or
  attribute, and it quotes an unusual value. Conforms to RFC 6265bis sections 4.1.1 and 5.6,
  and to the fixes for CVE-2024-47764 (npm cookie) and CVE-2026-16052 (CPython Morsel).

  Rule: an illegal name is refused and no cookie is set

    @id:COOK-HOS-001 @spec:rfc6265bis-4.1.1
    Scenario Outline: The name "<name>" is refused
      When the server sets a cookie named "<name>" to "x"
      Then the server refuses to set the cookie
      And the response sets no cookie

      Examples:
        | name                    |
        | bad name                |
        | a=b; Max-Age=999; x     |
        | evil;Domain=evil.test   |

      # Python's cookie module reserves attribute names; RFC 6265bis does not.
      @profile:django
      Examples: attribute names are reserved
        | name                    |
        | path                    |

    # CPython's Morsel reserves its attribute names in any case (http.cookies, Morsel._reserved).
    @id:COOK-HOS-020 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The attribute name "<name>" is refused as a cookie name
      When the server sets a cookie named "<name>" to "x"
      Then the server refuses to set the cookie
      And the response sets no cookie

      Examples:
        | name     |
        | expires  |
        | Path     |
        | comment  |
        | DOMAIN   |
        | max-age  |
        | Secure   |
        | httponly |
        | version  |
        | SameSite |

    # Django 5.2.17 on the CPython it runs on (Debian's 3.11) does not reserve "partitioned",
    # the attribute CPython 3.14's Morsel added (literal line from Django 5.2.17).
    @id:COOK-HOS-021 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The name "<name>" is an ordinary cookie name
      When the server sets a cookie named "<name>" to "x"
      Then the response sets the cookie "<name>" with the line:
        """
        <name>=x; Path=/
        """

      Examples:
        | name        |
        | partitioned |
        | Partitioned |

    # CPython's legal key characters are RFC 9110's token characters and ":" as well
    # (http.cookies._LegalChars): none of them is refused (literal lines from Django 5.2.17).
    @id:COOK-HOS-022 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The name "<name>" is a legal cookie name
      When the server sets a cookie named "<name>" to "x"
      Then the response sets the cookie "<name>" with the line:
        """
        <name>=x; Path=/
        """

      Examples:
        | name              |
        | a:b               |
        | !#$%&'*+-.^_`\|~z |

  Rule: a value can never break out of its cookie

    @id:COOK-HOS-002 @spec:rfc6265bis-5.6
    Scenario: Line breaks in a value do not add a header
      When the server sets the cookie "a" to a value with a line break followed by "Set-Cookie: admin=1"
      Then the response has no header line starting with "admin"
      And the visitor does not hold the cookie "admin"

    # Python quotes such a value rather than refusing it: CR and LF become \015 and \012 inside
    # the quotes, so the cookie is set and stays on its one line (literal line from Django 5.2.17).
    @id:COOK-HOS-023 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A value with a line break is set with the break escaped
      When the server sets the cookie "a" to a value with a line break followed by "Set-Cookie: admin=1"
      Then the response sets the cookie "a" with the line:
        """
        a="x\015\012Set-Cookie: admin=1"; Path=/
        """

    @id:COOK-HOS-003 @spec:rfc6265bis-4.1.1
    Scenario: A value with attribute syntax adds no attribute
      When the server sets the cookie "a" to "x; Domain=evil.test; Max-Age=999"
      Then the response sets the cookie "a" without a domain
      And the response sets the cookie "a" without a max age
      And the visitor holds the cookie "a"

    @id:COOK-HOS-004 @spec:rfc6265bis-4.1.1
    Scenario: A value with a NUL byte round-trips without cutting the cookie short
      Given the server has set the cookie "a" to a value with a NUL byte between "x" and "y"
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with that value

  Rule: an attribute value with a semicolon or a line break adds nothing to the cookie

    # A core rule beyond Django: Django's set_cookie writes path, domain and an expires given as
    # a string unchecked in every version, and only a CPython with the Morsel fixes refuses control
    # characters in them.

    @id:COOK-HOS-005 @spec:rfc6265bis-4.1.1
    Scenario Outline: A <attribute> that tries to add "<injected>" adds nothing
      When the server sets the cookie "a" to "b" with:
        | <attribute> | <hostile> |
      Then the server refuses the cookie or writes it without what the value injects

      Examples:
        | attribute     | hostile                                         | injected      |
        | path          | /; Domain=evil.test                             | a domain      |
        | domain        | example.com; SameSite=None                      | SameSite None |
        | path          | /{CRLF}Set-Cookie: admin=1                      | a header      |
        | given expires | Thu, 01 Jan 2099 00:00:00 GMT; Domain=evil.test | a domain      |

  Rule: an oversized cookie from the visitor never breaks the server

    @id:COOK-HOS-006 @spec:rfc6265bis-6.1
    Scenario: A 6000-character cookie is read in full or refused, never crashing
      Given the visitor's browser sends a cookie "big" of 6000 characters
      When the server reads the visitor's cookies
      Then the server either sees the whole cookie "big" or refuses the request as too large
