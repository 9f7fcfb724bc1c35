@area:sessions @per-engine @engine:file @security
Feature: The file session engine
  The file engine keeps each session in a file named after the session cookie and the key,
  in one directory. No key can reach outside that directory: Django uses a key as part of a
  file name only when it is made of lowercase letters and digits. Conforms to Django's file
  backend (docs: topics/http/sessions, "Using file-based sessions", SESSION_FILE_PATH).

  Rule: a key with any other character is no session at all

    @id:SESS-FILE-001 @spec:django-sessions-file-based
    Scenario Outline: The key "<key>" finds no session and is deleted or replaced
      Given the visitor's browser holds the session cookie "<key>"
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"
      And the response deletes the session cookie or replaces its key

      Examples:
        | key                          |
        | ../../../../../etc/passwd    |
        | ..%2F..%2F..%2Fetc%2Fpasswd  |
        | abcdefgh\..\..\windows       |
        | ABCDEFGHIJKLMNOP             |

    # Django refuses the key for its characters before it makes a path: a key that leaves the
    # directory and comes back to the visitor's own file name still finds nothing.
    @id:SESS-FILE-003 @spec:django-sessions-file-based
    Scenario: A key that climbs back to the session's own file finds nothing
      Given the visitor's session holds "cart" = "3 items"
      And the visitor's session cookie names its own file through the path "x/.."
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"

    @id:SESS-FILE-002 @spec:django-sessions-file-based
    Scenario: Writing with a traversal key stores the session under a new key
      Given the visitor's browser holds the session cookie "../../../../tmp/pwned1234"
      When the server stores "cart" = "3 items" in the visitor's session
      Then the response sets a new session cookie
      And the visitor's session key is long and random enough not to be guessed

  Rule: a directory under a session's file name is no session; a logout or a purge leaves it and goes on

    # Anyone who can write to SESSION_FILE_PATH may leave a directory where a session's file
    # was. Django's load() cannot read it as a file (OSError): the session starts again, and
    # its save goes under a new key. clearsessions meets the same error and goes on.
    @id:SESS-FILE-004 @spec:django-sessions-file-based @capability:directory-writing
    Scenario: A directory in place of the session's file is no session
      Given the visitor's session holds "cart" = "3 items"
      And another process has put a directory in place of the visitor's session file
      When the server stores "note" = "kept" in the visitor's session
      Then the response sets a new session cookie
      And the visitor's next request finds "note" = "kept"

    # Only reading such a session keeps nothing: the key is dropped (not replaced by a new one),
    # the session is empty, and the cookie the browser sent is deleted.
    @id:SESS-FILE-012 @spec:django-sessions-file-based @capability:directory-writing
    Scenario: Reading with a directory in place of the file deletes the cookie
      Given the visitor's session holds "cart" = "3 items"
      And another process has put a directory in place of the visitor's session file
      When the server reads "cart" from the visitor's session
      Then the server finds no "cart"
      And the response deletes the session cookie

    # Django's delete() ignores the OSError of unlinking a directory: the logout goes on.
    @id:SESS-FILE-006 @spec:django-sessions-file-based @capability:directory-writing
    Scenario: Logging out with a directory in place of the file ends the session
      Given the visitor's session holds "cart" = "3 items"
      And another process has put a directory in place of the visitor's session file
      When the visitor logs out
      Then the response deletes the session cookie

    @id:SESS-FILE-005 @spec:django-sessions-clearing-store @capability:directory-writing @capability:purge
    Scenario: A purge leaves a directory in place of a session's file and goes on
      Given the visitor's session holds "cart" = "3 items"
      And another process has put a directory in place of the visitor's session file
      And the store holds 3 sessions that expired an hour ago
      When the expired sessions are purged
      Then the purge succeeds, removing 3 sessions

  Rule: requests that change one session at the same moment each write a file of their own

    # Django writes through tempfile.mkstemp, a new name for every write, and renames it into
    # place: writes of one session that overlap never meet, and the last rename wins.
    @id:SESS-FILE-009 @spec:django-sessions-file-based
    Scenario: Simultaneous changes of one session are all answered
      Given the visitor's session holds "cart" = "3 items"
      When 8 requests store "cart" in the visitor's session at the same moment
      Then every one of those requests is answered with success

  Rule: the session directory is the server's own, so the file engine is always there

    # Runs in the memory pass too: a server that refuses its own directory would make the file
    # pass "not applicable" (a store missing), while every request it serves there would fail.
    @id:SESS-FILE-010 @spec:django-sessions-file-based @engine:memory
    Scenario: A site that changes to file sessions keeps the visitor's session
      Given the server keeps its sessions in files of its own
      When the server stores "cart" = "3 items" in the visitor's session
      Then the visitor's next request finds "cart" = "3 items"

  Rule: a session file is the server's alone

    # Django writes every session file through tempfile.mkstemp and renames it into place: the
    # file is readable and writable by its owner only (0600), whatever the umask. A file the
    # machine's other users could read would hand them the sessions in it.
    @id:SESS-FILE-007 @spec:django-sessions-file-based @capability:file-modes
    Scenario: A new session's file is closed to the machine's other users
      When the server stores "cart" = "3 items" in the visitor's session
      Then no one but the server's own user can read or change the visitor's session file

    @id:SESS-FILE-008 @spec:django-sessions-file-based @capability:file-modes
    Scenario: A changed session's file stays closed to the machine's other users
      Given the visitor's session holds "cart" = "3 items"
      When the server stores "cart" = "changed" in the visitor's session
      Then no one but the server's own user can read or change the visitor's session file

  Rule: a session's file is named after the session cookie and the key, inside the directory

    # Django names the file os.path.join(SESSION_FILE_PATH, SESSION_COOKIE_NAME + key), and
    # os.path.join does not read a name: under the cookie name ".." the file is "<directory>/..<key>",
    # inside the directory, where clearsessions looks for it. A server that normalises the joined
    # path writes "<parent of the directory><key>" instead, out of the purge's reach.
    @id:SESS-FILE-011 @spec:django-sessions-file-based @capability:settings @capability:purge @clock
    Scenario: A session under the cookie name ".." is purged in its directory
      Given the session cookie settings are:
        | name | .. |
      And the visitor's session holds "cart" = "3 items"
      And 15 days have passed
      When the expired sessions are purged
      Then the purge succeeds, removing 1 session
