@area:cookies
Feature: How the server reads the cookies it receives
  The browser sends its cookies back as name=value pairs separated by semicolons. Only a
  semicolon separates two cookies, so a value can never smuggle in a second cookie.
  Conforms to Django's cookie parsing (django.http.cookie.parse_cookie, request.COOKIES)
  and RFC 6265bis section 4.2.

  Rule: pairs are separated by semicolons only

    @id:COOK-RD-001 @spec:rfc6265bis-4.2.1
    Scenario: Two cookies separated by a semicolon are both read
      Given the visitor's browser sends the cookie header "a=1; b=2"
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name | value |
        | a    | 1     |
        | b    | 2     |

    @id:COOK-RD-002 @spec:rfc6265bis-4.2.1
    Scenario: A comma does not separate two cookies
      Given the visitor's browser sends the cookie header "trk=x,csrftoken=evil"
      When the server reads the visitor's cookies
      Then the server sees no cookie named "csrftoken"

    @id:COOK-RD-003 @spec:rfc6265bis-4.2.1
    Scenario: A space does not separate two cookies
      Given the visitor's browser sends the cookie header "a=1 sessionid=evil"
      When the server reads the visitor's cookies
      Then the server sees no cookie named "sessionid"
      And the server sees the cookie "a" with the value "1 sessionid=evil"

    @id:COOK-RD-004 @spec:rfc6265bis-4.2.1
    Scenario: Cookies sent on several header lines are all read
      Given the visitor's browser sends the cookie headers "a=1" and "b=2" on separate lines
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the value "1"
      And the server sees the cookie "b" with the value "2"

  Rule: a value is split at its first equals sign and unquoted

    @id:COOK-RD-005 @spec:django-request-cookies
    Scenario: A value may itself contain an equals sign
      Given the visitor's browser sends the cookie header "a=b=c"
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the value "b=c"

    @id:COOK-RD-006 @spec:django-request-cookies @profile:django
    Scenario: A quoted value with octal escapes is decoded
      Given the visitor's browser sends the cookie header "a=\"x\073y\""
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the value "x;y"

    # Python's http.cookies unquotes a value only when it starts and ends with a double quote:
    # a backslash and three octal digits, the first 0-3, is one character; a backslash before
    # anything else is that character; a backslash at the end stays (literal reads by Django
    # 5.2.17's parse_cookie). A Cookie header cannot carry a line break, the one character a
    # backslash does not escape.
    @id:COOK-RD-022 @spec:django-request-cookies @profile:django
    Scenario Outline: The value `<sent>` is read as `<read>`
      Given the visitor's browser sends the cookie header `a=<sent>`
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the text `<read>`

      Examples: quoted on both sides only
        | sent  | read |
        | "     | "    |
        | ""    |      |
        | "xy   | "xy  |
        | xy"   | xy"  |
        | "x"y" | x"y  |

      Examples: a backslash and three octal digits, the first of them 0-3
        | sent         | read   |
        | "\377"      | ÿ      |
        | "\477"      | 477    |
        | "\/12"      | /12    |
        | "\089"      | 089    |
        | "\08"       | 08     |
        | "\0/7"      | 0/7    |
        | "\019"      | 019    |
        | "\01/"      | 01/    |
        | "\01"       | 01     |
        | "caf\351☕" | café☕ |

      Examples: a backslash before any other character, or at the end
        | sent       | read  |
        | "\a\""   | a"    |
        | "\\\""  | \"   |
        | "\é\☕"  | é☕   |
        | "x\"      | x\   |
        | "\"       | \    |
        | "☕"       | ☕    |

      # Python's "any character" includes U+2028 and U+2029 (written raw below, invisible:
      # LINE SEPARATOR and PARAGRAPH SEPARATOR after the backslash); JavaScript's dot does not.
      Examples: a backslash before a line or paragraph separator
        | sent     | read  |
        | "x\ y" | x y |
        | "x\ y" | x y |

    # The value is stripped before it is unquoted: the spaces inside the quotes are the value's.
    @id:COOK-RD-028 @spec:django-request-cookies @profile:django
    Scenario: Spaces inside a quoted value are kept
      Given the visitor's browser sends the cookie header `a=" x "`
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the text ` x `

    @id:COOK-RD-007 @spec:django-request-cookies
    Scenario: An empty value is read as empty
      Given the visitor's browser sends the cookie header "a=; b=2"
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the value ""

    @id:COOK-RD-020 @spec:django-request-cookies
    Scenario Outline: A name and value padded with <padding> are stripped
      Given the visitor's browser sends the cookie "a" = "1" padded with <padding>
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name  | value |
        | first | 0     |
        | a     | 1     |
        | last  | 9     |

      Examples:
        | padding                       |
        | tabs                          |
        | spaces                        |

      # RFC 6265bis strips only spaces and tabs; stripping these too is Python's str.strip.
      @profile:django
      Examples: Python's white space
        | padding                       |
        | next-line characters (U+0085) |
        | no-break spaces (U+00A0)      |
        | the Unicode spaces U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 |

    # Python's str.isspace() is false for the byte order mark, so str.strip() keeps it where
    # JavaScript's trim() and \s remove it: the padded name is another name.
    @id:COOK-RD-031 @spec:django-request-cookies @profile:django
    Scenario: A name padded with byte order marks (U+FEFF) is not stripped
      Given the visitor's browser sends the cookie "a" = "1" padded with byte order marks (U+FEFF)
      When the server reads the visitor's cookies
      Then the server sees no cookie named "a"

  Rule: unusual names and repeated names are read without failing

    @id:COOK-RD-008 @spec:django-request-cookies @profile:django
    Scenario: When a name is repeated, the last value wins
      Given the visitor's browser sends the cookie header "sessionid=abc; sessionid=def"
      When the server reads the visitor's cookies
      Then the server sees the cookie "sessionid" with the value "def"

    # Django's parse_cookie fills a dict: a repeated name takes the later value but keeps the
    # place its first occurrence gave it.
    @id:COOK-RD-023 @spec:django-request-cookies @profile:django
    Scenario: A repeated name keeps the place of its first occurrence
      Given the visitor's browser sends the cookie header "a=1; b=2; a=3"
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name | value |
        | a    | 3     |
        | b    | 2     |

    @id:COOK-RD-009 @spec:django-request-cookies @profile:django
    Scenario: A pair without an equals sign is a cookie with an empty name
      Given the visitor's browser sends the cookie header "novalue; a=1"
      When the server reads the visitor's cookies
      Then the server sees the cookie "" with the value "novalue"

    @id:COOK-RD-021 @spec:django-request-cookies @profile:django
    Scenario: A pair that starts with an equals sign has an empty name
      Given the visitor's browser sends the cookie header "=b; a=1"
      When the server reads the visitor's cookies
      Then the server sees the cookie "" with the value "b"

    # Only the value is unquoted: a name keeps its quotes and its backslashes.
    @id:COOK-RD-029 @spec:django-request-cookies @profile:django
    Scenario: A quoted name is read with its quotes
      Given the visitor's browser sends the cookie header `"a"=1; "\142"=2`
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name   | value |
        | "a"    | 1     |
        | "\142" | 2     |

    @id:COOK-RD-010 @spec:django-request-cookies
    Scenario: Names that are also object properties are ordinary cookies
      Given the visitor's browser sends the cookie header "__proto__=x; constructor=y; toString=z; a=1"
      When the server reads the visitor's cookies
      Then the server sees the cookie "__proto__" with the value "x"
      And the server sees the cookie "constructor" with the value "y"
      And the server sees the cookie "a" with the value "1"

    # request.COOKIES is a dict keyed by the name as sent: case makes another name.
    @id:COOK-RD-100 @spec:django-request-cookies
    Scenario: Names that differ only in case are two cookies
      Given the visitor's browser sends the cookie header "lang=en; Lang=fr; LANG=de"
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name | value |
        | lang | en    |
        | Lang | fr    |
        | LANG | de    |

    @id:COOK-RD-011 @spec:django-request-cookies
    Scenario: Empty pairs between semicolons are ignored
      Given the visitor's browser sends the cookie header ";;a=1;; ;"
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name | value |
        | a    | 1     |

    # Only a pair whose name and value are both empty is left out: "=" alone is one.
    @id:COOK-RD-030 @spec:django-request-cookies @profile:django
    Scenario: A pair that is only an equals sign is ignored
      Given the visitor's browser sends the cookie header " = ; a=1"
      When the server reads the visitor's cookies
      Then the server sees exactly these cookies:
        | name | value |
        | a    | 1     |

    @id:COOK-RD-012 @spec:rfc6265bis-5.4
    Scenario: A value that is not valid percent-encoding is kept as it is
      Given the visitor's browser sends the cookie header "a=%E0%A4%A; b=%2e%2e%2f"
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the value "%E0%A4%A"
      And the server sees the cookie "b" with the value "%2e%2e%2f"

    # Django unquotes with Python's rules, so each escaped backslash becomes one.
    @id:COOK-RD-013 @spec:django-request-cookies @profile:django
    Scenario: A long run of backslashes in a quoted value is read without failing
      Given the visitor's browser sends a cookie "x" whose quoted value is 4000 backslashes
      When the server reads the visitor's cookies
      Then the server sees the cookie "x" with a value of 2000 backslashes
