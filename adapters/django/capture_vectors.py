#!/usr/bin/env python3
"""Prints the literal Django vectors of the features, captured from the Django that runs this.

    .venv-django/bin/python adapters/django/capture_vectors.py

The features carry these values as literals in their Examples tables (issue 12: the expected
bytes come from real Django, never from code the server under test also uses). Each block
below is printed as the Examples rows of one scenario, Gherkin-escaped (a backslash is
written \\\\, a bar \\|), so that a maintainer can re-run it on a new Django and compare. The
secret key and the moment are fixed: harness/oracle/django-vectors.ts holds the same two.
"""
import time

SECRET_KEY = 'django-insecure-conformance-key'
MOMENT = 2_000_000_000  # Unix seconds; the scenarios move their clock to this instant first

# Values that exercise the signed format: its separators, quoting, non-ASCII, empty.
VALUES = ['blue', 'a:b', '1.5', 'say "hi"', 'a,b', 'a;b', 'back\\slash', 'café', '']
# The v2 salt counts the salt's characters as Python does: an emoji is one, not two UTF-16 units.
SALTS = ['', 'extra', 'a:b', '☕😀']
SESSION_VALUES = ['v', 'a:b;c,"d"\\', 'café ☕', '']
# signing.dumps compresses only when zlib saves at least two bytes: {"k":"a"*n} is 18 bytes of
# zlib for n = 10, 11 and 12, so 10 and 11 stay plain and 12 is compressed (the leading ".").
COMPRESSION_VALUES = ['a' * 10, 'a' * 11, 'a' * 12]
MESSAGE_TEXTS = ['Hello', 'Tom & "Jerry"; a,b\\c: café', ' '.join(['Hello, world.'] * 20)]


def configure():
    from django.conf import settings
    settings.configure(
        SECRET_KEY=SECRET_KEY, USE_TZ=True, INSTALLED_APPS=['django.contrib.sessions', 'django.contrib.messages'],
        SESSION_ENGINE='django.contrib.sessions.backends.signed_cookies',
    )
    import django
    django.setup()
    time.time = lambda: float(MOMENT)


def cell(text):
    return text.replace('\\', '\\\\').replace('|', '\\|')


def row(*cells):
    return '        | ' + ' | '.join(cell(c) for c in cells) + ' |'


def signed_cookies():
    from django.http import HttpResponse
    print('# set_signed_cookie(name, value, salt=salt): the value on the Set-Cookie line')
    print(row('name', 'value', 'salt', 'cookie'))
    for salt in SALTS:
        for value in VALUES if salt == '' else VALUES[:2]:
            response = HttpResponse()
            response.set_signed_cookie('color', value, salt=salt)
            print(row('color', value, salt, response.cookies['color'].coded_value))


def legacy_signed_cookies():
    from django.core import signing
    from django.http import HttpResponse
    print('# signed under the legacy salt name + salt (Django 5.2.16 and earlier): value on the wire')
    print(row('value', 'salt', 'cookie'))
    for value, salt in [('blue', ''), ('a:b', 'extra'), ('café', '')]:
        response = HttpResponse()
        response.set_cookie('color', signing.get_cookie_signer(salt='color' + salt).sign(value))
        print(row(value, salt, response.cookies['color'].coded_value))


def forged_signed_cookies():
    from django.core import signing
    print('# forgeries of "blue" for the cookie "color": another secret key; the SHA-1 algorithm (legacy salt)')
    print(row('forgery', 'cookie'))
    other = signing.TimestampSigner(key=b'django.http.cookies' + b'another-secret-key',
                                    salt=signing._cookie_signer_salt('color', ''))
    print(row('another secret key', other.sign('blue')))
    # Under the legacy salt, which Django 3.2 reads: there the SHA-1 signature alone decides.
    sha1 = signing.TimestampSigner(key=b'django.http.cookies' + SECRET_KEY.encode(), salt='color', algorithm='sha1')
    print(row('the SHA-1 algorithm', sha1.sign('blue')))


