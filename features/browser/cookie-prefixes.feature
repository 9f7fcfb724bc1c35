@area:browser @browser @capability:demo-site
Feature: Cookie name prefixes and Secure on a loopback address
  The server writes whatever cookie it is asked to; the browser decides. Chromium refuses a
  __Secure- cookie without Secure, and a __Host- cookie without Secure, without Path=/ or with a
  Domain of a host name, in any letter case. Over plain HTTP it treats 127.0.0.1 and localhost as
  trustworthy, so Secure cookies are kept and sent there. Conforms to RFC 6265bis sections 4.1.3
  and 5.7, as Chromium applies them.

  Rule: a __Secure- cookie needs Secure

    @id:BRW-PFX-001 @spec:rfc6265bis-4.1.3
    Scenario Outline: Chromium and a cookie "<name>" with "<attributes>"
      When the visitor sets the cookie "<name>" on the cookie page with "<attributes>"
      Then Chromium <kept> the cookie "<name>"

      Examples:
        | name        | attributes | kept          |
        | __Secure-id | Secure     | keeps         |
        | __Secure-id | Path=/     | does not keep |
        | __secure-id | Path=/     | does not keep |

  Rule: a __Host- cookie needs Secure and Path=/, and no Domain of a host name

    @id:BRW-PFX-002 @spec:rfc6265bis-4.1.3
    Scenario Outline: Chromium and a host cookie "<name>" with "<attributes>"
      When the visitor sets the cookie "<name>" on the cookie page with "<attributes>"
      Then Chromium <kept> the cookie "<name>"

      Examples:
        | name      | attributes          | kept          |
        | __Host-id | Secure; Path=/      | keeps         |
        | __Host-id | Path=/              | does not keep |
        | __Host-id | Secure; Path=/demo  | does not keep |
        | __HOST-id | Path=/              | does not keep |

    @id:BRW-PFX-003 @spec:rfc6265bis-4.1.3
    Scenario: A __Host- cookie with its host name as the Domain is refused
      Given the visitor browses the demo site at its host name
      When the visitor sets the cookie "__Host-id" on the cookie page with "Secure; Path=/" and its host as the Domain
      Then Chromium does not keep the cookie "__Host-id"

    @id:BRW-PFX-004 @spec:rfc6265bis-5.7
    Scenario: A __Host- cookie with its IP address as the Domain is kept
      Given the visitor browses the demo site at its IP address
      When the visitor sets the cookie "__Host-id" on the cookie page with "Secure; Path=/" and its host as the Domain
      Then Chromium keeps the cookie "__Host-id"

  Rule: on a loopback address Secure works over plain HTTP, and SameSite=None needs it

    @id:BRW-PFX-005 @spec:rfc6265bis-5.7
    Scenario: A Secure cookie set over plain HTTP comes back on a loopback address
      Given the visitor has set the cookie "token" on the cookie page with "Secure"
      When the visitor opens the cookie page
      Then the request carries the cookie "token"

    @id:BRW-PFX-006 @spec:rfc6265bis-4.1.2.7
    Scenario: Chromium refuses SameSite=None without Secure
      When the visitor sets the cookie "pref" on the cookie page with "SameSite=None"
      Then Chromium does not keep the cookie "pref"
