@area:sessions @per-engine @engine:signed-cookies @security
Feature: The signed-cookies session engine
  The signed-cookies engine keeps the whole session in the cookie, signed with the secret key
  but not encrypted. A cookie that does not verify, or is older than SESSION_COOKIE_AGE, is an
  empty session. The server keeps nothing, so a copied cookie stays valid until it is too old.
  Conforms to Django's cookie-based sessions (docs: topics/http/sessions,
  "Using cookie-based sessions").

  Rule: the cookie holds the signed session data

    # Literal vectors from Django 5.2.17 (adapters/django/capture_vectors.py): the session data
    # as JSONSerializer writes it (compact, non-ASCII escaped), signed with the salt
    # "django.contrib.sessions.backends.signed_cookies". zlib is kept only when it saves at least
    # two bytes (the leading "." marks it): {"k":"a"*n} compresses to 18 bytes for 10, 11 and 12
    # letters, so 10 and 11 stay plain (saving 0 and 1 byte) and 12 is compressed.
    @id:SESS-SGN-001 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: The session holding `<value>` is signed as Django signs it
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "k" = the text `<value>` in the visitor's session
      Then the response sets the session cookie to the value `<cookie>`

      Examples:
        | value       | cookie                                                                                  |
        | v           | eyJrIjoidiJ9:2BLnMW:f3dQ9SjRiRStwzQCiPZ3WqdUSV0ckcnG-amx_AwZgk4                           |
        | a:b;c,"d"\\ | eyJrIjoiYTpiO2MsXCJkXCJcXCJ9:2BLnMW:QEqdlda8NgCAWfOlbOK6Ead5x-1opa-Kh5VhH7eOAIg           |
        | café ☕      | eyJrIjoiY2FmXHUwMGU5IFx1MjYxNSJ9:2BLnMW:-ExRje52vPvRFpLgsx2I9yRC2pECTZrNmIUDuynalBc       |
        |             | eyJrIjoiIn0:2BLnMW:5p9LLmTnpezLX2HggYr0hHP2A-ifyOxH6Pg8AUcv4qU                            |

      Examples: around the compression threshold
        | value        | cookie                                                                       |
        | aaaaaaaaaa   | eyJrIjoiYWFhYWFhYWFhYSJ9:2BLnMW:vIYJyDVtxELhpMRqXWBl-jSRdrCoZiavL-tzVYOa9Dw      |
        | aaaaaaaaaaa  | eyJrIjoiYWFhYWFhYWFhYWEifQ:2BLnMW:IN-HEXJrEUWtdcFehvyPyFbTSHSJiKgNbYF3tryGdFs    |
        | aaaaaaaaaaaa | .eJyrVspWslJKRAJKtQBDAway:2BLnMW:_VesN05kPl1fprnIR_3jmmhihnbG2H5n0KA3lgnO7wg     |

    @id:SESS-SGN-007 @spec:django-sessions-cookie-based @profile:django
    Scenario Outline: Django's signed session holding `<value>` is read
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server reads "k" from the visitor's session
      Then the server finds "k" = "<value>"

      Examples:
        | value       | cookie                                                                                  |
        | v           | eyJrIjoidiJ9:2BLnMW:f3dQ9SjRiRStwzQCiPZ3WqdUSV0ckcnG-amx_AwZgk4                           |
        | café ☕      | eyJrIjoiY2FmXHUwMGU5IFx1MjYxNSJ9:2BLnMW:-ExRje52vPvRFpLgsx2I9yRC2pECTZrNmIUDuynalBc       |
        | aaaaaaaaaaaa | .eJyrVspWslJKRAJKtQBDAway:2BLnMW:_VesN05kPl1fprnIR_3jmmhihnbG2H5n0KA3lgnO7wg          |

    # The session data as Python's json.dumps writes it: short escapes, \uXXXX for controls, DEL
    # and non-ASCII (an emoji as a surrogate pair), floats as repr() gives them (exponent form
    # below 1e-4, with two exponent digits). Captured from Django 5.2.17 (zlib-compressed).
    @id:SESS-SGN-009 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: Escapes and numbers in session data are written as Django does
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "k" as the JSON ["tab\there","line\nbreak","~\u007f\u0001\b\f\r","😀",2.5,0.0001,0.00001,1.5e-7,1e+300] in the visitor's session
      Then the response sets the session cookie to the value `.eJwVikEKgDAMBP-Sq7FslaL4FePBYkRRPBR7En276WWWGfahg4aR7jnKvWlSYjr3S-WKSefD7JMMdGshvERZJVmVvPTtYlSAuHGB4cqBvdYI7F2w7cyqFpjeH1TJHRM:2BLnMW:vSEwBVzhBRr9nUcJVBtcSyHrT5DZxpPyQsh8boM0Ras`

    # Only the characters from the space to the tilde are written as they are: U+001F, just below
    # the space, is escaped as \u001f, the space and the tilde are not (short enough to stay
    # uncompressed; literal from Django 5.2.17).
    @id:SESS-SGN-080 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: U+001F, a space and a tilde in a session are written as Django does
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "k" as the JSON ["\u001f ~"] in the visitor's session
      Then the response sets the session cookie to the value `eyJrIjpbIlx1MDAxZiB-Il19:2BLnMW:s9bOoHrOFUtpZjxiXoIWu56UtTXvTmQqRvlHKyGur2E`

    # true, false and null, a float at exponent 1 and one below 1e-4, and whole numbers just below
    # and at 1e21, where JavaScript's JSON text switches to exponent form and Python reads a
    # float (captured from Django 5.2.17, zlib-compressed).
    @id:SESS-SGN-013 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: Booleans, null and numbers in session data are written as Django does
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "k" as the JSON [true,false,null,12.5,-0.00001,999999999999999900000,1e+21] in the visitor's session
      Then the response sets the session cookie to the value `.eJyrVspWsoouKSpN1UlLzClO1ckrzcnRMTTSM9XRNUzVNTDVsUQDBiCgY5iqbWQYWwsATSkQ5w:2BLnMW:oQhJJ9iGLFqLJOYGopDLXBJ4hjgedarA6Q-qD9hq1Jw`

    # A session another writer signed with the secret key, holding a number beyond the double range
    # ({"n":1e400,"k":"v"}, signed as it is), or the words Infinity, -Infinity and NaN that Django's
    # own json.dumps writes for them: Django 5.2.17 reads each as the float and writes it back as
    # Infinity, -Infinity or NaN when the session is saved again, and texts holding those words stay
    # texts (literal values from Django 5.2.17).
    @id:SESS-SGN-018 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: A session number of <number> is written back as <written>
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server stores "k" = "w" in the visitor's session
      Then the response sets the session cookie to the value `<written cookie>`

      Examples:
        | number | written   | cookie | written cookie |
        | 1e400  | Infinity  | eyJuIjoxZTQwMCwiayI6InYifQ:2BLnMW:f-3JDbcUPo-9qGRRo3o26nMJUor6KwNPBKAZLi5n-Yw | eyJuIjpJbmZpbml0eSwiayI6IncifQ:2BLnMW:lEiPhvwj4Zj3pxvI-iXzKSmkaU8VmXN_xnvR4zJxhJU |
        | -1e400 | -Infinity | eyJuIjotMWU0MDAsImsiOiJ2In0:2BLnMW:THemj5TyDhSDFsx5nKAMVK62foxmglTv1xi02q_Yaaw | eyJuIjotSW5maW5pdHksImsiOiJ3In0:2BLnMW:SLXRoOXFtoDdVFih6ODgttL-3LH5DLhu6MWdEYFiL5s |
        | Infinity  | Infinity  | eyJuIjpJbmZpbml0eSwiayI6InYifQ:2BLnMW:WjC6ryYrXy9vLyQqFp2lOajQSvvojdLY8gV3bOh5KcM | eyJuIjpJbmZpbml0eSwiayI6IncifQ:2BLnMW:lEiPhvwj4Zj3pxvI-iXzKSmkaU8VmXN_xnvR4zJxhJU |
        | -Infinity | -Infinity | eyJuIjotSW5maW5pdHksImsiOiJ2In0:2BLnMW:bN0kF-Azt_IMVa1k3uKY-tdXAyPkzRiiblh8dFw9ObU | eyJuIjotSW5maW5pdHksImsiOiJ3In0:2BLnMW:SLXRoOXFtoDdVFih6ODgttL-3LH5DLhu6MWdEYFiL5s |
        | NaN       | NaN       | eyJuIjpOYU4sImsiOiJ2In0:2BLnMW:edTbX2TSW6T1biFhzjCkYW61U6iGYGssQp8TrMxYCcg | eyJuIjpOYU4sImsiOiJ3In0:2BLnMW:IZkPZUOcaP8GqzbeuP8BngMh0CnukLUBNzeVnoWm8zQ |
        | NaN beside the texts "-Infinity NaN" and "" | NaN | eyJuIjpOYU4sInMiOiItSW5maW5pdHkgTmFOIiwiZSI6IiIsImsiOiJ2In0:2BLnMW:CNwdwa9FfHyYuFOicAIkq2CFZ4mLIQp7n70-tEH-R6c | eyJuIjpOYU4sInMiOiItSW5maW5pdHkgTmFOIiwiZSI6IiIsImsiOiJ3In0:2BLnMW:G_Tsv4bnb1kDUK9f_FVkGZCB42iZ7gch214uOXTtv3o |

    # Each request reads the cookie's data back and signs it again: the keys keep the order they
    # were added in (integer-like keys too), and values holding quotes, brackets and backslashes
    # do not disturb where one key ends and the next begins.
    @id:SESS-SGN-010 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: Keys keep their order when the session is read and signed again
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's session holds "b" as the JSON {"v": "a\\\"}]", "w": [1, {"x": "]"}]}
      And the visitor's session holds "10" as the JSON ["}", "\\"]
      When the server stores "9" = "3" in the visitor's session
      Then the response sets the session cookie to the value `.eJwNyrENgDAMBdFdrnaRiAqvEruAISCS5d3z23dXvHjx4TwRQSfGj69pxZamqI05ZLSipjRupYs-IcMQRQ:2BLnMW:ghoI_c1rsXq18MO2edAXqh_M10fCuVOB8CLVIhisJbs`

    # A JSON object that names a key twice: Python's json.loads keeps the key at its first place
    # with its last value (a dict updated in document order), and Django signs that dict back (196).
    @id:SESS-SGN-019 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: A key the cookie names twice keeps its first place and last value
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server stores "k" = "w" in the visitor's session
      Then the response sets the session cookie to the value `<written cookie>`

      Examples:
        | data                                  | cookie                                                                                            | written cookie                                                                      |
        | {"a":"1","k":"v","a":"3"}             | eyJhIjoiMSIsImsiOiJ2IiwiYSI6IjMifQ:2BLnMW:pryy6fWIQc0fdrEW3eMamu-F0b-xIEcPJoyQUG_RdSY               | eyJhIjoiMyIsImsiOiJ3In0:2BLnMW:EQvjKeNbY4PJuzRfWgRB7SNO8JkhyvldjcHpp8uKoLo          |
        | {"10":"x","k":"v","10":"y","9":"z"}   | eyIxMCI6IngiLCJrIjoidiIsIjEwIjoieSIsIjkiOiJ6In0:2BLnMW:6tvBNDHNNoDuLHPkbY3DqAbZ5EVUcgNguxmZDOGPg8Q | eyIxMCI6InkiLCJrIjoidyIsIjkiOiJ6In0:2BLnMW:KnfddlRUY_6cHg1R-wdFMSrkmbCrDXNTfmkM9WWkLNE |

    # Django's JSONSerializer decodes a payload's bytes as Latin-1, one character each: the two
    # UTF-8 bytes of "é", signed as they are, read as "Ã©". Django itself writes only ASCII
    # (ensure_ascii), so only a payload signed by another program holds such bytes (196).
    @id:SESS-SGN-020 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: A payload's bytes outside ASCII read as one character each
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `eyJrIjoiw6kifQ:2BLnMW:Jmqgm1s2JcG_oCCDGvlIF63eRUREz8euYTII3c59QVE`
      When the server reads "k" from the visitor's session
      Then the server finds "k" = "Ã©"

    # set_expiry stores its value in the session data, so the cookie carries it: seconds as a
    # number, a date or a duration as the ISO 8601 text of the date (Django 4.1 and later; Django
    # 3.2 cannot serialize the datetime and answers 500).
    @id:SESS-SGN-011 @spec:django-sessions-cookie-based @profile:django @clock @differs:django-3.2
    Scenario Outline: The session's own expiry is signed into the cookie as Django does
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's session holds "k" = "v"
      When <change>
      Then the response sets the session cookie to the value `<cookie>`

      Examples:
        | change                                                                      | cookie                                                                                                                        |
        | the server sets the visitor's session to expire at the date 1 hour from now | eyJrIjoidiIsIl9zZXNzaW9uX2V4cGlyeSI6IjIwMzMtMDUtMThUMDQ6MzM6MjArMDA6MDAifQ:2BLnMW:6E-XwUFYSKzu5fLmofz_DwAoJrH2QPS-w6zqqX1IEVk |
        | the server sets the visitor's session to expire after a duration of 1 hour  | eyJrIjoidiIsIl9zZXNzaW9uX2V4cGlyeSI6IjIwMzMtMDUtMThUMDQ6MzM6MjArMDA6MDAifQ:2BLnMW:6E-XwUFYSKzu5fLmofz_DwAoJrH2QPS-w6zqqX1IEVk |
        | the server sets the visitor's session to expire after 300 seconds           | eyJrIjoidiIsIl9zZXNzaW9uX2V4cGlyeSI6MzAwfQ:2BLnMW:RvQbrW1gK2gvAdLjbr8gcFExT4YnwrhstDUabR1YQ_M                                 |
        | the server sets the visitor's session to expire when the browser closes    | eyJrIjoidiIsIl9zZXNzaW9uX2V4cGlyeSI6MH0:2BLnMW:CcIVxWd5rnjHpvWwmshXPaGai9al_y5odSN1koKB6rk                                    |

    @id:SESS-SGN-002 @spec:django-sessions-cookie-based @profile:django
    Scenario: The session data is readable, not encrypted
      When the server stores "note" = "visible" in the visitor's session
      Then the session cookie's payload shows "visible" to anyone who decodes it

  Rule: a cookie that does not verify is an empty session, re-signed when read

    @id:SESS-SGN-003 @spec:django-sessions-cookie-based @profile:django
    Scenario: A tampered session cookie is an empty session
      Given the visitor's session holds "role" = "user"
      And the visitor has changed the payload of the session cookie to say "role" = "admin"
      When the server reads "role" from the visitor's session
      Then the server finds no "role"

    @id:SESS-SGN-004 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: Reading a tampered session cookie sends an empty signed session
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie "eyJyb2xlIjoiYWRtaW4ifQ:1r31eq:forged"
      When the server reads "role" from the visitor's session
      Then the response sets the session cookie to the value `e30:2BLnMW:KuIwyPyWXDp80esfeZRWlYabaDUVmzHH3g8Uj1Fgh9Y`

    # {"k":"v"} signed with the secret key around a timestamp written by hand: Django 5.2.17's
    # engine reads a session from a base-62 timestamp only, and an empty one from anything else,
    # even when the base-62 digits around a stray character make the signing moment (literal
    # values from Django 5.2.17; the first row is SESS-SGN-007's, read as it is).
    @id:SESS-SGN-012 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: A session cookie signed with the timestamp `<timestamp>`
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server reads "k" from the visitor's session
      Then <outcome>

      Examples:
        | timestamp | cookie                                                           | outcome                    |
        | 2BLnMW    | eyJrIjoidiJ9:2BLnMW:f3dQ9SjRiRStwzQCiPZ3WqdUSV0ckcnG-amx_AwZgk4  | the server finds "k" = "v" |
        | 2BLnM!    | eyJrIjoidiJ9:2BLnM!:5rx97RGGazC4_-z2dOufKE6aK5RbllKZpcA1PFxKuug  | the server finds no "k"    |
        | 2BLn.W    | eyJrIjoidiJ9:2BLn.W:1h-5uavAm9CMlbN4rkLR7JLwazT9Fp0yVYF7uV3aPPE  | the server finds no "k"    |
        |           | eyJrIjoidiJ9::O4Su-tzZ68SG69HGcGp3dEta4RvMRadJgJ8E7q8jo9M        | the server finds no "k"    |
        | -         | eyJrIjoidiJ9:-:XZsrzuWwKTpYPC5WUkqjnmes1uvNrwSzY3QKCNfCznY       | the server finds no "k"    |
        | 2BLnMW!   | eyJrIjoidiJ9:2BLnMW!:Dktyo5q-VyW5LX7n92IDfO4JxprKgcWZOA1P7zh_Kfw | the server finds no "k"    |
        | 2B.LnMW   | eyJrIjoidiJ9:2B.LnMW:c8X9sq5WupUFf33RcgNduQvjc5JNm5DxP08ipFkprUo | the server finds no "k"    |

    # Brackets that do not nest, read from Django's own cookie: 600 sibling lists, 600 sibling
    # objects, a text of a double quote, or of two line breaks (two escapes in the JSON text), and
    # 600 opening brackets of each kind (literal values from Django 5.2.17). A depth count that
    # took them for nesting would read an empty session.
    @id:SESS-SGN-017 @spec:django-sessions-cookie-based @profile:django
    Scenario Outline: Django's signed session holding <value> is read
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server reads "k" from the visitor's session
      Then the server finds "k" as <value>

      Examples:
        | value                                      | cookie                                                                                          |
        | 600 empty lists                            | .eJyrVspWsoqOjtUZRaNoFI2iUTSKRiqKrQUA_0QY7A:2BLnMW:n2sFCftAbmq4GLIFpLPsVEg_dMYLTOCf1pBVNGzghqU  |
        | 600 empty objects                          | .eJyrVspWsoqurtUZRaNoFI2iUTSKRiqKrQUAokOu7A:2BLnMW:RzHBdinM28l4QRPhRRK8ez_8EtLCUeFWae1atZCWazs  |
        | 600 opening brackets after a quote         | .eJyrVspWslKKUYoeBaOABqB6FIwCGgClWgBSV_hD:2BLnMW:vniXJr1VYlW0ONnl_6nkU1RQU8hrgm9SbBZHT9ksG-I    |
        | 600 opening brackets after two line breaks | .eJyrVspWslKKyYvJix4Fo4AGoHoUjAIaAKVaAHIC-Vk:2BLnMW:dqwQpGJ443bQAxoP4xA82I3qYfDDflINBNzZbXrQzGw |

    # The payload of {"k":"v"}, alone and with a trailing space, signed with the secret key but
    # without a timestamp: Django 5.2.17 finds no timestamp to split off and reads an empty session.
    @id:SESS-SGN-014 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: A session cookie signed without a timestamp is an empty session
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server reads "k" from the visitor's session
      Then the server finds no "k"

      Examples:
        | cookie                                                       |
        | eyJrIjoidiJ9:IUwN3iYAOrPMQg4Y-r7D4-mnYG0QVg4AQTL8XUI-vHw     |
        | eyJrIjoidiJ9IA:5FTYwGedAH3G7i_MxmJnWjWnAtc5x8QeRw8uvA_02Ig   |

    @id:SESS-SGN-015 @spec:django-sessions-cookie-based @capability:settings
    Scenario: A session signed before the secret key changed is empty
      Given the visitor's session holds "user" = "alice"
      And the server's secret key has changed
      When the server reads "user" from the visitor's session
      Then the server finds no "user"

    # {"k": a list, or an object, nested 100,000 levels deep}, zlib-compressed and signed with the
    # secret key: Django 5.2.17's JSON reader passes Python's recursion limit (1,000) and the engine
    # reads an empty session, as it does for any value it cannot load; the server must not fail
    # either. The last two rows nest the lists with something before each ([0,[0,...]]), and after
    # a text holding a backslash (["\\",[[...]]], 1,000 levels: past the limit already): a depth
    # count that the number, the comma or the escaped character throw off would let the value through.
    @id:SESS-SGN-016 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: A session of <value> nested <depth> levels deep is empty
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server reads "k" from the visitor's session
      Then the server finds no "k"

      Examples:
        | value   | depth   | cookie |
        | lists | 100,000 | .eJztwTENADAIADAvyMDKggIkkHnHBkfbiY58AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwFkFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnPUXo-bVSg:2BLnMW:RqACJ3WwOHdeaoIza52HBe50YXzoNeH4iY_5aIXtl8s |
        | objects | 100,000 | .eJztxDERACAMBDAvr4AZN52R0MM7NrhrMqRzsjslSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZIkSZKkwa0LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA_OsBmqLchA:2BLnMW:HB36izlDfbrfEG_gySoP5ZHpPlCba9G6ONdVpmzmZnc |
        | lists each after a number | 100,000 | .eJztwjENACAMADAvuzl2zwpBARII3meDkDY9saNmDlVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV_WYuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4Fm3AYmoPz0:2BLnMW:E4uhRQ0TqkNaSRDiqCKJ3CjRwzNsu0mnrE2ojFa2C54 |
        | lists after a text holding a backslash | 1,000 | .eJyrVspWsopWiolR0okeBaNgFAx7EDsKRsEoGP6gFgDUUtKg:2BLnMW:09dMoPCmaDmLmEJLjeDObl4Sq-ifDFemyGgHnQT4wv0 |

  Rule: the server cannot revoke a signed-cookie session

    @id:SESS-SGN-005 @spec:django-sessions-cookie-based
    Scenario: A session cookie copied before logout still works when replayed
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And the visitor has logged out
      When the visitor comes back with the copied session cookie
      Then the server finds "user" = "alice"

    @id:SESS-SGN-006 @spec:django-sessions-cookie-based @clock
    Scenario: A session cookie older than the cookie age is an empty session
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And 15 days have passed
      When the visitor comes back with the copied session cookie
      Then the server finds no "user"

  Rule: a signed session reads until it is older than the cookie age, not at it

    # The engine loads with signing.loads(max_age=SESSION_COOKIE_AGE), and a signature expires
    # only when its age is greater than max_age: at exactly 2 weeks it still reads, half a second
    # later it does not (the age keeps the fraction of now). A server-side engine's session ends
    # at that instant instead (EXP-PER-021).
    @id:SESS-SGN-008 @spec:django-sessions-cookie-based @clock @capability:settings
    Scenario Outline: A copied signed session cookie <elapsed> after it was signed
      Given the session cookie age is 2 weeks
      And the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And <elapsed> have passed
      When the visitor comes back with the copied session cookie
      Then <outcome>

      Examples:
        | elapsed           | outcome                           |
        | 1209599 seconds   | the server finds "user" = "alice" |
        | 1209600 seconds   | the server finds "user" = "alice" |
        | 1209601 seconds   | the server finds no "user"        |
        | 1209600.5 seconds | the server finds no "user"        |

  Rule: a signed session keeps its keys, their order and their values as Django reads them

    # Cookies signed by Django 5.2.17 at the vectors' moment, changed by the server, and the
    # value Django 5.2.17 signs back: a key holding ":" before the key 9, the floats Python's
    # json writes as -Infinity and Infinity, and a payload written with spaces after "," and ":"
    # (json.dumps' default separators, which another program may use) whose keys 10 and 9 keep
    # their order.
    @id:SESS-SGN-040 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario Outline: A cookie holding <what> is signed back as Django does
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `<cookie>`
      When the server stores "k" = "w" in the visitor's session
      Then the response sets the session cookie to the value `<written cookie>`

      Examples:
        | what                 | data                                 | cookie                                                                                                       | written cookie                                                                                               |
        | a key with a colon   | {"a:b":"1","9":"x"}                  | eyJhOmIiOiIxIiwiOSI6IngifQ:2BLnMW:T1UhLkcbc8_UB0BX3O-ohF9T_rDGLVv7hWIOAqG5lgw                                 | eyJhOmIiOiIxIiwiOSI6IngiLCJrIjoidyJ9:2BLnMW:QlolcnpqHyD2kCoJnnXv83uiCBGNBGMgVoGxTd3zPqE                       |
        | -Infinity, Infinity  | {"n":-Infinity,"p":Infinity,"k":"v"} | eyJuIjotSW5maW5pdHksInAiOkluZmluaXR5LCJrIjoidiJ9:2BLnMW:XwIyurWGM0ySxFv6jAhSApseL8Y-4C7d17c2aTQua0s           | eyJuIjotSW5maW5pdHksInAiOkluZmluaXR5LCJrIjoidyJ9:2BLnMW:TskuG31iJsOrxsvJEvEr1d7kDGPYupHkAllo4EssS08           |
        | spaces, keys 10 and 9 | {"10": "x", "9": "y"}               | eyIxMCI6ICJ4IiwgIjkiOiAieSJ9:2BLnMW:00_UZvU1kTUW_fQtS-gyj7hqb0MRXWWVcSn07EXsAO4                               | eyIxMCI6IngiLCI5IjoieSIsImsiOiJ3In0:2BLnMW:sd9Rhw5P7DMRlvNnHGT96E98b4Y3X_BAHBICsrDyitQ                       |

    # update() writes a key already there in its place, as a dict does (166).
    @id:SESS-SGN-041 @spec:django-sessions-cookie-based @profile:django @clock
    Scenario: update() of the cookie's first key keeps it first
      Given the server signs with the secret key of the Django vectors, at their moment
      And the visitor's browser holds the session cookie with the value `eyJrIjoidiIsImEiOiIxIn0:2BLnMW:8dySuq_zCfad9xJd1_jQTEp-lifAfsKopZF_gNNhScs`
      When the server updates the visitor's session with "k" = "w"
      Then the response sets the session cookie to the value `eyJrIjoidyIsImEiOiIxIn0:2BLnMW:_40T2Puz9ptJnEaXql7WzvlqWDBtxtj9tJ-mDzOOU74`