# max_age values at the vectors' moment for COOK-LIF-013 and COOK-LIF-015: every weekday and
# month, padding, the turn of a year, and the ends of Python's dates (the first second of year 1
# and the last of 9999 written, one second beyond either raising ValueError).
MAX_AGES = [0, -5, 1, 1546123, 4690030, 7191349, 10398400, 13548707, 14689844, 19686399, 19686400,
            24719628, 25004455, 27491201, 2107542399, -32610224001,
            251402300798, 251402300799, 251402300800, -64135596799, -64135596800, -64135596801]


def cookie_lines():
    from django.http import HttpResponse
    print('# set_cookie("a", "b", max_age=n): the Set-Cookie line, or the error Django raises')
    print(row('max age', 'line or error'))
    for max_age in MAX_AGES:
        response = HttpResponse()
        try:
            response.set_cookie('a', 'b', max_age=max_age)
            print(row(str(max_age), response.cookies['a'].OutputString()))
        except ValueError as error:
            print(row(str(max_age), f'ValueError: {error}'))
    print('# an expires text given together with max_age=10 (COOK-LIF-016)')
    response = HttpResponse()
    response.set_cookie('a', 'b', max_age=10, expires='Sat, 21 May 2033 03:33:20 GMT')
    print(row('expires text and max age', response.cookies['a'].OutputString()))
    print('# set_cookie twice in one response, the second call without the attributes (COOK-SER-013)')
    response = HttpResponse()
    response.set_cookie('a', 'b', max_age=10, domain='example.com', path='/p/', secure=True,
                        httponly=True, samesite='Lax')
    response.set_cookie('a', 'c')
    print(row('set again', response.cookies['a'].OutputString()))

def signed_sessions():
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    print('# the signed_cookies engine: session {key: value} -> the session cookie value')
    print(row('key', 'value', 'cookie'))
    for value in SESSION_VALUES + COMPRESSION_VALUES:
        session = SessionStore()
        session['k'] = value
        session.save()
        print(row('k', value, session.session_key))
    session = SessionStore()
    session.save()
    print('# the empty session')
    print(row('', '', session.session_key))


# JSON values the session data encoding must write as Python's json.dumps does: short escapes,
# \\uXXXX for controls, DEL and non-ASCII (astral characters as surrogate pairs), float repr
# (exponent form below 1e-4, two-digit exponents). The text is what the feature step sends.
JSON_SESSION_VALUE = '["tab\\there","line\\nbreak","~\\u007f\\u0001\\b\\f\\r","\U0001F600",2.5,0.0001,0.00001,1.5e-7,1e+300]'
# Numbers as json.dumps writes what json.loads made of JavaScript's JSON text (SESS-SGN-013):
# true, false, null, a float at exponent 1 and one below 1e-4, whole numbers below and at 1e21.
JSON_NUMBERS_VALUE = '[true,false,null,12.5,-0.00001,999999999999999900000,1e+21]'
# Keys in the order they were added, integer-like ones included, read back and re-signed.
ORDERED_SESSION = [('b', '{"v": "a\\\\\\"}]", "w": [1, {"x": "]"}]}'), ('10', '["}", "\\\\"]'), ('9', '"3"')]


def signed_session_json():
    import json
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    print('# the signed_cookies engine: session {"k": <JSON>} -> the session cookie value')
    for text in (JSON_SESSION_VALUE, JSON_NUMBERS_VALUE):
        session = SessionStore()
        session['k'] = json.loads(text)
        session.save()
        print(row('k', text, session.session_key))
    print('# keys added one request at a time (each value as JSON) -> the last session cookie value')
    key = None
    for name, value in ORDERED_SESSION:
        session = SessionStore(session_key=key)
        session[name] = json.loads(value)
        session.save()
        key = session.session_key
    print(row(' then '.join(f'{name}={value}' for name, value in ORDERED_SESSION), key))


# Brackets that do not nest (SESS-SGN-017): 600 sibling lists, 600 sibling objects, and a text of
# a double quote, or of two line breaks (two escapes in the JSON text), then 600 opening brackets
# of each kind.
REPEATED_VALUES = [('600 empty lists', [[]] * 600), ('600 empty objects', [{}] * 600),
                   ('600 opening brackets after a quote', '"' + '[' * 600 + '{' * 600),
                   ('600 opening brackets after two line breaks', '\n\n' + '[' * 600 + '{' * 600)]


