@area:browser @browser @capability:demo-site
Feature: Flash messages on rendered pages
  A message added before a redirect is shown once, on the page the browser lands on, and is used
  up by being shown: reloading or moving on shows it no more. Its level becomes a CSS class and
  its text is escaped. Conforms to Django (docs: ref/contrib/messages, "Displaying messages" and
  "Expiration of messages"), as a real browser renders the pages.

  Rule: the page after the redirect shows the message once

    @id:BRW-MSG-001 @spec:django-messages-expiration
    Scenario Outline: The page after the redirect shows a <level> message
      When the visitor sends a <level> message "<text>" with the message form
      Then the page shows one <level> message "<text>"

      Examples:
        | level   | text                          |
        | success | Your details were saved.      |
        | warning | Your card expires next month. |
        | error   | The payment was declined.     |

    @id:BRW-MSG-002 @spec:django-messages-expiration
    Scenario: Reloading the page shows the message no more
      Given the visitor has sent a success message "Your details were saved." with the message form
      When the visitor reloads the page
      Then the page shows no message

    @id:BRW-MSG-003 @spec:django-messages-expiration
    Scenario: The message is not shown again on the next page
      Given the visitor has sent a warning message "Your card expires next month." with the message form
      When the visitor opens the cart
      Then the page shows no message

  Rule: the text of a message is escaped unless marked safe

    @id:BRW-MSG-004 @spec:django-messages-displaying
    Scenario: Markup in a message shows as text
      When the visitor sends an error message "<b>Declined</b>" with the message form
      Then the page shows one error message "<b>Declined</b>"
