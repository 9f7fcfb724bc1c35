@area:expiry @per-engine @clock @capability:settings
Feature: Browser-length sessions
  With SESSION_EXPIRE_AT_BROWSER_CLOSE the session cookie has no expiry, so the browser forgets
  it when it closes; the server still keeps the session for SESSION_COOKIE_AGE. Conforms to
  Django (docs: topics/http/sessions, "Browser-length sessions vs. persistent sessions") and
  RFC 6265bis section 5.7 (cookies without an expiry end with the browser session).

  Background:
    Given sessions expire when the browser closes

  Rule: a browser-length session ends when the browser closes

    @id:EXP-BRW-001 @spec:django-sessions-browser-length-vs-persistent
    Scenario: The session cookie has neither Max-Age nor expires
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets the session cookie without an expiry

    @id:EXP-BRW-002 @spec:rfc6265bis-5.7
    Scenario: Closing the browser ends a browser-length session
      Given the visitor's session holds "cart" = "3 items"
      And the visitor has closed the browser
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:EXP-BRW-003 @spec:django-sessions-browser-length-vs-persistent
    Scenario: A browser-length session lasts while the browser stays open
      Given the visitor's session holds "cart" = "3 items"
      And 13 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:EXP-BRW-004 @spec:django-sessions-browser-length-vs-persistent
    Scenario: The server forgets a browser-length session after the cookie age
      Given the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: a per-session expiry overrides the browser-length default

    @id:EXP-BRW-005 @spec:django-sessions-set-expiry
    Scenario: A session given 300 seconds survives closing the browser
      Given the visitor's session holds "cart" = "3 items"
      And the server has set the visitor's session to expire after 300 seconds
      And the visitor has closed the browser
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:EXP-BRW-006 @spec:django-sessions-set-expiry
    Scenario: A session given 300 seconds reports a persistent expiry
      Given the visitor's session holds "cart" = "3 items"
      When the server sets the visitor's session to expire after 300 seconds
      Then the session expires in 300 seconds, not at browser close
      And the response sets the session cookie with the max age 300

    # A date is a custom expiry as much as a number of seconds is: the setting no longer decides.
    @id:EXP-BRW-008 @spec:django-sessions-set-expiry @differs:django-3.2
    Scenario: A session given an expiry date reports a persistent expiry
      Given the visitor's session holds "cart" = "3 items"
      When the server sets the visitor's session to expire at the date 1 hour from now
      Then the session expires in 3600 seconds, not at browser close
      And the response sets the session cookie with the max age 3600

    # Django reads a stored None as no custom expiry (`is None`), so the setting decides.
    @id:EXP-BRW-007 @spec:django-sessions-set-expiry
    Scenario: A stored null expiry keeps the browser-length default
      Given the visitor's session holds "_session_expiry" as the JSON null
      When the server reads the visitor's session expiry
      Then the session expires in 1209600 seconds, at browser close
