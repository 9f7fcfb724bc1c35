@area:browser @browser @capability:demo-site
Feature: Cookies and scripts on the page
  An HttpOnly cookie travels with every request, but a script on the page cannot read it through
  document.cookie; the session cookie is HttpOnly by default (SESSION_COOKIE_HTTPONLY). A script
  can rewrite a cookie it can read, which a signed cookie exposes. Conforms to Django (docs:
  set_cookie(httponly), SESSION_COOKIE_HTTPONLY, get_signed_cookie) and RFC 6265bis section 4.1.2.6.

  Rule: a script sees the cookies that are not HttpOnly

    @id:BRW-JS-001 @spec:rfc6265bis-4.1.2.6
    Scenario: A script on the page reads a cookie set without HttpOnly
      Given the visitor has set the cookie "theme" on the cookie page
      When the visitor opens the cookie page
      Then a script on the page sees the cookie "theme"

  Rule: an HttpOnly cookie reaches the server but no script

    @id:BRW-JS-002 @spec:rfc6265bis-4.1.2.6
    Scenario: A script cannot read an HttpOnly cookie the server receives
      Given the visitor has set the cookie "theme" on the cookie page with "HttpOnly"
      When the visitor opens the cookie page
      Then the request carries the cookie "theme"
      And a script on the page does not see the cookie "theme"

    @id:BRW-JS-003 @spec:django-sessions-settings
    Scenario: A script cannot read the session cookie
      Given the visitor has put "Tea" in the cart
      When the visitor opens the cookie page
      Then the request carries the session cookie
      And a script on the page does not see the session cookie

  Rule: the signature of a signed cookie shows a change a script made

    @id:BRW-JS-004 @spec:django-httprequest-get-signed-cookie
    Scenario: The server reads a signed cookie the browser sends back
      Given the visitor has set the cookie "theme" on the cookie page with "Signed"
      When the visitor opens the cookie page
      Then the cookie page reads the signed cookie "theme" as "dark"

    @id:BRW-JS-005 @spec:django-httprequest-get-signed-cookie
    Scenario: The server notices a signed cookie that a script changed
      Given the visitor has set the cookie "theme" on the cookie page with "Signed"
      And a script on the page has changed the cookie "theme" to "light"
      When the visitor opens the cookie page
      Then the cookie page finds the signed cookie "theme" altered
