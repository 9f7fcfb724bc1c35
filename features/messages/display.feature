@area:messages @per-storage
Feature: Showing a message once
  A message added in one request is shown on the next page that lists the messages, and then
  it is gone. Counting messages does not show them. Messages that are not shown pile up, in
  the order they were added, and one visitor never sees another's. Conforms to Django's
  messages framework (docs: ref/contrib/messages, "Displaying messages", "Expiration of messages").

  Rule: a message is shown once

    @id:MSG-DSP-001 @spec:django-messages-expiration
    Scenario: A message is shown on the next page
      Given the server has added a success message "Profile saved"
      When the visitor views the next page
      Then the visitor sees one success message "Profile saved"

    @id:MSG-DSP-002 @spec:django-messages-expiration
    Scenario: A message shown once is not shown again
      Given the server has added a success message "Profile saved"
      And the visitor has viewed the next page
      When the visitor views the next page
      Then the visitor sees no messages

    @id:MSG-DSP-003 @spec:django-messages-expiration
    Scenario: A message survives the redirect after a form is sent
      When the server adds a success message "Order placed" and redirects the visitor
      Then the page after the redirect shows one message "Order placed"
      And the visitor's next page shows no messages

    @id:MSG-DSP-004 @spec:django-messages-expiration
    Scenario: A message added and shown in the same request is not kept
      Given the server has added an info message "Right away" and shown the messages in the same request
      When the visitor views the next page
      Then the visitor sees no messages

    # Django's update(): once the messages were shown, what the request adds afterwards is kept
    # for the next page, while the shown ones go.
    @id:MSG-DSP-026 @spec:django-messages-expiration
    Scenario: A message added after the messages were shown is kept
      Given the server has added an info message "Old"
      And the server has shown the messages and then added an info message "New" in the same request
      When the visitor views the next page
      Then the visitor sees one info message "New"

    # Iterating keeps what it showed for the rest of the request: a template that loops over
    # the messages twice shows the same ones both times, those added in the request included.
    @id:MSG-DSP-033 @spec:django-messages-expiration
    Scenario: A second list in the same request shows the same messages
      Given the server has added an info message "Old"
      When the server adds an info message "New" and lists the messages twice in the same request
      Then the second list of that request shows the messages "Old" and "New"

    # The page after the redirect both shows (and so clears) the messages and saves the session:
    # its response carries both Set-Cookie lines, the session cookie's and the messages
    # cookie's deletion (with the cookie storage), one line each.
    @id:MSG-DSP-082 @spec:django-messages-expiration @capability:settings
    Scenario: The page after a redirect clears the messages and saves the session
      Given sessions are saved on every request
      And the visitor's session holds "cart" = "3 items"
      When the server adds a success message "Order placed" and redirects the visitor
      Then the page after the redirect shows one message "Order placed"
      And the response sets the session cookie again with the same key
      And the visitor does not hold the cookie "messages"

  Rule: counting messages does not consume them

    @id:MSG-DSP-005 @spec:django-messages-expiration
    Scenario: Counting the messages keeps them for the next page
      Given the server has added an info message "Kept"
      And the server has counted the visitor's messages
      When the visitor views the next page
      Then the visitor sees one info message "Kept"

    @id:MSG-DSP-006 @spec:django-messages-expiration
    Scenario: Counting the messages reports how many wait
      Given the server has added an info message "One"
      And the server has added an info message "Two"
      When the server counts the visitor's messages
      Then the count of messages is 2

    # Django's BaseStorage.update stores only when messages were shown or added: a request that
    # only counts them leaves the cookie and the session as they were.
    @id:MSG-DSP-021 @spec:django-messages-expiration @profile:django
    Scenario: Counting pending messages writes neither cookie nor session
      Given the server has added an info message "Kept"
      When the server counts the visitor's messages
      Then the response sets no cookie "messages"
      And the response sets no session cookie

    @id:MSG-DSP-022 @spec:django-messages-expiration
    Scenario: Counting when nothing is pending writes no messages cookie
      When the server counts the visitor's messages
      Then the count of messages is 0
      And the response sets no cookie "messages"

    # len(storage) counts the messages loaded and those added in this request.
    @id:MSG-DSP-024 @spec:django-messages-expiration @profile:django
    Scenario: Counting in the request that adds a message counts it too
      Given the server has added an info message "Old"
      When the server adds an info message "New" and counts the visitor's messages in the same request
      Then the count of messages is 2

    # len(storage) loads and counts; it does not iterate, so what the request added is still kept.
    @id:MSG-DSP-084 @spec:django-messages-expiration @profile:django
    Scenario: A message counted in the request that adds it is shown next
      Given the server has added an info message "New" and counted the visitor's messages in the same request
      When the visitor views the next page
      Then the visitor sees one info message "New"

  Rule: messages not shown pile up in the order they were added

    @id:MSG-DSP-007 @spec:django-messages-expiration
    Scenario: Messages from several requests are shown together, oldest first
      Given the server has added an info message "First"
      And the server has added a warning message "Second"
      And the server has added an error message "Third"
      When the visitor views the next page
      Then the visitor sees these messages in this order:
        | level   | text   |
        | info    | First  |
        | warning | Second |
        | error   | Third  |

    @id:MSG-DSP-008 @spec:django-messages-adding
    Scenario: Messages added in one request keep their order
      Given the server has added these messages:
        | level   | text |
        | error   | A    |
        | info    | B    |
        | success | C    |
      When the visitor views the next page
      Then the visitor sees the texts "A", "B", "C" in that order

  Rule: messages belong to one visitor

    @id:MSG-DSP-009 @spec:django-messages-expiration
    Scenario: Another visitor does not see the visitor's message
      Given the server has added an error message "Card declined"
      When another visitor views the next page
      Then the visitor sees no messages

    @id:MSG-DSP-010 @spec:django-messages-expiration
    Scenario: A visitor with nothing pending sees no messages
      When the visitor views the next page
      Then the visitor sees no messages

  Rule: message text is escaped when shown, unless marked safe

    # The documentation's template opens the list only {% if messages %}.
    @id:MSG-DSP-023 @spec:django-messages-displaying @profile:django
    Scenario: Nothing is rendered when no message is pending
      When the page renders the visitor's messages
      Then the rendered page is empty

    # The documentation's template in full: the list is <ul class="messages">, one <li> a message.
    @id:MSG-DSP-027 @spec:django-messages-displaying @profile:django
    Scenario: The rendered messages are the documentation's list
      Given the server has added an info message "Saved"
      When the page renders the visitor's messages
      Then the rendered page contains "<ul class=\"messages\"><li class=\"info\">Saved</li></ul>"

    @id:MSG-DSP-011 @spec:django-messages-displaying
    Scenario: HTML in a message is escaped when the page renders it
      Given the server has added an info message "<script>alert(1)</script>"
      When the page renders the visitor's messages
      Then the rendered page contains "&lt;script&gt;alert(1)&lt;/script&gt;"
      And the rendered page does not contain "<script>"

    @id:MSG-DSP-012 @spec:django-messages-displaying @profile:django
    Scenario: A message marked safe keeps its HTML across requests
      Given the server has added a success message "<b>Done</b>" marked safe
      When the page renders the visitor's messages
      Then the rendered page contains "<b>Done</b>"

    @id:MSG-DSP-013 @spec:django-messages-displaying
    Scenario: Ampersands and both quotes in a message are escaped when rendered
      Given the server has added an info message "Tom & \"Jerry\" 'n' <i>"
      When the page renders the visitor's messages
      Then the rendered page contains "Tom &amp; &quot;Jerry&quot; &#x27;n&#x27; &lt;i&gt;"

    # The template of the Django documentation's example ("Displaying messages"): a class
    # attribute only when the message has tags, extra tags first.
    @id:MSG-DSP-014 @spec:django-messages-displaying @profile:django
    Scenario: Each rendered message carries its tags as its class
      Given the server has added these messages:
        | level   | text   |
        | warning | Note   |
        | 27      | Custom |
      And the server has added a warning message "Careful" with the extra tags "x y"
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\"warning\">Note</li><li>Custom</li><li class=\"x y warning\">Careful</li>"

    @id:MSG-DSP-015 @spec:django-messages-displaying @profile:django
    Scenario: Extra tags on a level without a tag are the whole class
      Given the server has added a message "Custom" at level 27 with the extra tags "x"
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\"x\">Custom</li>"

    # message.tags joins the extra tags and the level tag as they are: the same tag twice stays twice.
    @id:MSG-DSP-032 @spec:django-messages-displaying @profile:django
    Scenario: An extra tag equal to the level tag is written twice
      Given the server has added a warning message "Careful" with the extra tags "warning"
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\"warning warning\">Careful</li>"

    # The extra tags are joined as the view gave them, with the spaces around them.
    @id:MSG-DSP-040 @spec:django-messages-displaying @profile:django
    Scenario: Extra tags with spaces around them keep their spaces
      Given the server has added a warning message "Careful" with the extra tags " x "
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\" x  warning\">Careful</li>"

    # Extra tags of a single space are not empty, so they are joined too (Django 5.2.17's
    # message.tags is "  warning").
    @id:MSG-DSP-041 @spec:django-messages-displaying @profile:django
    Scenario: Extra tags of one space are kept in the class
      Given the server has added a warning message "Careful" with the extra tags " "
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\"  warning\">Careful</li>"

    # The class is escaped as the text is: extra tags come from the view, not from the template.
    @id:MSG-DSP-025 @spec:django-messages-displaying @profile:django
    Scenario: Extra tags holding markup are escaped in the class
      Given the server has added a warning message "Careful" with the extra tags "<b> \"x\""
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\"&lt;b&gt; &quot;x&quot; warning\">Careful</li>"

    # Marking the text safe says nothing of the tags: they are escaped in the class all the same.
    @id:MSG-DSP-081 @spec:django-messages-displaying @profile:django
    Scenario: A safe message's extra tags are still escaped in the class
      Given the server has added a success message "<b>Done</b>" marked safe, with the extra tags "<i>"
      When the page renders the visitor's messages
      Then the rendered page contains "<li class=\"&lt;i&gt; success\"><b>Done</b></li>"

  Rule: a message's text comes back exactly, whatever characters it holds

    @id:MSG-DSP-020 @spec:django-messages-displaying
    Scenario Outline: The message `<text>` is shown unchanged
      Given the server has added an info message "<text>"
      When the visitor views the next page
      Then the visitor sees one info message "<text>"

      Examples:
        | text        |
        | a:b:c       |
        | a.b.c       |
        | say \"hi\"  |
        | a,b         |
        | a;b         |
        | back\\slash |
        | é€😀        |

    # Django keeps the text as the view gave it: the spaces around it are part of it.
    @id:MSG-DSP-080 @spec:django-messages-displaying
    Scenario: A message's text keeps the spaces around it
      Given the server has added an info message "  padded  "
      When the visitor views the next page
      Then the visitor sees one info message "  padded  "

  Rule: a message's extra tags come back as the view gave them, None kept apart from ""

    # add_message(extra_tags=None) stores None: every storage's encoding leaves it out and reads
    # it back as None, where the default "" is written (catalogue 115, 129).
    @id:MSG-DSP-083 @spec:django-messages-adding @profile:django
    Scenario: A message added with extra tags None is shown with None
      Given the server has added an info message "Note" with the extra tags None
      When the visitor views the next page
      Then the visitor sees one message "Note" whose extra tags are None
