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

    # Django 3.2 leaves out an empty extra_tags; Django 4.1 and later keep it as "" (different bytes).
    @id:MSG-CK-003 @spec:django-messages-storage-backends @profile:django @clock @differs:django-3.2
    Scenario: The messages cookie holds Django's encoding and signature
      When the server adds an info message "Hello"
      Then the messages cookie holds [["__json_message",0,20,"Hello",""]] signed by Django's cookie signer now

    @id:MSG-CK-004 @spec:django-messages-storage-backends
    Scenario: Showing the messages deletes the cookie
      Given the server has added an info message "Hello"
      When the visitor views the next page
      Then the response deletes the cookie "messages"

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

  Rule: a cookie that does not verify is ignored and deleted

    @id:MSG-CK-008 @spec:django-messages-storage-backends @security @profile:django
    Scenario Outline: A messages cookie with <fault> shows nothing and is deleted
      Given the visitor's browser holds a messages cookie with <fault>
      When the visitor views the next page
      Then the visitor sees no messages
      And the response deletes the cookie "messages"

      Examples:
        | fault                            |
        | a bad signature                  |
        | a payload that is not base64     |
        | a payload that is not JSON       |
        | no signature at all              |

    @id:MSG-CK-009 @spec:django-messages-storage-backends @security @profile:django
    Scenario: A visitor cannot mark a message safe by editing the cookie
      Given the server has added an info message "<i>hi</i>"
      And the visitor has changed the messages cookie to mark its message safe
      When the page renders the visitor's messages
      Then the rendered page does not contain "<i>hi</i>"
