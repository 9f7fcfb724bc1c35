@area:sessions @per-engine
Feature: Clearing, flushing and cycling a session
  A server can empty a session and keep its key (clear), end it altogether (flush, as on
  logout), or move its data to a new key (cycle, as on login, against session fixation).
  Conforms to Django's session API (docs: topics/http/sessions, "Using sessions in views":
  clear, flush, cycle_key) and OWASP's advice to renew the session id on login.

  Rule: flushing ends the session on the server and in the browser

    @id:SESS-LC-001 @spec:django-sessions-flush
    Scenario: Logging out deletes the session cookie
      Given the visitor's session holds "user" = "alice"
      When the visitor logs out
      Then the response deletes the session cookie
      And the response is kept out of shared caches

    @id:SESS-LC-002 @spec:django-sessions-flush @server-side-engine
    Scenario: A session cookie kept from before logout finds nothing
      Given the visitor's session holds "user" = "alice"
      And the visitor kept a copy of the session cookie
      And the visitor has logged out
      When the visitor comes back with the copied session cookie
      Then the server finds no "user"

    @id:SESS-LC-003 @spec:django-sessions-flush @server-side-engine @capability:store-inspection
    Scenario: Logging out removes the session from the store
      Given the visitor's session holds "user" = "alice"
      When the visitor logs out
      Then the store no longer holds the visitor's previous session

    @id:SESS-LC-004 @spec:django-sessions-flush @profile:django
    Scenario: Logging out without a session sets no cookie
      When the visitor logs out
      Then the response sets no session cookie
      And the response is kept out of shared caches

  Rule: clearing empties the session but keeps its key

    @id:SESS-LC-005 @spec:django-sessions-clear @server-side-engine @profile:django
    Scenario: Clearing the session re-sends the same key
      Given the visitor's session holds "user" = "alice"
      When the server clears the visitor's session
      Then the response sets the session cookie again with the same key

    @id:SESS-LC-006 @spec:django-sessions-clear
    Scenario: A cleared session is empty on the next request
      Given the visitor's session holds "user" = "alice"
      And the server has cleared the visitor's session
      When the server reads "user" from the visitor's session
      Then the server finds no "user"

  Rule: cycling the key keeps the data under a new key

    @id:SESS-LC-007 @spec:django-sessions-cycle-key @server-side-engine @profile:django
    Scenario: Cycling the key issues a new key and keeps the data
      Given the visitor's session holds "cart" = "3 items"
      When the server cycles the visitor's session key
      Then the response sets a new session cookie
      And the visitor's next request finds "cart" = "3 items"

    @id:SESS-LC-008 @spec:owasp-renew-session-id @server-side-engine
    Scenario: The key from before the cycle no longer finds the session
      Given the visitor's session holds "cart" = "3 items"
      And the visitor kept a copy of the session cookie
      And the server has cycled the visitor's session key
      When the visitor comes back with the copied session cookie
      Then the server finds no "cart"

    @id:SESS-LC-026 @spec:django-sessions-cycle-key @server-side-engine @capability:store-inspection
    Scenario: Cycling the key moves the session in the store to the new key
      Given the visitor's session holds "cart" = "3 items"
      When the server cycles the visitor's session key
      Then the store no longer holds the visitor's previous session
      And the store still holds the visitor's session

    # Django creates a session when cycle_key runs on an empty one; core asks only that an
    # existing session gets a key the old one no longer opens (SESS-LC-008).
    @id:SESS-LC-009 @spec:django-sessions-cycle-key @profile:django
    Scenario: Cycling the key of a new visitor creates a session
      When the server cycles the visitor's session key
      Then the response sets a new session cookie

  Rule: removing keys changes only what was there

    @id:SESS-LC-010 @spec:django-sessions-using-in-views
    Scenario: Removing a key leaves the others
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session holds "user" = "alice"
      And the server has removed "cart" from the visitor's session
      When the server reads "user" from the visitor's session
      Then the server finds "user" = "alice"

    @id:SESS-LC-011 @spec:django-sessions-using-in-views
    Scenario: Values keep their JSON types across requests
      Given the visitor's session holds "order" as the JSON {"items": [1, 2.5, "three"], "paid": false, "note": null}
      When the server reads "order" from the visitor's session
      Then the server finds "order" as the JSON {"items": [1, 2.5, "three"], "paid": false, "note": null}

    @id:SESS-LC-012 @spec:django-sessions-using-in-views
    Scenario: Text outside ASCII survives the session
      Given the visitor's session holds "greeting" = "café 😀 <&>/"
      When the server reads "greeting" from the visitor's session
      Then the server finds "greeting" = "café 😀 <&>/"

    @id:SESS-LC-013 @spec:django-sessions-using-in-views
    Scenario: Sessions of two visitors are separate
      Given the visitor's session holds "user" = "alice"
      When another visitor reads "user" from their session
      Then the server finds no "user"

    # `del request.session[key]` takes out a key that is there and raises KeyError for one that
    # is not: the view learns which (docs/fixture-api.md, session.delete's `deleted`).
    @id:SESS-LC-074 @spec:django-sessions-using-in-views
    Scenario: Removing a key the session holds answers that it was removed
      Given the visitor's session holds "cart" = "3 items"
      When the server removes "cart" from the visitor's session
      Then the server answers that it removed "cart"

    @id:SESS-LC-075 @spec:django-sessions-using-in-views
    Scenario: Removing a key the session does not hold answers that there was none
      Given the visitor's session holds "user" = "alice"
      When the server removes "cart" from the visitor's session
      Then the server answers that there was no "cart" to remove

    # Whether the session holds data is what its items() show, not is_empty(): a session cleared
    # in an earlier request keeps its key (048) and holds no data.
    @id:SESS-LC-076 @spec:django-sessions-using-in-views
    Scenario: A cleared session that keeps its key holds no data
      Given the visitor's session holds "user" = "alice"
      And the server has cleared the visitor's session
      When the server asks whether the visitor's session holds any data
      Then the server answers that the visitor's session holds no data

    @id:SESS-LC-077 @spec:django-sessions-using-in-views
    Scenario: A session holding a key holds data
      Given the visitor's session holds "user" = "alice"
      When the server asks whether the visitor's session holds any data
      Then the server answers that the visitor's session holds data

    # A custom expiry is data like any other key: items() lists "_session_expiry".
    @id:SESS-LC-080 @spec:django-sessions-using-in-views
    Scenario: A session holding only a custom expiry holds data
      Given the server has set the visitor's session to expire after 300 seconds
      When the server asks whether the visitor's session holds any data
      Then the server answers that the visitor's session holds data

    # pop's default is returned for a missing key, None included: None is a default like any
    # other, not "no default" (which raises KeyError in Django).
    @id:SESS-LC-071 @spec:django-sessions-using-in-views
    Scenario: Popping a missing key with the default None gives None
      When the server pops "coupon" from the visitor's session with the default null
      Then the server answers that "coupon" is missing and gives the default null

    # The default is for a missing key only: a key that is there gives its own value, and a
    # missing one is not stored by pop (that is setdefault's doing).
    @id:SESS-LC-078 @spec:django-sessions-using-in-views
    Scenario: Popping a present key with a default gives the stored value
      Given the visitor's session holds "coupon" = "SAVE10"
      When the server pops "coupon" from the visitor's session with the default null
      Then the server finds "coupon" = "SAVE10"

    @id:SESS-LC-079 @spec:django-sessions-using-in-views
    Scenario: Popping a missing key with a default stores nothing
      When the server pops "coupon" from the visitor's session with the default null
      Then the visitor's next request finds no "coupon"

  Rule: what a request changes is what the next request finds

    @id:SESS-LC-020 @spec:django-sessions-using-in-views
    Scenario: A removed key is gone on the next request
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session holds "user" = "alice"
      When the server removes "cart" from the visitor's session
      Then the visitor's next request finds no "cart"
      And the visitor's next request finds "user" = "alice"

    @id:SESS-LC-021 @spec:django-sessions-using-in-views
    Scenario: A popped key is gone on the next request
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session holds "user" = "alice"
      When the server pops "cart" from the visitor's session
      Then the server finds "cart" = "3 items"
      And the visitor's next request finds no "cart"
      And the visitor's next request finds "user" = "alice"

    @id:SESS-LC-069 @spec:django-sessions-using-in-views
    Scenario: An update replaces a value the session already holds
      Given the visitor's session holds "cart" = "3 items"
      When the server updates the visitor's session with "cart" = "5 items"
      Then the visitor's next request finds "cart" = "5 items"

    @id:SESS-LC-022 @spec:django-sessions-using-in-views
    Scenario: A value set only if missing is there on the next request
      Given the visitor's session holds "user" = "alice"
      When the server sets "cart" to "empty" only if it is missing
      Then the server finds "cart" = "empty"
      And the visitor's next request finds "cart" = "empty"
      And the visitor's next request finds "user" = "alice"

    @id:SESS-LC-023 @spec:django-sessions-using-in-views
    Scenario: A value set only if missing leaves an existing value
      Given the visitor's session holds "cart" = "3 items"
      When the server sets "cart" to "empty" only if it is missing
      Then the server finds "cart" = "3 items"
      And the visitor's next request finds "cart" = "3 items"

    # setdefault asks whether the key is there, not whether its value is something: a stored None stays.
    @id:SESS-LC-073 @spec:django-sessions-using-in-views
    Scenario: A value set only if missing leaves a stored null
      Given the visitor's session holds "cart" as the JSON null
      When the server sets "cart" to "empty" only if it is missing
      Then the server finds "cart" as the JSON null
      And the visitor's next request finds "cart" as the JSON null

    @id:SESS-LC-024 @spec:django-sessions-using-in-views
    Scenario: A replaced value is the new one on the next request
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session holds "user" = "alice"
      When the server stores "cart" = "4 items" in the visitor's session
      Then the visitor's next request finds "cart" = "4 items"
      And the visitor's next request finds "user" = "alice"

  Rule: a stored value comes back exactly, whatever characters it holds

    @id:SESS-LC-025 @spec:django-sessions-using-in-views
    Scenario Outline: The value `<value>` comes back unchanged
      Given the visitor's session holds "note" = "<value>"
      When the server reads "note" from the visitor's session
      Then the server finds "note" = "<value>"

      Examples:
        | value       |
        | a:b:c       |
        | a.b.c       |
        | say \"hi\"  |
        | a,b         |
        | a;b         |
        | back\\slash |
        | é€😀        |
        |             |

    # Keys are JSON strings too: json.dumps escapes a quote, a backslash and every character
    # outside ASCII in a key as in a value, and json.loads reads each back as it was written.
    @id:SESS-LC-070 @spec:django-sessions-using-in-views
    Scenario Outline: The key `<key>` comes back unchanged
      Given the visitor's session holds "<key>" = "3 items"
      When the server reads "<key>" from the visitor's session
      Then the server finds "<key>" = "3 items"

      Examples:
        | key         |
        | café        |
        | say \"hi\"  |
        | back\\slash |
        | a:b,c;d     |
        | é€😀        |

    # Django stores whatever its JSON serializer writes; a list 499 levels deep inside the
    # session's own object is JSON nested 500 levels, the deepest the reference server reads back
    # from a signed session (lib/signing/bounds.ts). Left out: the cache engines, whose records
    # wrap the session in more levels (the reference's cache format; Django pickles), and
    # cached-db, whose cache Django 5.2 and 3.2 cannot fill this deep (HTTP 500).
    @id:SESS-LC-050 @spec:django-sessions-using-in-views @engine:memory @engine:file @engine:db @engine:signed-cookies
    Scenario Outline: A list nested <depth> levels deep comes back unchanged
      Given the visitor's session holds "note" as a list nested <depth> levels deep
      When the server reads "note" from the visitor's session
      Then the server finds "note" as a list nested <depth> levels deep

      Examples:
        | depth |
        | 1     |
        | 498   |
        | 499   |

    # Brackets that do not nest (siblings, or characters inside a text) are not depth: a server
    # that bounds how deep a value it reads may be must count only the nesting.
    @id:SESS-LC-051 @spec:django-sessions-using-in-views
    Scenario Outline: A value of <value> comes back unchanged
      Given the visitor's session holds "note" as <value>
      When the server reads "note" from the visitor's session
      Then the server finds "note" as <value>

      Examples:
        | value                              |
        | 600 empty lists                    |
        | 600 empty objects                  |
        | 600 opening brackets after a quote |

    # Django stores session data of any size; the reference server reads at most 2 MiB (2,097,152
    # characters) of JSON (lib/signing/bounds.ts). Just below and at that bound the whole session
    # comes back, "k" = "v" stored last included; above it Django reads it and the reference does
    # not, so that is left unspecified. Left out: the signed-cookies engine (a browser keeps 4 KB
    # of a cookie) and the cache engines, whose records wrap the session in more JSON.
    @id:SESS-LC-052 @spec:django-sessions-using-in-views @engine:memory @engine:file @engine:db
    Scenario Outline: A session of <length> characters of JSON comes back whole
      Given the visitor's session holds letters, then "k" = "v", <length> characters of JSON in all
      When the server reads "k" from the visitor's session
      Then the server finds "k" = "v"

      Examples:
        | length  |
        | 2097151 |
        | 2097152 |

    # Python's json.dumps writes `{"coupon":null,"cart":"3 items"}`: the key after a value that
    # is not a text comes back too.
    @id:SESS-LC-060 @spec:django-sessions-using-in-views
    Scenario: A value stored after a null value comes back
      Given the visitor's session holds "coupon" as the JSON null
      And the visitor's session holds "cart" = "3 items"
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    # A key that holds None is in the session like any other: `"coupon" in request.session` is
    # true, so get() finds it and pop() takes it out (a test for a value instead would miss it).
    @id:SESS-LC-067 @spec:django-sessions-using-in-views
    Scenario: A key holding null is found
      Given the visitor's session holds "coupon" = null
      When the server reads "coupon" from the visitor's session
      Then the server finds "coupon" as the JSON null

    @id:SESS-LC-068 @spec:django-sessions-using-in-views
    Scenario: A key holding null is popped
      Given the visitor's session holds "coupon" = null
      When the server pops "coupon" from the visitor's session
      Then the server finds "coupon" as the JSON null
      And the visitor's next request finds no "coupon"

    # The fixture's long texts (docs/fixture-api.md, session.set's length) repeat the text and
    # cut it at the length asked for, whether or not the text's length divides it.
    @id:SESS-LC-072 @spec:django-sessions-using-in-views
    Scenario: A text repeated to a length it does not divide is cut
      When the server stores "note" as the text "ab" repeated to 3 characters
      Then the visitor's next request finds "note" = "aba"

  Rule: a record signed with another secret key is an empty session

    # The file and database engines sign what they store with SECRET_KEY: after a change of key
    # the record no longer verifies, reads as empty and keeps its key (Django logs "Session data
    # corrupted"). The store is the same store: a server must not keep each key's sessions apart.
    @id:SESS-LC-061 @spec:django-sessions-security @engine:file @engine:db @capability:settings
    Scenario: A session stored before the secret key changed reads as empty
      Given the visitor's session holds "cart" = "3 items"
      And the server's secret key has changed
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"
      And the response sets no session cookie

    # A key switched to twice: the session the second key signed does not verify under the third.
    @id:SESS-LC-062 @spec:django-sessions-security @engine:file @engine:db @capability:settings
    Scenario: A session stored under a second secret key is empty under a third
      Given the server's secret key has changed
      And the visitor's session holds "cart" = "3 items"
      And the server's secret key has changed again
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

  Rule: a session kept in a cache is not signed, so a change of key keeps it

    # The cache engines store the session's data as the cache serializes it, unsigned (Django's
    # cache backend: self._cache.set(self.cache_key, self._get_session(...))); cached_db reads its
    # cache first. A change of SECRET_KEY leaves such a session as it was.
    @id:SESS-LC-063 @spec:django-sessions-cached @engine:cache @engine:cached-db @capability:settings
    Scenario: A session kept in the cache outlives a change of secret key
      Given the visitor's session holds "cart" = "3 items"
      And the server's secret key has changed
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

  Rule: a former secret key kept as a fallback still reads the sessions it signed

    # SECRET_KEY_FALLBACKS (Django 4.1 and later): signing.loads, which reads the file and
    # database records and the signed_cookies cookie, takes the former keys too; whatever is
    # saved from then on is signed with the new key (catalogue 034, 156). Django 3.2 has no such
    # setting; its expectations list the scenarios that need it.
    @id:SESS-LC-064 @spec:django-settings-secret-key-fallbacks @engine:file @engine:db @engine:signed-cookies @capability:settings @capability:key-rotation @differs:django-3.2
    Scenario: A session signed with a former key is read while it is a fallback
      Given the visitor's session holds "cart" = "3 items"
      And the server's secret key has changed, keeping the former key as a fallback
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:SESS-LC-065 @spec:django-settings-secret-key-fallbacks @engine:file @engine:db @engine:signed-cookies @capability:settings @capability:key-rotation
    Scenario: A session saved after a key change is signed with the new key
      Given the server's secret key has changed, keeping the former key as a fallback
      And the visitor's session holds "cart" = "3 items"
      And the server no longer keeps a former secret key
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

    @id:SESS-LC-066 @spec:django-settings-secret-key-fallbacks @engine:file @engine:db @capability:settings @capability:key-rotation
    Scenario: A session signed with a dropped former key reads as empty
      Given the visitor's session holds "cart" = "3 items"
      And the server's secret key has changed, keeping the former key as a fallback
      And the server no longer keeps a former secret key
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    # A session opened before the change and changed after it: the save signs the whole record,
    # the value read through the fallback included, with the new key, so it outlives the fallback.
    @id:SESS-LC-081 @spec:django-settings-secret-key-fallbacks @engine:file @engine:db @engine:signed-cookies @capability:settings @capability:key-rotation @differs:django-3.2
    Scenario: A session changed after a key change is signed anew with the new key
      Given the visitor's session holds "cart" = "3 items"
      And the server's secret key has changed, keeping the former key as a fallback
      And the visitor's session holds "coupon" = "SPRING"
      And the server no longer keeps a former secret key
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"

  Rule: the cached-db engine's database keeps a session its cache has let go

    # Django's local-memory cache keeps 300 entries and culls the least recently used third when
    # full: 300 other sessions written after the visitor's push its cache entry out, and the
    # engine reads the session from the database again.
    @id:SESS-LC-027 @spec:django-sessions-cached-db @engine:cached-db
    Scenario: A session culled from the cache is read from the database
      Given the visitor's session holds "cart" = "3 items"
      And 300 other visitors have each stored a value in their session
      When the server reads "cart" from the visitor's session
      Then the server finds "cart" = "3 items"
