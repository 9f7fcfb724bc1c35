@area:cookies
Feature: Signed cookies
  A signed cookie carries its value in the clear, then a timestamp and a signature made with
  the server's secret key, so the server can tell whether the visitor changed it and how old
  it is. Conforms to Django's HttpResponse.set_signed_cookie and HttpRequest.get_signed_cookie
  (docs: ref/request-response) and django.core.signing (topics/signing).

  Rule: a signed cookie reads value, timestamp and signature

    @id:COOK-SIG-001 @spec:django-httpresponse-set-signed-cookie @profile:django
    Scenario: A signed cookie keeps its value readable before the signature
      When the server sets the signed cookie "color" to "blue"
      Then the visitor holds the cookie "color" with a signed form of "blue"

    # Literal vectors from Django 5.2.17 (adapters/django/capture_vectors.py, docs/django-vectors.md):
    # the value is signed under the v2 salt "django.http.cookies.v2:{len(salt)}:{salt}{name}"
    # with the key "django.http.cookies" + SECRET_KEY. Values that need quoting are written as
    # Python's http.cookies quotes them (\054 for ",", \073 for ";", \351 for "é").
    # Django 3.2 signs under the legacy salt name + salt: every byte of the signature differs.
    @id:COOK-SIG-002 @spec:django-signing-timestampsigner @profile:django @clock @differs:django-3.2
    Scenario Outline: The server signs `<value>` with the salt `<salt>` as Django does
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server sets the signed cookie "color" to the text `<value>` with the salt `<salt>`
      Then the response sets the cookie "color" to the value `<cookie>`

      Examples: values that exercise the format
        | value       | salt  | cookie                                                                   |
        | blue        |       | blue:2BLnMW:-PKjWn8G_7UChaTAt0hAz65GJ3NuCi3ZS1LJ56J538w                   |
        | a:b         |       | a:b:2BLnMW:weoSbv_vhdbwpP3GeF-0pSTe6tnsUbgCrQRye0aG2C8                    |
        | 1.5         |       | 1.5:2BLnMW:iv2vmPyapyZAFdhoM18tyujf6RxFaVuRkLTFLcqEwWs                    |
        | say "hi"    |       | "say \\"hi\\":2BLnMW:Mehwizlj4Z0fKY6mwkzbe3o4C9b4cUsvCHz1yP73kh4"          |
        | a,b         |       | "a\\054b:2BLnMW:UUR1qc1LcLVoo3_FluKEHCYSgaUsXRklMOtJTwTXXnw"              |
        | a;b         |       | "a\\073b:2BLnMW:mCk_h7JNjzXswexzailBGbMMreNP2gh0ZyGIym032X0"              |
        | back\\slash |       | "back\\\\slash:2BLnMW:WoQSFZXC7ck7sJx38hJXSBZXun6t9_c40cOpBv7l60A"          |
        | café        |       | "caf\\351:2BLnMW:3uLG2RM_G3uCuVF9FLHBwYqAoGKsdHGWTywNi5YRA-g"            |
        |             |       | :2BLnMW:Aio9TANOMuTF6pSWO27OjvV-GjqWSkFMUp6o_ilCwMU                       |

      Examples: salts, including one with the separator and one of two code points, three UTF-16 units
        | value | salt  | cookie                                                      |
        | blue  | extra | blue:2BLnMW:lcTqZNTBsOs7OqRfNpWJ8wZxWujJs4N4f4r66MNZTQE      |
        | a:b   | extra | a:b:2BLnMW:D9pVazw6OTVrz21gX_hv7ht-xS_pD0tcRJ6PKPOnDBA       |
        | blue  | a:b   | blue:2BLnMW:8uEdZFoe0YYhac4hgXQ8eGjLmYcRrdfj2mbpBlocNZ8      |
        | a:b   | a:b   | a:b:2BLnMW:En311vSC3eJ6jpTWISaAfvIWnqKqGogPs9zJdxjbib4       |
        | blue  | ☕😀  | blue:2BLnMW:6iouwjoRIgCYiaanxxi4TM8LdmoCdZhoUSZn3thvdJw      |
        | a:b   | ☕😀  | a:b:2BLnMW:5xJf8Pm7gh5YZtxM-ZMSu9F8gGUL3-ifOJTk-wAZtCs       |

    # The timestamp is the whole seconds of the clock (int(time.time())), never rounded up.
    @id:COOK-SIG-022 @spec:django-signing-timestampsigner @profile:django @clock @differs:django-3.2
    Scenario: A value signed 0.6 seconds after a whole second carries that second
      Given the server signs with the secret key of the Django vectors, at their moment
      And 0.6 seconds have passed
      When the server sets the signed cookie "color" to the text `blue` with the salt ``
      Then the response sets the cookie "color" to the value `blue:2BLnMW:-PKjWn8G_7UChaTAt0hAz65GJ3NuCi3ZS1LJ56J538w`

    # The key is hashed as its UTF-8 bytes (Django's force_bytes): "blue" signed by Django 5.2.17
    # with the secret key "clé-secrète-ключ" at the vectors' moment.
    @id:COOK-SIG-035 @spec:django-signing-timestampsigner @profile:django @clock @capability:settings @differs:django-3.2
    Scenario: A secret key outside ASCII signs as its UTF-8 bytes
      Given the clock is at the moment of the Django vectors
      And the server's secret key is `clé-secrète-ключ`
      When the server sets the signed cookie "color" to the text `blue` with the salt ``
      Then the response sets the cookie "color" to the value `blue:2BLnMW:VUqVB_2f4U8eqtzkRxhyEYPj7dK7tyEVTXWZO_2i1VE`

    @id:COOK-SIG-016 @spec:django-httprequest-get-signed-cookie @profile:django @differs:django-3.2
    Scenario Outline: The server reads `<value>` from Django's signed cookie
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color" with the salt `<salt>`
      Then the server reads the signed text `<value>`

      Examples:
        | value       | salt  | cookie                                                                   |
        | a:b         |       | a:b:2BLnMW:weoSbv_vhdbwpP3GeF-0pSTe6tnsUbgCrQRye0aG2C8                    |
        | say "hi"    |       | "say \\"hi\\":2BLnMW:Mehwizlj4Z0fKY6mwkzbe3o4C9b4cUsvCHz1yP73kh4"          |
        | a,b         |       | "a\\054b:2BLnMW:UUR1qc1LcLVoo3_FluKEHCYSgaUsXRklMOtJTwTXXnw"              |
        | a;b         |       | "a\\073b:2BLnMW:mCk_h7JNjzXswexzailBGbMMreNP2gh0ZyGIym032X0"              |
        | back\\slash |       | "back\\\\slash:2BLnMW:WoQSFZXC7ck7sJx38hJXSBZXun6t9_c40cOpBv7l60A"          |
        | café        |       | "caf\\351:2BLnMW:3uLG2RM_G3uCuVF9FLHBwYqAoGKsdHGWTywNi5YRA-g"            |
        |             |       | :2BLnMW:Aio9TANOMuTF6pSWO27OjvV-GjqWSkFMUp6o_ilCwMU                       |
        | a:b         | a:b   | a:b:2BLnMW:En311vSC3eJ6jpTWISaAfvIWnqKqGogPs9zJdxjbib4                    |
        | a:b         | ☕😀  | a:b:2BLnMW:5xJf8Pm7gh5YZtxM-ZMSu9F8gGUL3-ifOJTk-wAZtCs                    |

    @id:COOK-SIG-004 @spec:django-httpresponse-set-signed-cookie @profile:django
    Scenario: Other cookie attributes pass through a signed cookie unchanged
      When the server sets the signed cookie "color" to "blue" with:
        | max age  | 1 hour |
        | httponly | yes    |
      Then the response sets the cookie "color" with the max age 3600
      And the response sets the cookie "color" with the HttpOnly flag

    # set_signed_cookie builds the signer's salt from the one given (Django 5.2.17 takes its
    # length, 3.2.25 adds it to the name), so a salt given as None is a TypeError in both, not
    # the default "": the call is refused.
    @id:COOK-SIG-081 @spec:django-httpresponse-set-signed-cookie @profile:django
    Scenario: A signed cookie with the salt given as None is refused
      When the server sets the signed cookie "color" to "blue" with the salt given as None
      Then the server refuses to set the cookie
      And the response sets no cookie

  Rule: the server reads back only what it signed

    @id:COOK-SIG-005 @spec:django-httprequest-get-signed-cookie
    Scenario: The server reads back the value it signed
      Given the server has set the signed cookie "color" to "blue"
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

    @id:COOK-SIG-006 @spec:django-httprequest-get-signed-cookie
    Scenario: A missing signed cookie is reported as missing
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because it is missing

    # get_signed_cookie raises KeyError only when the name is absent; an empty value is there,
    # and no signature verifies it.
    @id:COOK-SIG-028 @spec:django-httprequest-get-signed-cookie @profile:django @capability:raw-cookie-header
    Scenario: An empty signed cookie is badly signed, not missing
      Given the visitor's browser sends the cookie header "color="
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

    @id:COOK-SIG-007 @spec:django-httprequest-get-signed-cookie @profile:django
    Scenario Outline: A signed cookie whose <part> was changed is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the visitor has changed the <part> of the cookie "color"
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

      Examples:
        | part                      |
        | value                     |
        | timestamp                 |
        | last signature character  |
        | signature length          |
        | separators                |

    @id:COOK-SIG-026 @spec:django-httprequest-get-signed-cookie @capability:settings
    Scenario: A cookie signed before the secret key changed is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the server's secret key has changed
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie

    @id:COOK-SIG-008 @spec:django-httprequest-get-signed-cookie
    Scenario: An unsigned value in place of a signed cookie is rejected
      Given the visitor's browser sends the cookie header "color=blue"
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie

    @id:COOK-SIG-009 @spec:django-httprequest-get-signed-cookie
    Scenario: A cookie signed with one salt is rejected under another
      Given the server has set the signed cookie "color" to "blue" with the salt "one"
      When the server reads the signed cookie "color" with the salt "two"
      Then the server finds no valid signed cookie

    @id:COOK-SIG-010 @spec:django-httprequest-get-signed-cookie
    Scenario: A signed cookie copied under another name is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the visitor has copied the cookie "color" to the name "colour"
      When the server reads the signed cookie "colour"
      Then the server finds no valid signed cookie

    # Core asks only that no value is read; the reason a server gives is its own API. Django's
    # get_signed_cookie raises BadSignature for an unsigned value, not KeyError.
    @id:COOK-SIG-021 @spec:django-httprequest-get-signed-cookie @profile:django
    Scenario: An unsigned value is reported as a bad signature, not as missing
      Given the visitor's browser sends the cookie header "color=blue"
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

    @id:COOK-SIG-011 @spec:django-signing @profile:django
    Scenario Outline: A cookie signed with <forgery> is rejected
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

      Examples:
        | forgery            | cookie                                                  |
        | another secret key | blue:2BLnMW:ySd8RCV_IY7mvRBAbUMJlUvM8Av8VjMV3g1QK6xJMxk  |

    # Django 3.2 still accepts legacy SHA-1 signatures; Django 4.0 and later reject them.
    @id:COOK-SIG-012 @spec:django-signing @profile:django @differs:django-3.2
    Scenario Outline: A cookie signed with <forgery> is rejected as Django 4.0 does
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

      Examples:
        | forgery                 | cookie                                   |
        | the SHA-1 algorithm     | blue:2BLnMW:E-q0fKRpvGn6-EXML1FybUWo9to   |

  Rule: a max age is checked against the signature's own timestamp

    @id:COOK-SIG-013 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A signature exactly as old as the max age is accepted
      Given the server has set the signed cookie "color" to "blue"
      And 10 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then the server reads the signed value "blue"

    # A max age keeps its fraction: signed on a whole second, 10.5 seconds later, the signature
    # is exactly as old as the max age.
    @id:COOK-SIG-040 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A signature exactly as old as a fractional max age is accepted
      Given the clock is at the moment of the Django vectors
      And the server has set the signed cookie "color" to "blue"
      And 10.5 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10.5 seconds
      Then the server reads the signed value "blue"

    # The fraction counts on the other side too: 11 seconds is more than a max age of 10.5.
    @id:COOK-SIG-080 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A signature older than a fractional max age has expired
      Given the clock is at the moment of the Django vectors
      And the server has set the signed cookie "color" to "blue"
      And 11 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10.5 seconds
      Then the server finds no valid signed cookie because it has expired

    @id:COOK-SIG-014 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A signature older than the max age has expired
      Given the server has set the signed cookie "color" to "blue"
      And 11 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then the server finds no valid signed cookie because it has expired

    # A max age of 0 is a max age like any other, not "no max age".
    @id:COOK-SIG-029 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A max age of 0 seconds expires a signature one second old
      Given the server has set the signed cookie "color" to "blue"
      And 1 second has passed
      When the server reads the signed cookie "color" with a max age of 0 seconds
      Then the server finds no valid signed cookie because it has expired

    # Django compares the age with the max age as they are: a negative max age is smaller than
    # the age of a signature made this very second.
    @id:COOK-SIG-041 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A negative max age expires a signature made this second
      Given the server has set the signed cookie "color" to "blue"
      When the server reads the signed cookie "color" with a max age of -1 second
      Then the server finds no valid signed cookie because it has expired

    @id:COOK-SIG-015 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: The cookie's own lifetime does not refresh the signature's age
      Given the server has set the signed cookie "color" to "blue" with:
        | max age | 1 hour |
      And 11 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then the server finds no valid signed cookie because it has expired

  Rule: the timestamp is a number of seconds in base 62, read whatever its sign or size

    # Values signed with the secret key around a timestamp written by hand (under the legacy
    # salt, which Django 3.2 reads too): Django 5.2.17 reads any base-62 integer, negative or
    # beyond 2**53, and only a max age looks at it (literal values from Django 5.2.17).
    @id:COOK-SIG-024 @spec:django-signing-timestampsigner @profile:django
    Scenario Outline: The timestamp `<timestamp>` is read without a max age
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

      Examples:
        | timestamp   | cookie                                                        |
        | -1          | blue:-1:FycravDNGiILdj5kRxnndw6mr7Bb3xhDi7ZPEWfTH8M           |
        | 0           | blue:0:O-xyLKjCodS4cR1SMrc8Truy2uXjn7dlJZHgVuGYGNc            |
        | zzzzzzzzzz  | blue:zzzzzzzzzz:rU1YrdYvCjWIg3W8vGeToF8PZy6IwIULVcJs2nuo_Ik   |
        | -zzzzzzzzzz | blue:-zzzzzzzzzz:kIrZV5oyQntQdpOjbcUIYy6Bx1nc1lurWyNpye-Mvb0  |

    @id:COOK-SIG-025 @spec:django-httprequest-get-signed-cookie @profile:django @clock
    Scenario Outline: The timestamp `<timestamp>` is read with a max age
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then <outcome>

      Examples:
        | timestamp   | cookie                                                        | outcome                                                        |
        | -1          | blue:-1:FycravDNGiILdj5kRxnndw6mr7Bb3xhDi7ZPEWfTH8M           | the server finds no valid signed cookie because it has expired |
        | 0           | blue:0:O-xyLKjCodS4cR1SMrc8Truy2uXjn7dlJZHgVuGYGNc            | the server finds no valid signed cookie because it has expired |
        | zzzzzzzzzz  | blue:zzzzzzzzzz:rU1YrdYvCjWIg3W8vGeToF8PZy6IwIULVcJs2nuo_Ik   | the server reads the signed value "blue"                        |
        | -zzzzzzzzzz | blue:-zzzzzzzzzz:kIrZV5oyQntQdpOjbcUIYy6Bx1nc1lurWyNpye-Mvb0  | the server finds no valid signed cookie because it has expired |

  Rule: values signed under the legacy salt are read while the fallback is on

    # Django 5.2.17 signs under the v2 salt, so that a (name, salt) pair cannot pass for another
    # ("color" + "extra" and "colore" + "xtra" were one salt). SIGNED_COOKIE_LEGACY_SALT_FALLBACK
    # (default True) still reads values signed before the upgrade, under the legacy salt
    # name + salt (django/core/signing.py, _unsign_cookie). Django 3.2 reads only the legacy salt.
    @id:COOK-SIG-017 @spec:django-signed-cookie-legacy-salt-fallback @profile:django
    Scenario Outline: A value signed under the legacy salt is read with the fallback on
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color" with the salt `<salt>`
      Then the server reads the signed text `<value>`

      Examples:
        | value | salt  | cookie                                                                 |
        | blue  |       | blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4                 |
        | a:b   | extra | a:b:2BLnMW:NJFL1oEzmTPCjhax3mLJ0Stbxe5pml6jPEkwN24NqUs                  |
        | café  |       | "caf\\351:2BLnMW:92PXgPmjDT4N-ffhFljKIscyluiNEHPVIpJD1cC6jvE"          |

    # Reading without naming a salt is the empty salt, under the legacy salt as under the v2 one.
    @id:COOK-SIG-023 @spec:django-signed-cookie-legacy-salt-fallback @profile:django
    Scenario: A legacy-salt value is read when the server names no salt
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "color" with the value `blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4`
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

    @id:COOK-SIG-018 @spec:django-signed-cookie-legacy-salt-fallback @profile:django @capability:settings @differs:django-3.2
    Scenario Outline: A legacy-salt value is rejected with the fallback off
      Given the server signs with the secret key of the Django vectors
      And the server no longer reads signed cookies under the legacy salt
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color" with the salt `<salt>`
      Then the server finds no valid signed cookie because its signature is bad

      Examples:
        | salt  | cookie                                                  |
        |       | blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4  |
        | extra | a:b:2BLnMW:NJFL1oEzmTPCjhax3mLJ0Stbxe5pml6jPEkwN24NqUs   |

    # The fallback stays off when another signing setting changes: "blue" signed under the legacy
    # salt with the secret key the scenario changes to (literal value from Django 5.2.17).
    @id:COOK-SIG-027 @spec:django-signed-cookie-legacy-salt-fallback @profile:django @capability:settings @differs:django-3.2
    Scenario: The fallback stays off after the secret key changes
      Given the server no longer reads signed cookies under the legacy salt
      And the server's secret key has changed
      And the visitor's browser holds the cookie "color" with the value `blue:2BLnMW:rKFXWFs-2bdjXlF-3kLVM4h-txexqPZ0F8gSyat-q-M`
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

    @id:COOK-SIG-019 @spec:django-signed-cookie-legacy-salt-fallback @profile:django @capability:settings @differs:django-3.2
    Scenario: A value signed under the v2 salt is still read with the fallback off
      Given the server signs with the secret key of the Django vectors
      And the server no longer reads signed cookies under the legacy salt
      And the visitor's browser holds the cookie "color" with the value `blue:2BLnMW:-PKjWn8G_7UChaTAt0hAz65GJ3NuCi3ZS1LJ56J538w`
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

  Rule: a value expired under the v2 salt is expired, with no fallback

    @id:COOK-SIG-020 @spec:django-httprequest-get-signed-cookie @profile:django @clock @differs:django-3.2
    Scenario Outline: A max age of 10 seconds read <age> after signing
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      And <age> have passed
      When the server reads the signed cookie "color" with the salt `<salt>` and a max age of 10 seconds
      Then <outcome>

      Examples: v2 salt (Django 5.2.17)
        | age        | salt  | cookie                                                  | outcome                                                      |
        | 9 seconds  |       | blue:2BLnMW:-PKjWn8G_7UChaTAt0hAz65GJ3NuCi3ZS1LJ56J538w  | the server reads the signed value "blue"                      |
        | 10 seconds |       | blue:2BLnMW:-PKjWn8G_7UChaTAt0hAz65GJ3NuCi3ZS1LJ56J538w  | the server reads the signed value "blue"                      |
        | 11 seconds |       | blue:2BLnMW:-PKjWn8G_7UChaTAt0hAz65GJ3NuCi3ZS1LJ56J538w  | the server finds no valid signed cookie because it has expired |
        | 11 seconds | a:b   | blue:2BLnMW:8uEdZFoe0YYhac4hgXQ8eGjLmYcRrdfj2mbpBlocNZ8  | the server finds no valid signed cookie because it has expired |

      Examples: legacy salt, read through the fallback
        | age        | salt  | cookie                                                  | outcome                                                      |
        | 10 seconds |       | blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4  | the server reads the signed value "blue"                      |
        | 11 seconds |       | blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4  | the server finds no valid signed cookie because it has expired |

      Examples: the age counts the fraction of a second (legacy salt, so Django 3.2 reads it too)
        | age          | salt  | cookie                                                  | outcome                                                      |
        | 10.5 seconds |       | blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4  | the server finds no valid signed cookie because it has expired |

  Rule: a former secret key kept as a fallback still verifies what it signed

    # SECRET_KEY_FALLBACKS (Django 4.1 and later; docs: ref/settings, "SECRET_KEY_FALLBACKS"):
    # after a key rotation, what the former key signed is read while that key is listed, and
    # nothing new is signed with it (catalogue 034, 156). Django 3.2 has no such setting and
    # rejects what a former key signed; its expectations list these scenarios.
    @id:COOK-SIG-030 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation @differs:django-3.2
    Scenario: A cookie signed with a former key is read while it is a fallback
      Given the server has set the signed cookie "color" to "blue"
      And the server's secret key has changed, keeping the former key as a fallback
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

    @id:COOK-SIG-031 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation
    Scenario: A cookie signed with a dropped former key is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the server's secret key has changed, keeping the former key as a fallback
      And the server no longer keeps a former secret key
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie

    @id:COOK-SIG-032 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation
    Scenario: A cookie set after a key change is signed with the new key
      Given the server's secret key has changed, keeping the former key as a fallback
      And the server has set the signed cookie "color" to "red"
      And the server no longer keeps a former secret key
      When the server reads the signed cookie "color"
      Then the server reads the signed value "red"

    # Literal cookies signed by Django 5.2.17 with the vectors' secret key (COOK-SIG-016's), read
    # by a server whose own key is another one and which lists the vectors' key as a fallback;
    # the last under the legacy salt (COOK-SIG-017's), which the former keys read too.
    @id:COOK-SIG-033 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation @profile:django @differs:django-3.2
    Scenario Outline: Django's cookie `<value>` is read under a former key
      Given the server signs with another secret key, keeping the key of the Django vectors as a fallback
      And the visitor's browser holds the cookie "color" with the value `<cookie>`
      When the server reads the signed cookie "color" with the salt `<salt>`
      Then the server reads the signed text `<value>`

      Examples:
        | value       | salt  | cookie                                                                   |
        | a:b         |       | a:b:2BLnMW:weoSbv_vhdbwpP3GeF-0pSTe6tnsUbgCrQRye0aG2C8                    |
        | café        |       | "caf\\351:2BLnMW:3uLG2RM_G3uCuVF9FLHBwYqAoGKsdHGWTywNi5YRA-g"            |
        | a:b         | a:b   | a:b:2BLnMW:En311vSC3eJ6jpTWISaAfvIWnqKqGogPs9zJdxjbib4                    |
        | blue        |       | blue:2BLnMW:8UOL0c73M6oB5AkSnsNsmzgCqnNyZ6CpehfaZ0HJTv4                   |

    @id:COOK-SIG-034 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation @profile:django @differs:django-3.2
    Scenario: Django's signed cookie is read under the second former key
      Given the server signs with another secret key, keeping another former key and then the key of the Django vectors as fallbacks
      And the visitor's browser holds the cookie "color" with the value `a:b:2BLnMW:weoSbv_vhdbwpP3GeF-0pSTe6tnsUbgCrQRye0aG2C8`
      When the server reads the signed cookie "color"
      Then the server reads the signed text `a:b`
