@area:messages @per-storage
Feature: Message levels and tags
  A message has a level, an integer; the five built-in levels have tags a template can style
  (tags, extra tags and custom levels are Django's, so those scenarios are django profile).
  Messages below the minimum level are dropped when added. Conforms to Django's messages framework (docs: ref/contrib/messages,
  "Message levels", "Message tags", MESSAGE_LEVEL, MESSAGE_TAGS).

  Rule: each built-in level has its number and its tag

    @id:MSG-LVL-001 @spec:django-messages-levels @capability:settings
    Scenario Outline: A <level> message is shown at level <number>
      Given the message level is debug
      And the server has added a <level> message "Note"
      When the visitor views the next page
      Then the visitor sees one <level> message "Note"

      Examples:
        | level   | number |
        | debug   | 10     |
        | info    | 20     |
        | success | 25     |
        | warning | 30     |
        | error   | 40     |

    @id:MSG-LVL-010 @spec:django-messages-tags @capability:settings @profile:django
    Scenario Outline: A <level> message is shown with the tag "<tag>"
      Given the message level is debug
      And the server has added a <level> message "Note"
      When the visitor views the next page
      Then the visitor sees one message "Note" at level <number> with the tags "<tag>"

      Examples:
        | level   | number | tag     |
        | debug   | 10     | debug   |
        | info    | 20     | info    |
        | success | 25     | success |
        | warning | 30     | warning |
        | error   | 40     | error   |

    @id:MSG-LVL-024 @spec:django-messages-tags @capability:settings @profile:django
    Scenario Outline: A message added at level <number> has the tag "<tag>"
      Given the message level is debug
      And the server has added a message "Note" at level <number>
      When the visitor views the next page
      Then the visitor sees one message "Note" at level <number> with the tags "<tag>"

      Examples:
        | number | tag     |
        | 10     | debug   |
        | 20     | info    |
        | 25     | success |
        | 30     | warning |
        | 40     | error   |

    @id:MSG-LVL-002 @spec:django-messages-levels @profile:django
    Scenario: A custom level has no tag of its own
      Given the server has added a message "Custom" at level 27
      When the visitor views the next page
      Then the visitor sees one message "Custom" at level 27 with the tags ""

    # The five names are the fixture's for Django's constants (messages.DEBUG to
    # messages.ERROR), in lower case. A name in another case is no level: a view passing it
    # hands add_message a text, which it cannot compare with the minimum level (TypeError).
    @id:MSG-LVL-081 @spec:django-messages-levels @profile:django
    Scenario Outline: A level named "<name>" is refused
      When the server adds a message at the level named "<name>"
      Then the server refuses the call

      Examples:
        | name    |
        | WARNING |
        | Info    |

  Rule: messages below the minimum level are dropped

    @id:MSG-LVL-003 @spec:django-messages-levels @profile:django
    Scenario: A debug message is dropped at the default level
      Given the server has added a debug message "Hidden"
      When the visitor views the next page
      Then the visitor sees no messages

    @id:MSG-LVL-004 @spec:django-messages-levels @capability:settings @profile:django
    Scenario: A message at exactly the minimum level is kept
      Given the message level is warning
      And the server has added a warning message "Careful"
      When the visitor views the next page
      Then the visitor sees one warning message "Careful"

    @id:MSG-LVL-005 @spec:django-messages-levels @capability:settings @profile:django
    Scenario: A message below a raised minimum level is dropped
      Given the message level is warning
      And the server has added a success message "Saved"
      When the visitor views the next page
      Then the visitor sees no messages

    @id:MSG-LVL-020 @spec:django-messages-levels @capability:settings @profile:django
    Scenario: A message one level below the minimum level is dropped
      Given the message level is warning
      And the server has added a message "Almost" at level 29
      When the visitor views the next page
      Then the visitor sees no messages

    @id:MSG-LVL-021 @spec:django-messages-levels @capability:settings @profile:django
    Scenario: A message one level above the minimum level is kept
      Given the message level is warning
      And the server has added a message "Above" at level 31
      When the visitor views the next page
      Then the visitor sees one message "Above" at level 31 with the tags ""

    # MESSAGE_LEVEL 0 is a level like any other, not "unset": a message at level 1 is above it.
    @id:MSG-LVL-080 @spec:django-messages-levels @capability:settings @profile:django
    Scenario: A minimum level of 0 keeps a message at level 1
      Given the message level is 0
      And the server has added a message "Low" at level 1
      When the visitor views the next page
      Then the visitor sees one message "Low" at level 1

    @id:MSG-LVL-006 @spec:django-messages-levels @profile:django
    Scenario: Lowering the level for one request keeps a debug message
      Given the server has added a debug message "Trace" with the request's level lowered to debug
      When the visitor views the next page
      Then the visitor sees one debug message "Trace"

    # add_message stores a message at or above the level and with text; the fixture reports it.
    @id:MSG-LVL-023 @spec:django-messages-adding @capability:settings @profile:django
    Scenario Outline: A <level> message "<text>" is <outcome> at the warning level
      Given the message level is warning
      When the server adds a <level> message "<text>"
      Then the server reports that it <outcome> the message

      Examples:
        | level   | text    | outcome |
        | success | Saved   | dropped |
        | warning | Careful | kept    |
        | error   | Failed  | kept    |
        | error   |         | dropped |

    # Several add_message calls in one view: each keeps or drops its own message, and the fixture
    # counts only those kept (docs/fixture-api.md, messages.addMany's "added").
    @id:MSG-LVL-082 @spec:django-messages-adding @profile:django
    Scenario: Only the messages at the level count as kept in one request
      When the server adds these messages in one request:
        | level | text    |
        | debug | Trace   |
        | info  | Note    |
        | debug | Another |
      Then the server reports that it kept 1 of the messages

    @id:MSG-LVL-026 @spec:django-messages-adding @profile:django
    Scenario: A message of one space is kept
      When the server adds an info message " "
      Then the server reports that it kept the message

    # set_level(request, None) after a set_level goes back to MESSAGE_LEVEL, not to INFO.
    @id:MSG-LVL-027 @spec:django-messages-levels @capability:settings @profile:django
    Scenario: Resetting the request's level goes back to the minimum level
      Given the message level is warning
      And the server has added these messages, setting the request's level first:
        | request level | level   | text  |
        | debug         | debug   | Trace |
        | none          | success | Saved |
        |               | warning | Kept  |
      When the visitor views the next page
      Then the visitor sees the texts "Trace", "Kept" in that order

    @id:MSG-LVL-028 @spec:django-messages-levels @profile:django
    Scenario: A level lowered for one request is not lowered for the next
      Given the server has added a debug message "Trace" with the request's level lowered to debug
      And the server has added a debug message "Later"
      When the visitor views the next page
      Then the visitor sees one debug message "Trace"

    # set_level(request, 0) sets the level 0: zero is a level, only None goes back to MESSAGE_LEVEL.
    @id:MSG-LVL-029 @spec:django-messages-levels @profile:django
    Scenario: A request's level set to 0 keeps a debug message
      Given the server has added these messages, setting the request's level first:
        | request level | level | text  |
        | 0             | debug | Trace |
      When the visitor views the next page
      Then the visitor sees one debug message "Trace"

  Rule: tags are the extra tags followed by the level's tag

    @id:MSG-LVL-007 @spec:django-messages-tags @profile:django
    Scenario: Extra tags come before the level's tag
      Given the server has added a warning message "Careful" with the extra tags "x y"
      When the visitor views the next page
      Then the visitor sees one message "Careful" at level 30 with the tags "x y warning"

    @id:MSG-LVL-025 @spec:django-messages-tags @profile:django
    Scenario: Extra tags with quotes, separators and accents come back unchanged
      Given the server has added a warning message "Careful" with the extra tags "a\"b;c,é \\ d:e"
      When the visitor views the next page
      Then the visitor sees one message "Careful" at level 30 with the tags "a\"b;c,é \\ d:e warning"

    @id:MSG-LVL-008 @spec:django-messages-tags @capability:settings @profile:django
    Scenario: Custom tags replace, blank and add level tags
      Given the message tags are:
        | level | tag    |
        | 40    | danger |
        | 20    |        |
        | 27    | Notice |
      And the server has added these messages:
        | level | text   |
        | error | Failed |
        | info  | FYI    |
        | 27    | Heads  |
      When the visitor views the next page
      Then the visitor sees these messages:
        | level | tags   | text   |
        | 40    | danger | Failed |
        | 20    |        | FYI    |
        | 27    | Notice | Heads  |

    @id:MSG-LVL-022 @spec:django-messages-tags @capability:settings @profile:django
    Scenario: Custom tags leave the tags of the other levels in place
      Given the message tags are:
        | level | tag    |
        | 40    | danger |
      And the server has added a warning message "Careful"
      When the visitor views the next page
      Then the visitor sees one message "Careful" at level 30 with the tags "warning"

    # A level is any integer, one below zero too, and MESSAGE_TAGS tags that level and no other.
    @id:MSG-LVL-040 @spec:django-messages-tags @capability:settings @profile:django
    Scenario: A custom tag for a negative level tags that level only
      Given the message tags are:
        | level | tag |
        | -5    | low |
      And the server has added these messages, setting the request's level first:
        | request level | level | text  |
        | -10           | -5    | Below |
        |               | 5     | Above |
      When the visitor views the next page
      Then the visitor sees these messages:
        | level | tags | text  |
        | -5    | low  | Below |
        | 5     |      | Above |

    # A tag is used as written, spaces included (a table cell cannot hold them).
    @id:MSG-LVL-042 @spec:django-messages-tags @capability:settings @profile:django
    Scenario: A custom tag with spaces around it keeps them
      Given the message tag of level 30 is " caution "
      And the server has added a warning message "Careful"
      When the visitor views the next page
      Then the visitor sees one message "Careful" at level 30 with the tags " caution "

    # A message setting changed after another leaves the other as it was.
    @id:MSG-LVL-041 @spec:django-messages-tags @capability:settings @profile:django
    Scenario: Custom tags set after the level keep the level
      Given the message level is debug
      And the message tags are:
        | level | tag    |
        | 40    | danger |
      And the server has added a debug message "Trace"
      When the visitor views the next page
      Then the visitor sees one debug message "Trace"

    # MESSAGE_TAGS is one setting: setting it again replaces the levels it named before, which
    # go back to their default tags.
    @id:MSG-LVL-034 @spec:django-messages-tags @capability:settings @profile:django
    Scenario: Custom tags set again replace the custom tags set before
      Given the message tags are:
        | level | tag    |
        | 40    | danger |
      And the message tags are changed to:
        | level | tag     |
        | 30    | caution |
      And the server has added these messages:
        | level   | text    |
        | error   | Failed  |
        | warning | Careful |
      When the visitor views the next page
      Then the visitor sees these messages:
        | level | tags    | text    |
        | 40    | error   | Failed  |
        | 30    | caution | Careful |

    @id:MSG-LVL-009 @spec:django-messages-adding @profile:django
    Scenario: A message with empty text is not stored
      Given the server has added an info message ""
      When the visitor views the next page
      Then the visitor sees no messages
