@area:checks @capability:settings
Feature: Deployment checks for sessions and messages
  Before a site goes live, its session and message settings are checked the way Django's
  "check --deploy" does: a weak secret key, a session cookie that travels over plain HTTP or is
  readable by scripts, SameSite=None without Secure. Each finding has an id, a level, a message
  and a hint. Conforms to Django's system check framework (docs: ref/checks, "Security").

  Rule: the session cookie must be Secure and HttpOnly in production

    @id:CHK-DEP-001 @spec:django-checks-security
    Scenario: A session cookie without Secure is reported
      Given the session cookie settings are:
        | secure | no |
      When the deployment checks run
      Then the check "security.W012" is reported as a warning

    @id:CHK-DEP-002 @spec:django-checks-security
    Scenario: A Secure session cookie is not reported
      Given the session cookie settings are:
        | secure | yes |
      When the deployment checks run
      Then the check "security.W012" is not reported

    @id:CHK-DEP-003 @spec:django-checks-security
    Scenario: A session cookie readable by scripts is reported
      Given the session cookie settings are:
        | httponly | no |
      When the deployment checks run
      Then the check "security.W015" is reported as a warning

    @id:CHK-DEP-004 @spec:django-checks-security
    Scenario: An HttpOnly session cookie is not reported
      Given the session cookie settings are:
        | httponly | yes |
      When the deployment checks run
      Then the check "security.W015" is not reported

  Rule: SameSite=None needs Secure

    @id:CHK-DEP-005 @spec:rfc6265bis-5.7
    Scenario: SameSite None without Secure is reported
      Given the session cookie settings are:
        | samesite | None |
        | secure   | no   |
      When the deployment checks run
      Then the check "sessionspec.W001" is reported as a warning

    @id:CHK-DEP-006 @spec:rfc6265bis-5.7
    Scenario: SameSite None with Secure is not reported
      Given the session cookie settings are:
        | samesite | None |
        | secure   | yes  |
      When the deployment checks run
      Then the check "sessionspec.W001" is not reported

  Rule: the secret key must be long, varied and not a development key

    @id:CHK-DEP-007 @spec:django-checks-security
    Scenario Outline: The secret key "<kind>" is reported
      Given the secret key to check is <kind>
      When the deployment checks run
      Then the check "security.W009" is reported as a warning

      Examples:
        | kind                                  |
        | a development key                     |
        | shorter than 50 characters            |
        | made of fewer than 5 different characters |

    @id:CHK-DEP-008 @spec:django-checks-security
    Scenario: A long random secret key is not reported
      Given the secret key to check is a long random key
      When the deployment checks run
      Then the check "security.W009" is not reported
