@area:sessions @per-engine @security
Feature: A session cookie altered by the visitor
  Whatever a session cookie holds (a random key, a signed key, the signed session itself), a
  visitor who changes it in any place, or cuts it short, gets no one's session: not the one it
  came from, and not one the change could forge. Conforms to Django's session framework (docs:
  topics/http/sessions, "Session security") and OWASP ASVS V3 (session management).

  Rule: an altered session cookie finds no session

    @id:SESS-ALT-001 @spec:django-sessions-security
    Scenario Outline: A session cookie altered by <alteration> finds nothing
      Given the visitor's session holds "role" = "user"
      And the visitor has altered the session cookie by <alteration>
      When the server reads "role" from the visitor's session
      Then the server finds no "role"

      Examples:
        | alteration                         |
        | flipping its first character       |
        | flipping a character in the middle |
        | flipping its last character        |
        | dropping its last character        |
        | writing its letters in capitals    |

  Rule: a key the store cannot hold finds no session

    # memcached takes keys of at most 250 bytes, the cache's key prefix included: 120 "é" are
    # 120 characters but 240 bytes of UTF-8. Such a key is no session, as Django reads its cache
    # client's key error (CVE-2020-13254); the other stores find no session under it either.
    @id:SESS-ALT-002 @spec:django-sessions-security @capability:raw-cookie-header
    Scenario: A session key of 120 "é" finds nothing and a write issues a new key
      Given the visitor's browser sends a session cookie of 120 "é" characters
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets a new session cookie
