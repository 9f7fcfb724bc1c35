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
