@area:browser @browser @capability:demo-site
Feature: A visitor whose browser blocks cookies
  Django's sessions are "entirely, and solely, cookie-based": without cookies every request
  arrives without a session key, so each one starts a new, empty session, and the key is never put
  in the address instead. Messages kept in a cookie or in the session are lost the same way.
  Conforms to Django (docs: topics/http/sessions, "Session IDs in URLs"). The browser here sends
  no cookie and stores none, as one set to block all cookies does.

  Background:
    Given the visitor's browser refuses all cookies

  Rule: without cookies the server cannot recognise the visitor

    @id:BRW-BLK-001 @spec:django-sessions-ids-in-urls
    Scenario: The cart stays empty for a visitor who blocks cookies
      When the visitor puts "Tea" in the cart
      Then the cart is empty

    @id:BRW-BLK-002 @spec:django-sessions-ids-in-urls @capability:store-inspection @store-count
    Scenario: Each change to the cart starts another session in the store
      Given the visitor has put "Tea" in the cart
      When the visitor puts "Mug" in the cart
      Then the store holds 2 sessions

    @id:BRW-BLK-003 @spec:django-messages-storage-backends
    Scenario: A flash message is lost when the browser blocks cookies
      When the visitor sends a success message "Your details were saved." with the message form
      Then the page shows no message

  Rule: the session key never moves into the address

    @id:BRW-BLK-004 @spec:django-sessions-ids-in-urls
    Scenario: The address carries no session key when cookies are blocked
      When the visitor puts "Tea" in the cart
      Then the page address carries no session key
