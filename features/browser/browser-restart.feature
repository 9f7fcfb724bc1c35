@area:browser @browser @capability:demo-site
Feature: Sessions across a browser restart
  A browser-length session cookie has no expiry, so a real browser drops it when it closes and the
  visitor comes back to an empty cart; a persistent one is kept for SESSION_COOKIE_AGE and survives.
  Conforms to Django (docs: topics/http/sessions, "Browser-length sessions vs. persistent sessions")
  and RFC 6265bis section 5.7, as Chromium shows it with session restore off (a fresh profile).

  Rule: a browser-length session ends when the browser closes

    @id:BRW-RST-001 @spec:django-sessions-browser-length-vs-persistent
    Scenario: A browser-length cart is empty after the browser restarts
      Given the visitor has put "Tea" in the cart
      And the visitor has chosen a browser-length session
      When the visitor closes the browser and opens it again
      Then the cart is empty

    @id:BRW-RST-002 @spec:rfc6265bis-5.7
    Scenario: Chromium keeps a browser-length session cookie without expiry
      Given the visitor has put "Tea" in the cart
      When the visitor chooses a browser-length session
      Then Chromium keeps the session cookie until the browser closes

  Rule: a persistent session survives a restart

    @id:BRW-RST-003 @spec:django-sessions-browser-length-vs-persistent
    Scenario: A cart in the default persistent session survives a restart
      Given the visitor has put "Tea" in the cart
      When the visitor closes the browser and opens it again
      Then the cart lists "Tea"

    @id:BRW-RST-004 @spec:django-sessions-set-expiry
    Scenario: Choosing a persistent session again lets the cart survive
      Given the visitor has put "Tea" in the cart
      And the visitor has chosen a browser-length session
      And the visitor has chosen a persistent session
      When the visitor closes the browser and opens it again
      Then the cart lists "Tea"

  Rule: a cookie outlives a restart only when it has a max age

    @id:BRW-RST-005 @spec:django-httpresponse-set-cookie
    Scenario Outline: A cookie set with "<attributes>" and a browser restart
      Given the visitor has set the cookie "theme" on the cookie page with "<attributes>"
      When the visitor closes the browser and opens it again
      Then Chromium <kept> the cookie "theme"

      Examples:
        | attributes            | kept          |
        | Path=/                | does not keep |
        | Max-Age=3600          | keeps         |
        | Max-Age=3600; Signed  | keeps         |