def signed_session_repeated():
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    print('# the signed_cookies engine: session {"k": <value>} -> the session cookie value')
    for name, value in REPEATED_VALUES:
        session = SessionStore()
        session['k'] = value
        session.save()
        print(row(name, session.session_key))


def signed_session_expiry():
    from datetime import datetime, timezone
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    print('# the signed_cookies engine: {"k": "v"}, then set_expiry(value) -> the session cookie value')
    print('# (a duration of an hour stores the same date as the date an hour ahead)')
    for value in (datetime.fromtimestamp(MOMENT + 3600, tz=timezone.utc), 300, 0):
        session = SessionStore()
        session['k'] = 'v'
        session.save()
        session = SessionStore(session_key=session.session_key)
        session.set_expiry(value)
        session.save()
        print(row(repr(value), session.session_key))


def faulty_messages_cookies():
    import base64
    from django.core import signing
    signer = signing.get_cookie_signer(salt='django.contrib.messages')
    message = base64.urlsafe_b64encode(b'[["__json_message",0,20,"forged"]]').rstrip(b'=').decode()
    good = signer.sign(message)
    print('# messages cookies that must be ignored, signed with the secret key where signed')
    print(row('fault', 'cookie'))
    print(row('a bad signature', good[:good.rindex(':') + 1] + 'B' * 43))
    print(row('a payload that is not base64', signer.sign('!!not*base64!!')))
    print(row('a payload that is not JSON', signer.sign(base64.urlsafe_b64encode(b'{not json').rstrip(b'=').decode())))
    print(row('no signature at all', message))


def messages_cookies():
    from django.contrib.messages import constants
    from django.contrib.messages.storage.base import Message
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpRequest
    print('# CookieStorage: one info message -> the messages cookie value (the last one compressed)')
    print(row('text', 'cookie'))
    for text in MESSAGE_TEXTS:
        # extra_tags='' as messages.add_message passes it
        print(row(text, CookieStorage(HttpRequest())._encode([Message(constants.INFO, text, extra_tags='')])))


# Timestamps at the edges of base 62, in values signed with the secret key (COOK-SIG-024,
# COOK-SIG-025, SESS-SGN-012): negative, zero, beyond 2**53 (Python's int has no bound), and one
# with a character outside the alphabet. Signed with Signer.sign, which adds no timestamp of its own;
# the cookies under the legacy salt, which Django 3.2 reads too.
TIMESTAMPS = ['-1', '0', 'zzzzzzzzzz', '-zzzzzzzzzz']


def signed_timestamps():
    from django.core import signing
    from django.http import HttpRequest
    signer = signing.get_cookie_signer(salt='color')
    print('# "blue" signed for the cookie "color" (legacy salt) with a timestamp written by hand: the cookie, and')
    print('# what get_signed_cookie reads without a max age and with max_age=10 at the moment')
    print(row('timestamp', 'cookie', 'read', 'read with max_age=10'))
    for timestamp in TIMESTAMPS:
        cookie = signing.Signer.sign(signer, f'blue:{timestamp}')
        request = HttpRequest()
        request.COOKIES['color'] = cookie
        reads = []
        for max_age in (None, 10):
            try:
                reads.append(request.get_signed_cookie('color', max_age=max_age))
            except Exception as error:  # noqa: BLE001 - the kind is what is printed
                reads.append(type(error).__name__)
        print(row(timestamp, cookie, *reads))


def signed_session_timestamps():
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    from django.core import signing
    signer = signing.TimestampSigner(salt='django.contrib.sessions.backends.signed_cookies')
    print('# the signed_cookies engine: {"k":"v"} signed with a timestamp written by hand -> what the session reads')
    print(row('timestamp', 'cookie', 'session'))
    for timestamp in ['2BLnMW', '2BLnM!', '2BLn.W', '', '-']:
        cookie = signing.Signer.sign(signer, f'eyJrIjoidiJ9:{timestamp}')
        print(row(timestamp, cookie, repr(dict(SessionStore(session_key=cookie).load()))))
    import base64
    import zlib
    print('# ... a session {"k": a list, then an object, nested 100,000 levels deep, then lists each after a number;'
          ' and lists nested 1,000 levels deep after a text holding a backslash}, compressed and signed (SESS-SGN-016)')
    for value, inner in (('lists', '[' * 100_000 + ']' * 100_000), ('objects', '{"a":' * 100_000 + '0' + '}' * 100_000),
                         ('lists each after a number', '[0,' * 100_000 + '0' + ']' * 100_000),
                         ('lists after a text holding a backslash', '["\\\\",' + '[' * 1_000 + ']' * 1_000 + ']')):
        cookie = signer.sign('.' + base64.urlsafe_b64encode(zlib.compress(('{"k":' + inner + '}').encode())).rstrip(b'=').decode())
        print(row(value, cookie, repr(dict(SessionStore(session_key=cookie).load()))))
    print('# ... and the payload of {"k":"v"}, then of {"k":"v"} with a trailing space, signed without a timestamp (SESS-SGN-014)')
    for payload in ['eyJrIjoidiJ9', 'eyJrIjoidiJ9IA']:
        cookie = signing.Signer.sign(signer, payload)
        print(row(payload, cookie, repr(dict(SessionStore(session_key=cookie).load()))))


