@area:checks @capability:settings @capability:checks
Feature: Deployment checks for sessions and messages
  Before a site goes live, the server checks its own session and message settings the way
  Django's "check --deploy" does: a weak secret key, a session cookie that travels over plain
  HTTP or is readable by scripts, SameSite=None without Secure. Each finding has an id and a
  level. Conforms to Django's system check framework (docs: ref/checks, "Security").

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

    # Each flag is its own check: a Secure cookie readable by scripts is still reported.
    @id:CHK-DEP-100 @spec:django-checks-security
    Scenario: A Secure session cookie readable by scripts is reported
      Given the session cookie settings are:
        | secure   | yes |
        | httponly | no  |
      When the deployment checks run
      Then the check "security.W015" is reported as a warning
      And the check "security.W012" is not reported

  Rule: SameSite=None needs Secure

    @id:CHK-DEP-005 @spec:rfc6265bis-5.7
    Scenario: SameSite None without Secure is reported
      Given the session cookie settings are:
        | samesite | None |
        | secure   | no   |
      When the deployment checks run
      Then the check "sessionspec.W001" is reported as a warning

    @id:CHK-DEP-010 @spec:rfc6265bis-5.7
    Scenario Outline: SameSite "<spelling>" without Secure is reported
      Given the session cookie settings are:
        | samesite | <spelling> |
        | secure   | no         |
      When the deployment checks run
      Then the check "sessionspec.W001" is reported as a warning

      Examples:
        | spelling |
        | none     |
        | NONE     |

    @id:CHK-DEP-011 @spec:rfc6265bis-5.7
    Scenario Outline: SameSite "<spelling>" without Secure is not reported
      Given the session cookie settings are:
        | samesite | <spelling> |
        | secure   | no         |
      When the deployment checks run
      Then the check "sessionspec.W001" is not reported
      And the check "security.W012" is reported as a warning

      Examples:
        | spelling |
        | Lax      |
        | lax      |
        | Strict   |
        | strict   |
        | off      |

    @id:CHK-DEP-006 @spec:rfc6265bis-5.7
    Scenario: SameSite None with Secure is not reported
      Given the session cookie settings are:
        | samesite | None |
        | secure   | yes  |
      When the deployment checks run
      Then the check "sessionspec.W001" is not reported

  Rule: messages kept in the session need the session middleware

    # sessionspec.E001: the session and fallback message storages fail every request without
    # the session middleware; a server that runs it, with the default fallback storage, is clean.
    @id:CHK-DEP-015 @spec:django-messages-storage-backends
    Scenario: A server running its session middleware is clean for messages
      When the deployment checks run
      Then the check "sessionspec.E001" is not reported

  Rule: the secret key must be long, varied and not a development key

    # Django's security.W009: fewer than 50 characters, fewer than 5 different characters, or
    # the prefix "django-insecure-" (django/core/checks/security/base.py, _check_secret_key).
    @id:CHK-DEP-007 @spec:django-checks-security
    Scenario Outline: A key of <length> characters, <distinct> different, is reported
      Given the secret key has <length> characters, <distinct> of them different
      When the deployment checks run
      Then the check "security.W009" is reported as a warning

      Examples:
        | length | distinct |
        | 49     | 20       |
        | 50     | 4        |
        | 60     | 4        |

    @id:CHK-DEP-008 @spec:django-checks-security
    Scenario Outline: A key of <length> characters, <distinct> different, passes
      Given the secret key has <length> characters, <distinct> of them different
      When the deployment checks run
      Then the check "security.W009" is not reported

      Examples:
        | length | distinct |
        | 50     | 20       |
        | 51     | 20       |
        | 60     | 5        |
        | 60     | 6        |

    # Django counts the characters as they are: "a" and "A" are two different ones.
    @id:CHK-DEP-013 @spec:django-checks-security
    Scenario: A key of five characters told apart only by case passes
      Given the secret key is "aAbBc" repeated to 60 characters
      When the deployment checks run
      Then the check "security.W009" is not reported

    # A space is a character like any other: "ab cd" has five different ones.
    @id:CHK-DEP-080 @spec:django-checks-security
    Scenario: A key of four letters and a space passes
      Given the secret key is "ab cd" repeated to 60 characters
      When the deployment checks run
      Then the check "security.W009" is not reported

    # Django counts characters, not UTF-16 units: four emoji share their first unit, and are
    # still four different characters.
    @id:CHK-DEP-028 @spec:django-checks-security
    Scenario: A key of four different characters outside the BMP is reported
      Given the secret key is "😀😁😂😃" repeated to 60 characters
      When the deployment checks run
      Then the check "security.W009" is reported as a warning

    # Django counts characters, not UTF-16 units: 25 emoji are 50 units, and still too few characters.
    @id:CHK-DEP-029 @spec:django-checks-security
    Scenario: A key of 25 characters outside the BMP is reported
      Given the secret key is "😀😁😂😃😄" repeated to 25 characters
      When the deployment checks run
      Then the check "security.W009" is reported as a warning

    # Django counts characters, not bytes: 49 characters, one of them "é" (50 bytes in UTF-8), are too few.
    @id:CHK-DEP-014 @spec:django-checks-security
    Scenario: A key of 49 characters, one of them outside ASCII, is reported
      Given the secret key is "é" padded to 49 characters with varied ones
      When the deployment checks run
      Then the check "security.W009" is reported as a warning

    # Every character counts, spaces at either end too: Django measures the key as it is.
    @id:CHK-DEP-016 @spec:django-checks-security
    Scenario: A key of 50 characters that starts with two spaces passes
      Given the secret key is "  " padded to 50 characters with varied ones
      When the deployment checks run
      Then the check "security.W009" is not reported

    @id:CHK-DEP-009 @spec:django-checks-security
    Scenario Outline: A development key of <length> characters is reported
      Given the secret key is a development key of <length> characters
      When the deployment checks run
      Then the check "security.W009" is reported as a warning

      Examples:
        | length |
        | 50     |
        | 66     |

    # The prefix is compared exactly: another case, a missing dash or the prefix further in is
    # an ordinary key (each padded to 50 characters with up to 30 different ones).
    @id:CHK-DEP-012 @spec:django-checks-security
    Scenario Outline: A key starting "<start>" is not a development key
      Given the secret key is "<start>" padded to 50 characters with varied ones
      When the deployment checks run
      Then the check "security.W009" is not reported

      Examples:
        | start             |
        | Django-insecure-  |
        | DJANGO-INSECURE-  |
        | django-insecure   |
        | xdjango-insecure- |
        | django_insecure-  |

    # A table cell cannot start with a space, so this start is written in the step itself.
    @id:CHK-DEP-041 @spec:django-checks-security
    Scenario: A key starting with a space before the development prefix passes
      Given the secret key is " django-insecure-" padded to 50 characters with varied ones
      When the deployment checks run
      Then the check "security.W009" is not reported

  Rule: each former secret key is held to the same rules

    # Django's security.W025 (4.1 and later; django/core/checks/security/base.py,
    # check_secret_key_fallbacks): one warning for each key in SECRET_KEY_FALLBACKS that
    # _check_secret_key refuses, the secret key's own rules. The secret key here is strong, so
    # only the former keys can be reported. Django 3.2 has no such check; its expectations list
    # the scenarios that expect one.
    @id:CHK-DEP-017 @spec:django-checks-security @capability:key-rotation @differs:django-3.2
    Scenario Outline: A former key of <length> characters, <distinct> different, is flagged
      Given the secret key is strong, with a former key of <length> characters, <distinct> of them different
      When the deployment checks run
      Then the check "security.W025" is reported as a warning

      Examples:
        | length | distinct |
        | 49     | 20       |
        | 50     | 4        |
        | 60     | 4        |

    @id:CHK-DEP-018 @spec:django-checks-security @capability:key-rotation
    Scenario Outline: A former key of <length> characters, <distinct> different, passes
      Given the secret key is strong, with a former key of <length> characters, <distinct> of them different
      When the deployment checks run
      Then the check "security.W025" is not reported

      Examples:
        | length | distinct |
        | 50     | 20       |
        | 51     | 20       |
        | 60     | 5        |
        | 60     | 6        |

    @id:CHK-DEP-019 @spec:django-checks-security @capability:key-rotation @differs:django-3.2
    Scenario: A former development key is reported
      Given the secret key is strong, with a former development key of 60 characters
      When the deployment checks run
      Then the check "security.W025" is reported as a warning

    # Every former key is judged, even one that repeats the secret key itself.
    @id:CHK-DEP-040 @spec:django-checks-security @capability:key-rotation @differs:django-3.2
    Scenario: A weak key kept as its own former key is reported twice
      Given the secret key has 40 characters, 20 of them different, and is its own former key
      When the deployment checks run
      Then the check "security.W009" is reported as a warning
      And the check "security.W025" is reported as a warning

    @id:CHK-DEP-020 @spec:django-checks-security @capability:key-rotation @differs:django-3.2
    Scenario: Each weak former key is reported once
      Given the secret key is strong, with former keys of 49, 60 and 40 characters, 20 of them different
      When the deployment checks run
      Then the check "security.W025" is reported 2 times as a warning

    # Django checks each entry of the list in turn: the same weak key listed twice is reported
    # for each of its two places.
    @id:CHK-DEP-081 @spec:django-checks-security @capability:key-rotation @differs:django-3.2
    Scenario: A weak former key listed twice is reported twice
      Given the secret key is strong, with former keys of 40, 60 and 40 characters, 20 of them different
      When the deployment checks run
      Then the check "security.W025" is reported 2 times as a warning

    @id:CHK-DEP-021 @spec:django-checks-security @capability:key-rotation
    Scenario: A weak former key does not make the secret key reported
      Given the secret key is strong, with a former key of 49 characters, 20 of them different
      When the deployment checks run
      Then the check "security.W009" is not reported

    @id:CHK-DEP-022 @spec:django-checks-security @capability:key-rotation
    Scenario: A weak secret key does not make a strong former key reported
      Given the secret key has 49 characters, 20 of them different, with a strong former key
      When the deployment checks run
      Then the check "security.W025" is not reported

    # SECRET_KEY_FALLBACKS is empty unless set: no former key, nothing to report.
    @id:CHK-DEP-023 @spec:django-checks-security
    Scenario: A server that keeps no former key is not warned about one
      Given the secret key has 60 characters, 20 of them different
      When the deployment checks run
      Then the check "security.W025" is not reported

