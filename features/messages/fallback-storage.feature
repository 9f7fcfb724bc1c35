@area:messages @per-storage @storage:fallback
Feature: Messages in a cookie, overflowing into the session
  The fallback storage, Django's default, keeps messages in the messages cookie while they fit
  and moves the newer ones into the session when they do not. It reads the session only when
  the cookie says messages are missing, and after showing them it clears only the storages that
  held messages. Conforms to Django's FallbackStorage (docs: ref/contrib/messages, "Storage backends").

  Rule: the cookie keeps the oldest messages and the session the newer ones

    @id:MSG-FB-001 @spec:django-messages-storage-backends
    Scenario: A short message goes to the cookie and starts no session
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages"
      And the response sets no session cookie

    @id:MSG-FB-002 @spec:django-messages-storage-backends
    Scenario: Six long messages are all shown, oldest first
      Given the server has added 6 info messages of 400 characters, numbered 1 to 6
      When the visitor views the next page
      Then the visitor sees the messages numbered 1 to 6

    @id:MSG-FB-003 @spec:django-messages-storage-backends @profile:django
    Scenario: Messages that do not fit in the cookie start a session
      When the server adds 6 info messages of 400 characters, numbered 1 to 6
      Then the response sets a new session cookie
      And the messages cookie value is at most 2048 characters long

    # Django 5.2.17's lengths for the numbered texts of the steps: a message of 1916
    # characters makes a messages cookie of exactly 2048 characters, the most it may hold.
    @id:MSG-FB-008 @spec:django-messages-storage-backends @profile:django
    Scenario Outline: A message of <length> characters starts no session
      When the server adds an info message of <length> characters
      Then the response sets no session cookie
      And the messages cookie holds the messages numbered 1 to 1
      And the messages cookie does not mark that messages are missing

      Examples:
        | length |
        | 1915   |
        | 1916   |

    @id:MSG-FB-009 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario: A message of 1917 characters goes to the session
      When the server adds an info message of 1917 characters
      Then the response sets a new session cookie
      And the messages cookie holds no message
      And the messages cookie marks that messages are missing

    @id:MSG-FB-010 @spec:django-messages-storage-backends @profile:django
    Scenario: A message of 1917 characters in the session is shown next
      Given the server has added an info message of 1917 characters
      When the visitor views the next page
      Then the visitor sees the messages numbered 1 to 1

    # Django's FallbackStorage clears only a storage that held messages; a cookie holding only
    # the marker held none, so it is left in place (the next page reads an empty session).
    @id:MSG-FB-014 @spec:django-messages-storage-backends @profile:django
    Scenario: Showing a message kept in the session leaves the marker cookie alone
      Given the server has added an info message of 3000 characters
      When the visitor views the next page
      Then the response sets no cookie "messages"
      And the response sets the session cookie again with the same key

    # The cookie keeps the oldest messages that fit with the marker: a first message of 1891
    # characters makes a cookie of exactly 2048 characters; one of 1892 goes to the session too.
    @id:MSG-FB-011 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario Outline: The cookie keeps an older message of <length> characters
      When the server adds these numbered info messages:
        | number | characters |
        | 1      | <length>   |
        | 2      | 100        |
      Then the messages cookie value is exactly <size> characters long
      And the messages cookie holds the messages numbered 1 to 1
      And the messages cookie marks that messages are missing

      Examples:
        | length | size |
        | 1890   | 2047 |
        | 1891   | 2048 |

    @id:MSG-FB-012 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario: An older message of 1892 characters goes to the session too
      When the server adds these numbered info messages:
        | number | characters |
        | 1      | 1892       |
        | 2      | 100        |
      Then the messages cookie holds no message
      And the messages cookie marks that messages are missing

    @id:MSG-FB-013 @spec:django-messages-storage-backends @profile:django
    Scenario Outline: An older message of <length> and a newer one show in order
      Given the server has added these numbered info messages:
        | number | characters |
        | 1      | <length>   |
        | 2      | 100        |
      When the visitor views the next page
      Then the visitor sees the messages numbered 1 to 2

      Examples:
        | length |
        | 1891   |
        | 1892   |

  Rule: the cookie part takes its attributes and keys as the cookie storage does

    # FallbackStorage's cookie part is a CookieStorage: the messages cookie takes the session
    # cookie's domain, Secure, HttpOnly and SameSite here too, with Path / (literal line from
    # Django 5.2.17).
    @id:MSG-FB-016 @spec:django-messages-storage-backends @capability:settings @profile:django
    Scenario: The fallback's cookie takes the session cookie's domain and flags
      Given the session cookie settings are:
        | domain   | .Example.com |
        | secure   | yes          |
        | httponly | no           |
        | samesite | Strict       |
      When the server adds an info message "Hello"
      Then the response sets the cookie "messages" with the line:
        """
        messages=<messages value>; Domain=.Example.com; Path=/; SameSite=Strict; Secure
        """

    # SECRET_KEY_FALLBACKS (Django 4.1 and later) reaches the fallback's cookie part too (catalogue
    # 034). Django 3.2 has no such setting; its expectations list this scenario.
    @id:MSG-FB-017 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation @differs:django-3.2
    Scenario: Fallback messages signed with a former key are shown
      Given the server has added an info message "Hello"
      And the server's secret key has changed, keeping the former key as a fallback
      When the visitor views the next page
      Then the visitor sees one info message "Hello"

    # A former key only reads, in the fallback's cookie part as in the cookie storage (MSG-CK-048):
    # what is signed after the change is signed with the new key and outlives the former one.
    @id:MSG-FB-018 @spec:django-settings-secret-key-fallbacks @capability:settings @capability:key-rotation
    Scenario: Fallback messages signed after a key change outlive the old key
      Given the server's secret key has changed, keeping the former key as a fallback
      And the server has added an info message "Hello"
      And the server no longer keeps a former secret key
      When the visitor views the next page
      Then the visitor sees one info message "Hello"

  Rule: after showing, only the storages that held messages are cleared

    @id:MSG-FB-004 @spec:django-messages-storage-backends
    Scenario: Showing cookie-held messages deletes only the cookie
      Given the server has added an info message "Hello"
      When the visitor views the next page
      Then the response deletes the cookie "messages"
      And the response sets no session cookie

    @id:MSG-FB-005 @spec:django-messages-storage-backends
    Scenario: Showing overflowed messages clears both storages
      Given the server has added 6 info messages of 400 characters, numbered 1 to 6
      When the visitor views the next page
      Then the response deletes the cookie "messages"
      And the response sets the session cookie again with the same key

    @id:MSG-FB-006 @spec:django-messages-storage-backends @profile:django
    Scenario: Without a messages cookie the session is not read
      When the visitor views the next page
      Then the response does not vary on Cookie

    @id:MSG-FB-015 @spec:django-messages-storage-backends @profile:django
    Scenario: A cookie that holds every message spares reading the session
      Given the server has added an info message "Hello"
      When the visitor views the next page
      Then the visitor sees one info message "Hello"
      And the response does not vary on Cookie

    @id:MSG-FB-007 @spec:django-messages-storage-backends @security @profile:django
    Scenario: A tampered messages cookie is ignored but not deleted
      Given the visitor's browser holds the cookie "messages" with the value `W1siX19qc29uX21lc3NhZ2UiLDAsMjAsImZvcmdlZCJdXQ:2BLnMW:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`
      When the visitor views the next page
      Then the visitor sees no messages
      And the response sets no cookie "messages"
