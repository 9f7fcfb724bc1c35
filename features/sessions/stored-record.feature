@area:sessions @per-engine
Feature: The record a database session is stored as
  The db and cached_db engines store a session in the django_session table as Django's
  signing.dumps of its data: compact JSON, zlib-compressed when that is shorter, in URL-safe
  base64, a timestamp and an HMAC-SHA256 signature keyed with SECRET_KEY and the salt
  "django.contrib.sessions.SessionStore". Another server reading the same table (a second
  deployment, Django itself) reads exactly this text. The expected records are literals
  captured from Django 5.2.17 for the vectors' secret key and moment (docs/django-vectors.md).

  Rule: the record is Django's signed, compressed JSON of the session's data

    @id:SESS-REC-001 @spec:django-sessions-database-backed @engine:db @engine:cached-db @capability:store-inspection @profile:django
    Scenario Outline: A session holding <key> = "<value>" is stored as Django stores it
      Given the server signs with the secret key of the Django vectors, at their moment
      When the server stores "<key>" = "<value>" in the visitor's session
      Then the store keeps the visitor's session as `<record>`

      Examples:
        | key  | value                                                            | record                                                                                     |
        | cart | 3 items                                                          | eyJjYXJ0IjoiMyBpdGVtcyJ9:2BLnMW:kN2AgYIBwhIsAroIic8A1YBWUhSaZo34uT36AsF2oig                 |
        | note | a:b.c,d;e é                                                      | eyJub3RlIjoiYTpiLmMsZDtlIFx1MDBlOSJ9:2BLnMW:zvlzKMFX79h84Y3vAghDzfySfzYu7PtBm18TEeTFcRA     |
        | cart | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | .eJyrVkpOLCpRslKqoBAo1QIA0nYhZQ:2BLnMW:5_lZDGY3Yhl0Ezfpi4D5G3tdd6amKniGYny_k7Xf1HU          |
