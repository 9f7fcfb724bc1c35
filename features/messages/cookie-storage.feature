@area:messages @per-storage @storage:cookie
Feature: Messages kept in a cookie
  The cookie storage keeps pending messages in a cookie named "messages", signed with the
  secret key and never longer than 2048 characters: when messages do not fit, the oldest are
  dropped and a marker says some are missing. A cookie that does not verify is ignored and
  deleted. Conforms to Django's CookieStorage (docs: ref/contrib/messages, "Storage backends").

  Rule: the cookie takes its attributes from the session cookie settings, with Path /

    @id:MSG-CK-001 @spec:django-messages-storage-backends @profile:django
    Scenario: The messages cookie is a browser-session cookie like the session's
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" with the line:
        """
        messages=<messages value>; HttpOnly; Path=/; SameSite=Lax
        """

    @id:MSG-CK-002 @spec:django-messages-storage-backends @capability:settings
    Scenario: The messages cookie keeps Path / whatever the session cookie path
      Given the session cookie settings are:
        | path     | /app/  |
        | samesite | Strict |
        | secure   | yes    |
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" for the path "/"
      And the response sets the cookie "messages" with SameSite "Strict"
      And the response sets the cookie "messages" with the Secure flag

    @id:MSG-CK-017 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario: The messages cookie takes the session cookie's domain and flags
      Given the session cookie settings are:
        | domain   | example.com |
        | httponly | no          |
        | samesite | off         |
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" with the line:
        """
        messages=<messages value>; Domain=example.com; Path=/
        """

    # SESSION_COOKIE_DOMAIN goes to set_cookie as it is: Django keeps a leading dot and the
    # capitals (literal lines from Django 5.2.17).
    @id:MSG-CK-063 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario Outline: The messages cookie writes the session domain "<domain>" as spelled
      Given the session cookie settings are:
        | domain | <domain> |
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" with the line:
        """
        messages=<messages value>; Domain=<domain>; HttpOnly; Path=/; SameSite=Lax
        """

      Examples:
        | domain       |
        | .Example.com |
        | Example.COM  |

    # Django sets the messages cookie with SESSION_COOKIE_SECURE as it is: SameSite=None does
    # not add Secure on the way in (only a deletion adds it).
    @id:MSG-CK-053 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario: A messages cookie with SameSite None is not made Secure
      Given the session cookie settings are:
        | samesite | None |
        | secure   | no   |
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" with the line:
        """
        messages=<messages value>; HttpOnly; Path=/; SameSite=None
        """

    # Django hands SESSION_COOKIE_SAMESITE to set_cookie as it is spelled: no case is changed.
    @id:MSG-CK-061 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario Outline: The messages cookie writes SameSite "<samesite>" as spelled
      Given the session cookie settings are:
        | samesite | <samesite> |
        | secure   | no         |
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" with the line:
        """
        messages=<messages value>; HttpOnly; Path=/; SameSite=<samesite>
        """

      Examples:
        | samesite |
        | strict   |
        | lax      |
        | NONE     |

    # Literal vectors from Django 5.2.17 (adapters/django/capture_vectors.py): the message list
    # as MessageEncoder writes it, signed with the salt "django.contrib.messages"; the long one is
    # zlib-compressed (the leading "."), because that is shorter. Django 3.2 leaves an empty
    # extra_tags out; Django 4.1 and later keep it as "" (different bytes).
    @id:MSG-CK-003 @spec:django-messages-storage-backends @profile:django @clock @differs:django-3.2
    Scenario Outline: The messages cookie holds Django's encoding of `<text>`
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server adds an info message with the text `<text>`
      Then the response sets the cookie "messages" to the value `<cookie>`

      Examples: plain
        | text                        | cookie                                                                                                                                |
        | Hello                       | W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkhlbGxvIiwiIl1d:2BLnMW:LVAeBnzhQ4IXyk7M9-NOWE7VTsc0_rBfZwCwce8yLqU                                   |
        | Tom & "Jerry"; a,b\\c: café | W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIlRvbSAmIFwiSmVycnlcIjsgYSxiXFxjOiBjYWZcdTAwZTkiLCIiXV0:2BLnMW:USLaAGikLNZhCbayKv4uo6RQwnZ8ziaGe-_nljL4VxQ |

      Examples: compressed
        | text                                                                                                                                                                                                                                                                       | cookie                                                                                                    |
        | Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. Hello, world. | .eJyLjlaKj88qzs-Lz00tLk5MT1XSMdAxMtBR8kjNycnXUSjPL8pJ0VMY5UF5SjpKSrGxAP66Z1M:2BLnMW:ZA1hI4Im9oKvl4fUTpV1CLoVXMLaRHJDuowAJWz6eqQ |

    # The value carries a timestamp, but CookieStorage never checks its age (catalogue 128).
    @id:MSG-CK-016 @spec:django-messages-storage-backends @profile:django @clock
    Scenario: A messages cookie is read however long ago it was set
      Given the server has added an info message "Hello"
      And 400 days have passed
      When the visitor views the next page
      Then the visitor sees one info message "Hello"

    @id:MSG-CK-004 @spec:django-messages-storage-backends
    Scenario: Showing the messages deletes the cookie
      Given the server has added an info message "Hello"
      When the visitor views the next page
      Then the response deletes the cookie "messages"

    # Showing the messages stores what is left, nothing: the cookie storage deletes its cookie
    # whether or not the browser held one.
    @id:MSG-CK-060 @spec:django-messages-storage-backends @profile:django
    Scenario: Showing no messages deletes a messages cookie never set
      When the visitor views the next page
      Then the visitor sees no messages
      And the response deletes the cookie "messages"

    # Literal lines from Django 5.2.17: the deletion carries the session cookie's SameSite as
    # written, never its Secure or HttpOnly; Secure only comes with SameSite None, in any case.
    @id:MSG-CK-015 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario Outline: Showing the messages deletes the cookie with SameSite "<samesite>"
      Given the session cookie settings are:
        | samesite | <samesite> |
        | secure   | yes        |
        | httponly | yes        |
      And the server has added an info message "Hello"
      When the visitor views the next page
      Then the response sets the cookie "messages" with the line:
        """
        messages=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=<samesite><secure>
        """

      Examples:
        | samesite | secure   |
        | Strict   |          |
        | strict   |          |
        | Lax      |          |
        | lax      |          |
        | None     | ; Secure |
        | none     | ; Secure |
        | NONE     | ; Secure |

    # The deletion passes SESSION_COOKIE_DOMAIN to delete_cookie as it is, as the set line does
    # (MSG-CK-063): a leading dot and the capitals are kept (literal lines from Django 5.2.17).
    @id:MSG-CK-064 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario Outline: The deletion writes the session domain "<domain>" as spelled
      Given the session cookie settings are:
        | domain | <domain> |
      And the server has added an info message "Hello"
      When the visitor views the next page
      Then the response sets the cookie "messages" with the line:
        """
        messages=""; Domain=<domain>; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax
        """

      Examples:
        | domain       |
        | .Example.com |
        | Example.COM  |

    # SESSION_COOKIE_SAMESITE off (False): delete_cookie gets samesite=False and writes no
    # SameSite, as the cookie was set without one (literal line from Django 5.2.17).
    @id:MSG-CK-062 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario: Showing the messages deletes the cookie without SameSite if off
      Given the session cookie settings are:
        | samesite | off |
        | secure   | yes |
      And the server has added an info message "Hello"
      When the visitor views the next page
      Then the response sets the cookie "messages" with the line:
        """
        messages=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/
        """

  Rule: a cookie Django wrote is read as Django reads it

    # Literal cookies from Django 5.2.17 (CookieStorage._encode, the vectors' secret key): a
    # message written without extra tags (None), a compressed value, a list ended by the marker.
    # Django 3.2 reads the same cookies the same way.
    @id:MSG-CK-019 @spec:django-messages-storage-backends @profile:django
    Scenario: A safe message Django wrote without extra tags is shown as HTML
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDEsMjUsIjxiPkRvbmU8L2I-Il1d:2BLnMW:vS3T2H3QOxBdKsnQmZQBKcMS-DNT3wi3rsk3ciBrEzw`
      When the page renders the visitor's messages
      Then the rendered page contains "<ul class=\"messages\"><li class=\"success\"><b>Done</b></li></ul>"

    @id:MSG-CK-020 @spec:django-messages-storage-backends @profile:django
    Scenario: A compressed cookie Django wrote shows its messages in order
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "messages" with the value `.eJyLjlaKj88qzs-Lz00tLk5MT1XSMdAxNtBRck4sSk0rzVHSUUqMUUqyTtaJKTUwSLVUitXBpsMQqKNCKTYWAPNlGI0:2BLnMW:EdMo0wCHz9T3RjouPUCPoJy1Rqo9aCTUIIu1mOhgmx8`
      When the visitor views the next page
      Then the visitor sees these messages:
        | level | tags            | text    |
        | 30    | a"b;c,é warning | Careful |
        | 10    | debug           | x       |

    @id:MSG-CK-021 @spec:django-messages-storage-backends @profile:django
    Scenario: The marker that messages are missing is not shown as a message
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkZpcnN0IiwiIl0sIl9fbWVzc2FnZXNub3RmaW5pc2hlZF9fIl0:2BLnMW:U-8gCvas7hTkNlcAO0FrFHh-ggMQvS5p0PIPO2FOdfY`
      When the visitor views the next page
      Then the visitor sees one info message "First"

    # MSG-CK-021's list with its base64 padded by "=", signed by Django 5.2.17's cookie signer
    # with the vectors' secret key: urlsafe_b64decode takes the padding, so Django reads it. The
    # "=" is outside Python's legal cookie characters, so the value must be read as it came.
    @id:MSG-CK-065 @spec:django-messages-storage-backends @profile:django
    Scenario: A messages cookie whose payload keeps its base64 padding is read
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkZpcnN0IiwiIl0sIl9fbWVzc2FnZXNub3RmaW5pc2hlZF9fIl0=:2BLnMW:aFYNnMcZ5yN6Kx9YYHh51C9k6gynHdmjcKwpew8OoNs`
      When the visitor views the next page
      Then the visitor sees one info message "First"

  Rule: the cookie never grows past 2048 characters

    @id:MSG-CK-005 @spec:django-messages-storage-backends
    Scenario: Six long messages keep the newest four and drop the oldest
      Given the server has added 6 info messages of 400 characters, numbered 1 to 6
      When the visitor views the next page
      Then the visitor sees the messages numbered 3 to 6

    @id:MSG-CK-006 @spec:django-messages-storage-backends @profile:django
    Scenario: The messages cookie stays within 2048 characters
      When the server adds 6 info messages of 400 characters, numbered 1 to 6
      Then the messages cookie value is at most 2048 characters long
      And the messages cookie marks that messages are missing

    @id:MSG-CK-007 @spec:django-messages-storage-backends @profile:django
    Scenario: A message too long for any cookie leaves only the marker
      When the server adds an info message of 3000 characters
      Then the messages cookie holds no message
      And the messages cookie marks that messages are missing

    # The limit is on the value as written (Django's max_cookie_size): a value of exactly 2048
    # characters is kept. Text long enough to come near the limit always compresses (the value
    # starts with "."), so an uncompressed value never reaches it. The lengths are Django
    # 5.2.17's for the numbered texts of the steps (the same bytes at any key and moment).
    @id:MSG-CK-010 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario Outline: A message of <length> characters fits whole in <size> characters
      When the server adds an info message of <length> characters
      Then the messages cookie value is exactly <size> characters long
      And the messages cookie holds the messages numbered 1 to 1
      And the messages cookie does not mark that messages are missing

      Examples:
        | length | size |
        | 1915   | 2047 |
        | 1916   | 2048 |

    @id:MSG-CK-011 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario: A message of 1917 characters leaves only the marker
      When the server adds an info message of 1917 characters
      Then the messages cookie holds no message
      And the messages cookie marks that messages are missing

    # With the marker, a second message of 1885 characters makes a cookie of exactly 2048
    # characters once the first is dropped; one of 1886 does not fit even alone.
    @id:MSG-CK-012 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario Outline: Dropping the oldest makes room for a newer message of <length>
      When the server adds these numbered info messages:
        | number | characters |
        | 1      | 100        |
        | 2      | <length>   |
      Then the messages cookie value is exactly <size> characters long
      And the messages cookie holds the messages numbered 2 to 2
      And the messages cookie marks that messages are missing

      Examples:
        | length | size |
        | 1883   | 2047 |
        | 1885   | 2048 |

    @id:MSG-CK-013 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario: A newer message of 1886 characters is dropped with the oldest
      When the server adds these numbered info messages:
        | number | characters |
        | 1      | 100        |
        | 2      | 1886       |
      Then the messages cookie holds no message
      And the messages cookie marks that messages are missing

    @id:MSG-CK-014 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario Outline: The next page shows what fitted of a newer message of <length>
      Given the server has added these numbered info messages:
        | number | characters |
        | 1      | 100        |
        | 2      | <length>   |
      When the visitor views the next page
      Then the visitor sees <shown>

      Examples:
        | length | shown                         |
        | 1885   | the messages numbered 2 to 2  |
        | 1886   | no messages                   |

  Rule: a cookie that does not verify is ignored and deleted

    # Literal cookies: the signed ones are signed by Django 5.2.17 with the vectors' secret key,
    # so that only the fault named makes them unreadable.
    @id:MSG-CK-008 @spec:django-messages-storage-backends @security @profile:django
    Scenario Outline: A messages cookie with <fault> shows nothing and is deleted
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "messages" with the value `<cookie>`
      When the visitor views the next page
      Then the visitor sees no messages
      And the response deletes the cookie "messages"

      Examples:
        | fault                        | cookie                                                                           |
        | a bad signature              | W1siX19qc29uX21lc3NhZ2UiLDAsMjAsImZvcmdlZCJdXQ:2BLnMW:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB |
        | a payload that is not base64 | !!not*base64!!:2BLnMW:VQLnxA9wdWzIahKXcUJB2tv7jW-REY0BBdAnH8Q7JHA                  |
        | a payload that is not JSON   | e25vdCBqc29u:2BLnMW:11hWe1rtxGReIz7yvb732yC_XOXxVfsT-yWQu3wuTbY                    |
        | no signature at all          | W1siX19qc29uX21lc3NhZ2UiLDAsMjAsImZvcmdlZCJdXQ                                   |

    # CookieStorage marks itself used when the cookie does not decode, so even a request that
    # only counts the messages deletes it.
    @id:MSG-CK-018 @spec:django-messages-storage-backends @security @profile:django
    Scenario: A tampered messages cookie is deleted by a request that only counts
      Given the server signs with the secret key of the Django vectors
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsImZvcmdlZCJdXQ:2BLnMW:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`
      When the server counts the visitor's messages
      Then the count of messages is 0
      And the response deletes the cookie "messages"

    # MessageMiddleware stores the messages whatever the status: a server error saves no session
    # (SESS-SV-001), but the messages cookie still goes out with it.
    @id:MSG-CK-042 @spec:django-messages-storage-backends @profile:django
    Scenario: A message added by a request that fails with 500 is still shown
      Given the server has added an info message "Saved" in a request that failed with status 500
      When the visitor views the next page
      Then the visitor sees one info message "Saved"

    # A message below the minimum level is dropped before it counts as added, so nothing is written.
    @id:MSG-CK-043 @spec:django-messages-storage-backends @profile:django
    Scenario: A message below the minimum level writes no messages cookie
      When the server adds a debug message "Hidden"
      Then the response sets no cookie "messages"

    # An empty cookie holds no messages; it is not unreadable, so counting leaves it as it is.
    @id:MSG-CK-041 @spec:django-messages-storage-backends @profile:django @capability:raw-cookie-header
    Scenario: An empty messages cookie is left alone by a request that only counts
      Given the visitor's browser sends the cookie header "messages="
      When the server counts the visitor's messages
      Then the count of messages is 0
      And the response sets no cookie "messages"

    # The deletion goes to the Domain the cookie was set for (SESSION_COOKIE_DOMAIN): without it
    # the browser would keep the cookie it holds for that domain. Literal line from Django 5.2.17.
    @id:MSG-CK-040 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario: An unreadable messages cookie is deleted at the session Domain
      Given the session cookie settings are:
        | domain   | example.com |
        | samesite | Lax         |
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsImZvcmdlZCJdXQ:2BLnMW:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`
      When the visitor views the next page
      Then the response sets the cookie "messages" with the line:
        """
        messages=""; Domain=example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax
        """

    # The deletion keeps Path / as the cookie had it, whatever SESSION_COOKIE_PATH (delete_cookie's
    # default path): a deletion for /app/ would leave the cookie for / in the browser. The line is
    # MSG-CK-040's without Domain, checked against Django 5.2.17.
    @id:MSG-CK-044 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario: An unreadable messages cookie is deleted for Path / whatever the path
      Given the session cookie settings are:
        | path     | /app/ |
        | samesite | Lax   |
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsImZvcmdlZCJdXQ:2BLnMW:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`
      When the visitor views the next page
      Then the response sets the cookie "messages" with the line:
        """
        messages=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax
        """

    @id:MSG-CK-009 @spec:django-messages-storage-backends @security @profile:django
    Scenario: A visitor cannot mark a message safe by editing the cookie
      Given the server has added an info message "<i>hi</i>"
      And the visitor has changed the messages cookie to mark its message safe
      When the page renders the visitor's messages
      Then the rendered page does not contain "<i>hi</i>"

  Rule: a former secret key kept as a fallback still verifies the messages cookie

    # SECRET_KEY_FALLBACKS (Django 4.1 and later): CookieStorage reads with the cookie signer,
    # which takes the former keys too (catalogue 034, 156). Django 3.2 has no such setting and
    # ignores a cookie a former key signed; its expectations list these scenarios.
    @id:MSG-CK-045 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation @differs:django-3.2
    Scenario: Messages signed with a former key are shown while it is a fallback
      Given the server has added an info message "Hello"
      And the server's secret key has changed, keeping the former key as a fallback
      When the visitor views the next page
      Then the visitor sees one info message "Hello"

    @id:MSG-CK-046 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation
    Scenario: Messages signed with a dropped former key are not shown
      Given the server has added an info message "Hello"
      And the server's secret key has changed, keeping the former key as a fallback
      And the server no longer keeps a former secret key
      When the visitor views the next page
      Then the visitor sees no messages

    # A former key only reads: what the server signs after the change is signed with the new
    # key, so it is still shown once the former key is dropped.
    @id:MSG-CK-048 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation
    Scenario: Messages added after a key change outlive the former key
      Given the server's secret key has changed, keeping the former key as a fallback
      And the server has added an info message "Hello"
      And the server no longer keeps a former secret key
      When the visitor views the next page
      Then the visitor sees one info message "Hello"

    # MSG-CK-021's literal cookie from Django 5.2.17, signed with the vectors' secret key.
    @id:MSG-CK-047 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation @profile:django @differs:django-3.2
    Scenario: Django's messages cookie is read under the second former key
      Given the server signs with another secret key, keeping another former key and then the key of the Django vectors as fallbacks
      And the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkZpcnN0IiwiIl0sIl9fbWVzc2FnZXNub3RmaW5pc2hlZF9fIl0:2BLnMW:U-8gCvas7hTkNlcAO0FrFHh-ggMQvS5p0PIPO2FOdfY`
      When the visitor views the next page
      Then the visitor sees one info message "First"
