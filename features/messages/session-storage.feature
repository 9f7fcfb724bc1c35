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
