@area:cookies
Feature: Signed cookies
  A signed cookie carries its value in the clear, then a timestamp and a signature made with
  the server's secret key, so the server can tell whether the visitor changed it and how old
  it is. Conforms to Django's HttpResponse.set_signed_cookie and HttpRequest.get_signed_cookie
  (docs: ref/request-response) and django.core.signing (topics/signing).

  Rule: a signed cookie reads value, timestamp and signature

    @id:COOK-SIG-001 @spec:django-httpresponse-set-signed-cookie @profile:django
    Scenario: A signed cookie keeps its value readable before the signature
      When the server sets the signed cookie "color" to "blue"
      Then the visitor holds the cookie "color" with a signed form of "blue"

    @id:COOK-SIG-002 @spec:django-signing-timestampsigner @profile:django @clock
    Scenario: The signature is Django's, made with the secret key at this moment
      When the server sets the signed cookie "color" to "blue"
      Then the visitor's cookie "color" is "blue" signed by Django's cookie signer now

    @id:COOK-SIG-003 @spec:django-signing-timestampsigner @profile:django @clock
    Scenario: A salt changes the signature as Django's cookie signer does
      When the server sets the signed cookie "color" to "blue" with the salt "extra"
      Then the visitor's cookie "color" is "blue" signed by Django's cookie signer now with the salt "extra"

    @id:COOK-SIG-004 @spec:django-httpresponse-set-signed-cookie @profile:django
    Scenario: Other cookie attributes pass through a signed cookie unchanged
      When the server sets the signed cookie "color" to "blue" with:
        | max age  | 1 hour |
        | httponly | yes    |
      Then the response sets the cookie "color" with the max age 3600
      And the response sets the cookie "color" with the HttpOnly flag

  Rule: the server reads back only what it signed

    @id:COOK-SIG-005 @spec:django-httprequest-get-signed-cookie
    Scenario: The server reads back the value it signed
      Given the server has set the signed cookie "color" to "blue"
      When the server reads the signed cookie "color"
      Then the server reads the signed value "blue"

    @id:COOK-SIG-006 @spec:django-httprequest-get-signed-cookie
    Scenario: A missing signed cookie is reported as missing
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because it is missing

    @id:COOK-SIG-007 @spec:django-httprequest-get-signed-cookie @profile:django
    Scenario Outline: A signed cookie whose <part> was changed is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the visitor has changed the <part> of the cookie "color"
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

      Examples:
        | part                      |
        | value                     |
        | timestamp                 |
        | last signature character  |
        | signature length          |
        | separators                |

    @id:COOK-SIG-008 @spec:django-httprequest-get-signed-cookie
    Scenario: An unsigned value in place of a signed cookie is rejected
      Given the visitor's browser sends the cookie header "color=blue"
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

    @id:COOK-SIG-009 @spec:django-httprequest-get-signed-cookie
    Scenario: A cookie signed with one salt is rejected under another
      Given the server has set the signed cookie "color" to "blue" with the salt "one"
      When the server reads the signed cookie "color" with the salt "two"
      Then the server finds no valid signed cookie because its signature is bad

    @id:COOK-SIG-010 @spec:django-httprequest-get-signed-cookie
    Scenario: A signed cookie copied under another name is rejected
      Given the server has set the signed cookie "color" to "blue"
      And the visitor has copied the cookie "color" to the name "colour"
      When the server reads the signed cookie "colour"
      Then the server finds no valid signed cookie because its signature is bad

    @id:COOK-SIG-011 @spec:django-signing @profile:django
    Scenario: A cookie signed with another secret key is rejected
      Given the visitor holds the cookie "color" signed as "blue" with another secret key
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

    # Django 3.2 still accepts legacy SHA-1 signatures; Django 4.0 and later reject them.
    @id:COOK-SIG-012 @spec:django-signing @profile:django @differs:django-3.2
    Scenario: A legacy SHA-1 signature is rejected
      Given the visitor holds the cookie "color" signed as "blue" with the legacy SHA-1 algorithm
      When the server reads the signed cookie "color"
      Then the server finds no valid signed cookie because its signature is bad

  Rule: a max age is checked against the signature's own timestamp

    @id:COOK-SIG-013 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A signature exactly as old as the max age is accepted
      Given the server has set the signed cookie "color" to "blue"
      And 10 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then the server reads the signed value "blue"

    @id:COOK-SIG-014 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: A signature older than the max age has expired
      Given the server has set the signed cookie "color" to "blue"
      And 11 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then the server finds no valid signed cookie because it has expired

    @id:COOK-SIG-015 @spec:django-httprequest-get-signed-cookie @clock
    Scenario: The cookie's own lifetime does not refresh the signature's age
      Given the server has set the signed cookie "color" to "blue" with:
        | max age | 1 hour |
      And 11 seconds have passed
      When the server reads the signed cookie "color" with a max age of 10 seconds
      Then the server finds no valid signed cookie because it has expired