# Numbers beyond the double range in a session another writer signed (SESS-SGN-018): json.loads
# makes them float infinities, and json.dumps writes those back as Infinity and -Infinity.
BEYOND_DOUBLE = ['1e400', '-1e400', 'Infinity', '-Infinity', 'NaN']


def signed_session_beyond_double():
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    from django.core import signing
    signer = signing.TimestampSigner(salt='django.contrib.sessions.backends.signed_cookies')
    print('# the signed_cookies engine: {"n":<number>,"k":"v"} signed as it is, then k = "w" -> the session cookie value')
    print(row('number', 'cookie', 'session', 'cookie after'))
    # NaN beside texts that hold the words and an empty text: only the number is read as a float.
    payloads = [(number, '{"n":' + number + ',"k":"v"}') for number in BEYOND_DOUBLE]
    payloads.append(('NaN beside texts', '{"n":NaN,"s":"-Infinity NaN","e":"","k":"v"}'))
    for number, payload in payloads:
        cookie = signer.sign(signing.b64_encode(payload.encode()).decode())
        session = SessionStore(session_key=cookie)
        loaded = repr(dict(session.load()))
        session['k'] = 'w'
        session.save()
        print(row(number, cookie, loaded, session.session_key))


def undecodable_records():
    """Stored records (a django_session row, a session file) that SessionStore.decode reads as an
    empty session (067), each printed with what decode makes of it."""
    import base64
    from django.contrib.sessions.backends.db import SessionStore
    from django.core import signing
    salt = 'django.contrib.sessions.SessionStore'
    data = {'cart': '3 items'}
    good = signing.dumps(data, salt=salt, compress=True)
    payload = good.split(':')[0]
    records = [
        ('garbage', 'not a session at all'),
        ('separators', 'a:b.c"d,e;f\\g'),
        ('a bad signature', good[:-1] + ('h' if good[-1] != 'h' else 'i')),
        ('another secret key', signing.dumps(data, key='another-secret-key', salt=salt, compress=True)),
        ('the signed-cookies salt', signing.dumps(data, salt='django.contrib.sessions.backends.signed_cookies', compress=True)),
        ('no timestamp', signing.Signer(salt=salt).sign(payload)),
        ('a payload that is not JSON', signing.TimestampSigner(salt=salt).sign(base64.urlsafe_b64encode(b'not json').rstrip(b'=').decode())),
        ('a compressed payload that does not inflate', signing.TimestampSigner(salt=salt).sign('.' + payload)),
        ('empty', ''),
        ('non-ASCII garbage', 'caf\u00e9 \u2615'),
    ]
    print('# db SessionStore.decode(record) of records no server wrote (SESS-REC-002)')
    print(row('what', 'record', 'decoded'))
    for what, record in records:
        print(row(what, record, repr(SessionStore().decode(record))))


if __name__ == '__main__':
    configure()
    import django
    print(f'# Django {django.get_version()}, SECRET_KEY {SECRET_KEY!r}, time.time() = {MOMENT}')
    for block in (cookie_lines, signed_cookies, legacy_signed_cookies, forged_signed_cookies, signed_sessions,
                  signed_session_json, signed_session_expiry, messages_cookies, faulty_messages_cookies, signed_timestamps,
                  signed_session_timestamps, signed_session_repeated, signed_session_beyond_double, undecodable_records):
        block()
