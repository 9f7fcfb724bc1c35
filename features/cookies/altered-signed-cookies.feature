@area:cookies
Feature: Signed cookies altered by the visitor
  A signed cookie lets the server tell whether the visitor changed it. Whatever its format, a
  value the visitor altered in any place, or cut short, is not accepted as signed. The value is
  opaque here: Django's own form (value:timestamp:signature) is checked in signed-cookies.feature.
  Conforms to RFC 6265bis §8.6 (weak integrity) and Django's HttpRequest.get_signed_cookie.

  Rule: any change to a signed value makes it invalid

    @id:COOK-ALT-001 @spec:django-httprequest-get-signed-cookie
    Scenario Outline: A signed cookie altered by <alteration> is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the visitor has altered the cookie "color" by <alteration>
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie

      Examples:
        | alteration                         |
        | flipping its first character       |
        | flipping a character in the middle |
        | flipping its last character        |
        | dropping its last character        |
