@area:browser @browser @capability:demo-site
Feature: SameSite on requests from another site
  SameSite decides whether a cookie goes with a request that another site starts: Strict never,
  Lax only on a top-level navigation with a safe method (a followed link), None always (it needs
  Secure). The demo site at 127.0.0.1 and at localhost are two sites. Conforms to Django (docs:
  set_cookie(samesite), SESSION_COOKIE_SAMESITE) and RFC 6265bis section 8.8, as Chromium applies it.

  Rule: a link from another site carries Lax and None cookies, never Strict ones

    @id:BRW-SS-001 @spec:rfc6265bis-8.8
    Scenario Outline: A link from another site and a cookie with "<attributes>"
      Given the visitor has set the cookie "pref" on the cookie page with "<attributes>"
      When the visitor follows a link from another site to the cookie page
      Then the request <carried> the cookie "pref"

      Examples:
        | attributes            | carried        |
        | SameSite=Strict       | does not carry |
        | SameSite=Lax          | carries        |
        | SameSite=None; Secure | carries        |
        | Path=/                | carries        |

    @id:BRW-SS-002 @spec:django-sessions-settings
    Scenario: The cart is still there after a link from another site
      Given the visitor has put "Tea" in the cart
      When the visitor follows a link from another site to the cart
      Then the cart lists "Tea"

  Rule: a form posted from another site carries only None cookies
    Chromium lets a cookie set without SameSite go with a cross-site POST in the first two
    minutes after it was set (its "Lax-allowing-unsafe" default), so the scenario shows it.

    @id:BRW-SS-003 @spec:rfc6265bis-8.8
    Scenario Outline: A form from another site and a cookie with "<attributes>"
      Given the visitor has set the cookie "pref" on the cookie page with "<attributes>"
      When the visitor posts a form from another site to the demo site
      Then the request <carried> the cookie "pref"

      Examples:
        | attributes            | carried        |
        | SameSite=Strict       | does not carry |
        | SameSite=Lax          | does not carry |
        | SameSite=None; Secure | carries        |
        | Path=/                | carries        |

    @id:BRW-SS-004 @spec:django-sessions-settings
    Scenario: A form posted from another site arrives without the session
      Given the visitor has put "Tea" in the cart
      When the visitor posts a form from another site to the demo site
      Then the request does not carry the session cookie

  Rule: a frame of the demo site inside another site carries none of its cookies
    Strict and Lax cookies never go with a cross-site subresource request. A None cookie would,
    but Chromium blocks third-party cookies in the fresh private profile each visitor gets.

    @id:BRW-SS-005 @spec:rfc6265bis-7.1
    Scenario Outline: A frame inside another site and a cookie with "<attributes>"
      Given the visitor has set the cookie "pref" on the cookie page with "<attributes>"
      When the visitor opens another site that embeds the demo site in a frame
      Then the request does not carry the cookie "pref"

      Examples:
        | attributes            |
        | SameSite=Strict       |
        | SameSite=Lax          |
        | SameSite=None; Secure |
