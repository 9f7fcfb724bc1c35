@area:cookies
Feature: How a cookie is written in the response
  Every cookie the server sets travels in a Set-Cookie line of its own: the name and value,
  then the attributes. Django writes the attributes in one fixed order and spelling, so a
  Django-compatible server produces the same bytes for the same cookie.
  Conforms to Django's HttpResponse.set_cookie (docs: ref/request-response, "set_cookie")
  and RFC 6265bis section 4.1.

  Rule: a plain cookie carries its value and the root path, and nothing else

    @id:COOK-SER-001 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A cookie set with defaults reads "name=value; Path=/"
      When the server sets the cookie "color" to "blue"
      Then the response sets the cookie "color" with the line:
        """
        color=blue; Path=/
        """

    @id:COOK-SER-002 @spec:rfc6265bis-4.1.1
    Scenario: A default cookie is a browser-session cookie for the whole site
      When the server sets the cookie "color" to "blue"
      Then the visitor holds the cookie "color" with the value "blue"
      And the response sets the cookie "color" for the path "/"
      And the response sets the cookie "color" without an expiry

    @id:COOK-SER-003 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A cookie set without a path carries no Path attribute
      When the server sets the cookie "color" to "blue" with:
        | path | none |
      Then the response sets the cookie "color" with the line:
        """
        color=blue
        """

    # Only None leaves Path out by being None; an empty path is written as an empty attribute,
    # which the Morsel leaves out (literal line from Django 5.2.17).
    @id:COOK-SER-021 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A cookie set with an empty path carries no Path attribute
      When the server sets the cookie "color" to "blue" with:
        | path |  |
      Then the response sets the cookie "color" with the line:
        """
        color=blue
        """

    # A Set-Cookie line is sent as Latin-1, as a WSGI header is: a path with a letter of
    # U+0080 to U+00FF is written and sent as it is, one byte a letter (literal line from
    # Django 5.2.17 and 3.2.25).
    @id:COOK-SER-026 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A path with a Latin-1 letter is sent as it is
      When the server sets the cookie "a" to "b" with:
        | path | /café |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Path=/café
        """

  Rule: attributes come in Django's order: Domain, expires, HttpOnly, Max-Age, Path, SameSite, Secure

    @id:COOK-SER-004 @spec:django-httpresponse-set-cookie @profile:django @clock
    Scenario: A cookie with every attribute lists them in Django's order
      When the server sets the cookie "a" to "b" with:
        | domain   | example.com |
        | max age  | 10 seconds  |
        | httponly | yes         |
        | path     | /p/         |
        | samesite | Strict      |
        | secure   | yes         |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Domain=example.com; expires=<date in 10 seconds>; HttpOnly; Max-Age=10; Path=/p/; SameSite=Strict; Secure
        """

    @id:COOK-SER-005 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A domain is written exactly as given, leading dot included
      When the server sets the cookie "a" to "b" with:
        | domain | .example.com |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Domain=.example.com; Path=/
        """

    # Morsel keeps a domain's case: Django writes what it was given, capitals included.
    @id:COOK-SER-016 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A domain in capitals is written in capitals
      When the server sets the cookie "a" to "b" with:
        | domain | Shop.Example.COM |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Domain=Shop.Example.COM; Path=/
        """

    # Morsel writes a path as it was given: a space, a percent sign and brackets stay as they are.
    @id:COOK-SER-100 @spec:django-httpresponse-set-cookie @profile:django
    Scenario: A path is written exactly as given, not percent-encoded
      When the server sets the cookie "a" to "b" with:
        | path | /shop/summer sale/[50%] |
      Then the response sets the cookie "a" with the line:
        """
        a=b; Path=/shop/summer sale/[50%]
        """

  Rule: Secure and HttpOnly are bare flags, present only when asked for

    @id:COOK-SER-006 @spec:rfc6265bis-4.1.2.5 @spec:rfc6265bis-4.1.2.6
    Scenario Outline: The <flag> flag appears only when the server asks for it
      When the server sets the cookie "a" to "b" with:
        | <flag> | <asked> |
      Then the response sets the cookie "a" <presence> the <flag> flag

      Examples:
        | flag     | asked | presence |
        | Secure   | yes   | with     |
        | Secure   | no    | without  |
        | HttpOnly | yes   | with     |
        | HttpOnly | no    | without  |

    @id:COOK-SER-007 @spec:rfc6265bis-4.1.2.6
    Scenario: An HttpOnly cookie is still sent back by the visitor's browser
      Given the server has set the cookie "token" to "t1" with:
        | httponly | yes |
      When the server reads the visitor's cookies
      Then the server sees the cookie "token" with the value "t1"

  Rule: a value outside the cookie-octet set is quoted, with Python's escapes

    @id:COOK-SER-008 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The value <value> is written as <written>
      When the server sets the cookie "a" to the text `<value>`
      Then the response sets the cookie "a" with the line:
        """
        a=<written>; Path=/
        """

      Examples:
        | value                  | written                |
        | plain-value            | plain-value            |
        | a:b!c~d                | a:b!c~d                |
        | hello world            | "hello world"          |
        | x;y,z"q\\              | "x\073y\054z\"q\\\\"   |
        |                        | ""                     |
        | a\|b#c$d%e&f'g*h+i^j_k | a\|b#c$d%e&f'g*h+i^j_k |

    # The backtick and the dot are cookie-octets too (CPython's _LegalChars); the backtick cannot
    # stand inside a `text`, so the value is given as a string.
    @id:COOK-SER-022 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The value "<value>" is written without quotes
      When the server sets the cookie "a" to "<value>"
      Then the response sets the cookie "a" with the line:
        """
        a=<value>; Path=/
        """

      Examples:
        | value   |
        | a`b.c   |
        | `x`     |

    # Literal lines from Django 5.2.17: inside the quotes ( ) / < = > ? @ [ ] { } stay as they
    # are, and other characters up to U+00FF are written as octal escapes, "\377" the last.
    @id:COOK-SER-012 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The value <value> is quoted as <written>
      When the server sets the cookie "a" to the text `<value>`
      Then the response sets the cookie "a" with the line:
        """
        a=<written>; Path=/
        """

      Examples:
        | value  | written        |
        | a(b)c  | "a(b)c"        |
        | x/y    | "x/y"          |
        | a=b    | "a=b"          |
        | a?b@c  | "a?b@c"        |
        | [x]{y} | "[x]{y}"       |
        | <p>    | "<p>"          |
        | café   | "caf\351"     |
        | ÿ      | "\377"        |
        | é"\\   | "\351\"\\\\" |

    # The controls, DEL among them, are octal escapes inside the quotes like the bytes from 0x80
    # (literal lines from Django 5.2.17).
    @id:COOK-SER-027 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: A value with <joiner> inside is quoted as <written>
      When the server sets the cookie "a" to "x" and "y" joined by <joiner>
      Then the response sets the cookie "a" with the line:
        """
        a=<written>; Path=/
        """

      Examples:
        | joiner                  | written  |
        | a tab                   | "x\011y" |
        | a NUL byte              | "x\000y" |
        | a unit separator (0x1F) | "x\037y" |
        | a DEL character (0x7F)  | "x\177y" |

    # 014: Python escapes only up to U+00FF and leaves what is above raw inside the quotes, which
    # a Latin-1 header cannot carry: Django cannot send the cookie, so none is set.
    @id:COOK-SER-014 @spec:django-httpresponse-set-cookie @profile:django
    Scenario Outline: The value <value> sets no cookie
      When the server sets the cookie "a" to the text `<value>`
      Then the response sets no cookie

      Examples:
        | value |
        | x☕y  |
        | Ā     |

    @id:COOK-SER-009 @spec:rfc6265bis-4.1.1
    Scenario Outline: The value <value> comes back unchanged from the visitor's browser
      Given the server has set the cookie "a" to the text `<value>`
      When the server reads the visitor's cookies
      Then the server sees the cookie "a" with the text `<value>`

      Examples:
        | value               |
        | hello world         |
        | semi;colon, comma   |
        | quote"and\backslash |
        | café                |

  Rule: one cookie name gets one Set-Cookie line per response

    @id:COOK-SER-010 @spec:rfc6265bis-4.1.1 @capability:cookie-sequence
    Scenario: A cookie set twice in a response is sent once, with the last value
      When the server sets the cookie "c" to "first" and then to "second" in one response
      Then the response sets the cookie "c" once
      And the visitor holds the cookie "c" with the value "second"

    # set_signed_cookie is set_cookie with a signed value: after a plain set_cookie of the same
    # name in the response, the one line carries the signed value, which reads back.
    @id:COOK-SER-028 @spec:django-httpresponse-set-signed-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set and then set signed in one response reads back signed
      Given the server has set the cookie "c" to "plain" and then the signed cookie to "signed" in one response
      When the server reads the signed cookie "c"
      Then the server reads the signed value "signed"

    # The line stays where the name was first set, whatever is set in between (a dict's order).
    @id:COOK-SER-015 @spec:django-httpresponse-set-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set again after another keeps its first place
      When the server sets the cookies "b", "a" and then "b" again in one response
      Then the response's cookie lines name "b" then "a"
      And the visitor holds the cookie "b" with the value "3"

    @id:COOK-SER-011 @spec:django-httpresponse-set-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie deleted and then set again in one response keeps Max-Age=0
      When the server deletes the cookie "c" and then sets it to "new" in one response
      Then the response sets the cookie "c" with the line:
        """
        c=new; Max-Age=0; Path=/
        """
      And the visitor does not hold the cookie "c"

    # set_cookie writes only the attributes it is given and the Morsel keeps the others, so a
    # second call keeps Domain, HttpOnly, Max-Age, SameSite and Secure, resets Path to "/" and
    # clears expires (literal line from Django 5.2.17).
    @id:COOK-SER-013 @spec:django-httpresponse-set-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set again in one response keeps what the second call omits
      When the server sets the cookie "a" to "b" with these attributes and then to "c" in one response:
        | max age  | 10 seconds  |
        | domain   | example.com |
        | path     | /p/         |
        | secure   | yes         |
        | httponly | yes         |
        | samesite | Lax         |
      Then the response sets the cookie "a" with the line:
        """
        a=c; Domain=example.com; HttpOnly; Max-Age=10; Path=/; SameSite=Lax; Secure
        """

    # A second call's domain, even an empty one, replaces the first: the Morsel writes an empty
    # attribute as nothing (literal line from Django 5.2.17).
    @id:COOK-SER-023 @spec:django-httpresponse-set-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set again with an empty domain loses its Domain
      When the server sets the cookie "a" to "b" for the domain "example.com" and then to "c" for the domain "" in one response
      Then the response sets the cookie "a" with the line:
        """
        a=c; Path=/
        """

    # A second call with path None writes no Path of its own, so the first call's Path stays
    # (literal line from Django 5.2.17).
    @id:COOK-SER-024 @spec:django-httpresponse-set-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set again without a path keeps the first path
      When the server sets the cookie "a" to "b" for the path "/p/" and then to "c" without a path in one response
      Then the response sets the cookie "a" with the line:
        """
        a=c; Path=/p/
        """

    # delete_cookie is a set_cookie on the same Morsel: what it does not write (Domain, HttpOnly,
    # SameSite, Secure) stays from the first call (literal line from Django 5.2.17).
    @id:COOK-SER-025 @spec:django-httpresponse-delete-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set and then deleted in one response keeps its flags
      When the server sets the cookie "a" to "b" with these attributes and then deletes it in one response:
        | max age  | 10 seconds  |
        | domain   | example.com |
        | path     | /p/         |
        | secure   | yes         |
        | httponly | yes         |
        | samesite | Lax         |
      Then the response sets the cookie "a" with the line:
        """
        a=""; Domain=example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Max-Age=0; Path=/; SameSite=Lax; Secure
        """

  Rule: a view whose set_cookie raises sends none of the cookies it set

    # set_cookie raises ValueError for a SameSite outside lax, none and strict; the view fails
    # and the response it was building, with the cookie set before, is never sent.
    @id:COOK-SER-029 @spec:django-httpresponse-set-cookie @profile:django @capability:cookie-sequence
    Scenario: A cookie set before a refused one in the same response is not sent
      When the server sets the cookie "a" to "b" and then the cookie "c" with SameSite "Sideways" in one response
      Then the server refuses to set the cookie
      And the response sets no cookie
