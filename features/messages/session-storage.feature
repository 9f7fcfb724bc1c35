@area:messages @per-storage @storage:session
Feature: Messages kept in the session
  The session storage keeps pending messages in the visitor's session, under the key
  "_messages", so they need no cookie of their own and have no size limit. Showing them
  removes them from the session, which saves the session. Conforms to Django's SessionStorage
  (docs: ref/contrib/messages, "Storage backends").

  Rule: pending messages live in the session

    @id:MSG-SS-001 @spec:django-messages-storage-backends
    Scenario: Adding a message starts a session and sets no messages cookie
      When the server adds an info message "Hello"
      Then the response sets a new session cookie
      And the response sets no cookie "messages"

    @id:MSG-SS-002 @spec:django-messages-storage-backends @profile:django
    Scenario: Showing the messages saves the session without them
      Given the server has added an info message "Hello"
      When the visitor views the next page
      Then the response sets the session cookie again with the same key

    @id:MSG-SS-003 @spec:django-messages-storage-backends
    Scenario: Many long messages are all kept
      Given the server has added 6 info messages of 400 characters, numbered 1 to 6
      When the visitor views the next page
      Then the visitor sees the messages numbered 1 to 6

    @id:MSG-SS-004 @spec:django-messages-storage-backends
    Scenario: Listing the messages keeps the page out of shared caches
      When the visitor views the next page
      Then the response is kept out of shared caches

    # Literal from Django 5.2.17: json.dumps with its default separators, non-ASCII escaped,
    # an empty extra_tags kept; the messages of two requests, oldest first.
    @id:MSG-SS-005 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario: The session holds the pending messages as Django's JSON text
      Given the server has added an info message "say \"hi\""
      And the server has added a warning message "café" with the extra tags "x y"
      When the server reads "_messages" from the visitor's session
      Then the server finds "_messages" = the text `[["__json_message", 0, 20, "say \"hi\"", ""], ["__json_message", 0, 30, "caf\u00e9", "x y"]]`

    @id:MSG-SS-006 @spec:django-messages-storage-backends
    Scenario: Showing the messages removes them from the session
      Given the server has added an info message "Hello"
      And the visitor has viewed the next page
      When the server reads "_messages" from the visitor's session
      Then the server finds no "_messages"

    # extra_tags given as None is left out of the message's list, where "" is kept (MSG-SS-005):
    # None is not the default "". Literal from Django 5.2.17 and 3.2.25, which agree here.
    @id:MSG-SS-011 @spec:django-messages-storage-backends @profile:django
    Scenario: A message with extra tags given as None is stored without them
      Given the server has added an info message "Hello" with the extra tags given as None
      When the server reads "_messages" from the visitor's session
      Then the server finds "_messages" = the text `[["__json_message", 0, 20, "Hello"]]`

    # Literal from Django 5.2.17: json.dumps's ensure_ascii escapes every character outside space
    # to tilde, DEL (0x7F) and the controls below 0x20 included: a tab as \t, the others as
    # \u00XX in lowercase hex. Django 3.2 leaves the empty extra_tags out (catalogue 129).
    @id:MSG-SS-012 @spec:django-messages-storage-backends @profile:django @differs:django-3.2
    Scenario Outline: A message with <control> is stored with it escaped
      Given the server has added an info message "a" and "b" joined by <control>
      When the server reads "_messages" from the visitor's session
      Then the server finds "_messages" = the text `<stored>`

      Examples:
        | control                 | stored                                     |
        | a tab                   | [["__json_message", 0, 20, "a\tb", ""]]     |
        | a unit separator (0x1F) | [["__json_message", 0, 20, "a\u001fb", ""]] |
        | a DEL character (0x7F)  | [["__json_message", 0, 20, "a\u007fb", ""]] |

  Rule: the session's list is read as Django writes it and written back the same way

    # A message list as Django writes it into the session: safe (1) and without extra tags,
    # the form Django 3.2 writes for empty extra tags.
    @id:MSG-SS-007 @spec:django-messages-storage-backends @profile:django
    Scenario: A safe message without extra tags in the session is shown as HTML
      Given the visitor's session holds "_messages" = the text `[["__json_message", 1, 25, "<b>Done</b>"]]`
      When the page renders the visitor's messages
      Then the rendered page contains "<ul class=\"messages\"><li class=\"success\"><b>Done</b></li></ul>"

    # Literal from Django 5.2.17: a kept message without extra tags stays without them.
    @id:MSG-SS-008 @spec:django-messages-storage-backends @profile:django
    Scenario: A pending message is written back as it was when another is added
      Given the visitor's session holds "_messages" = the text `[["__json_message", 1, 25, "<b>Done</b>"]]`
      And the server has added a warning message "Careful" with the extra tags "x y"
      When the server reads "_messages" from the visitor's session
      Then the server finds "_messages" = the text `[["__json_message", 1, 25, "<b>Done</b>"], ["__json_message", 0, 30, "Careful", "x y"]]`

    @id:MSG-SS-009 @spec:django-messages-storage-backends @profile:django
    Scenario: An empty text under "_messages" holds no messages
      Given the visitor's session holds "_messages" = ""
      When the visitor views the next page
      Then the visitor sees no messages

    @id:MSG-SS-010 @spec:django-messages-storage-backends @profile:django
    Scenario: A null under "_messages" holds no messages
      Given the visitor's session holds "_messages" = null
      When the visitor views the next page
      Then the visitor sees no messages
