@area:interop @interop @capability:peer @capability:settings @profile:django @per-storage @storage:session
Feature: Messages kept in a session that two servers share
  With the session message storage and one django_session table, a message one server adds is
  saved inside the visitor's session row, and the other server shows it once from there.
  Conforms to Django's SessionStorage (docs: ref/contrib/messages, "Storage backends") over
  database-backed sessions (docs: topics/http/sessions).

  Background:
    Given both servers keep sessions in the db engine

  Rule: a message in the shared session is shown by either server, once

    @id:IOP-MSS-001 @spec:django-messages-storage-backends
    Scenario: The peer server shows a message the server kept in the session
      Given the server has added an info message "Saved"
      When the visitor views the next page on the peer server
      Then the visitor sees one message "Saved" at level 20 with the tags "info"

    @id:IOP-MSS-002 @spec:django-messages-storage-backends
    Scenario: The server shows a message the peer server kept in the session
      Given the peer server has added a warning message "Careful"
      When the visitor views the next page
      Then the visitor sees one message "Careful" at level 30 with the tags "warning"

    @id:IOP-MSS-003 @spec:django-messages-expiration
    Scenario: A message the peer server showed is gone for the server
      Given the server has added an info message "Saved"
      And the visitor has viewed the next page on the peer server
      When the visitor views the next page
      Then the visitor sees no messages
