"""Store inspection and purging (control): what Django's session stores hold, counted and
planted through Django's models and SessionStore classes, purged with `clearsessions`."""
import datetime
import os
import shutil
import stat
from importlib import import_module

from django.conf import settings
from django.contrib.sessions.backends import base as session_base
from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.core.cache import caches
from django.core.exceptions import SuspiciousOperation
from django.core.management import CommandError, call_command
from django.db import transaction
from django.http import JsonResponse
from django.utils import timezone
from django.utils.crypto import get_random_string

from . import switches
from .params import ABSENT, NUMBER, Rejected

DATABASE_ENGINES = ('db', 'cached-db')

# sessions.nextKey: the key SessionBase._get_new_session_key draws next, once, in place of a random one.
_next_key = None
# sessions.drawnKeys: the session keys drawn since the last sessions.nextKey or reset, the first DRAWN_KEPT.
_drawn = []
DRAWN_KEPT = 16


def _draw(length, allowed_chars=VALID_KEY_CHARS):
    """get_random_string as SessionBase calls it, but a new session key set aside comes out first."""
    global _next_key
    if length != 32 or allowed_chars != VALID_KEY_CHARS:
        return get_random_string(length, allowed_chars)
    if _next_key is not None:
        key, _next_key = _next_key, None
    else:
        key = get_random_string(length, allowed_chars)
    if len(_drawn) < DRAWN_KEPT:
        _drawn.append(key)
    return key


# Only the session backends' module sees it: _get_new_session_key calls base.get_random_string.
session_base.get_random_string = _draw


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def _session_files():
    """The file engine names each file SESSION_COOKIE_NAME + key (catalogue 079)."""
    return [name for name in os.listdir(settings.SESSION_FILE_PATH) if name.startswith(settings.SESSION_COOKIE_NAME)]


def _record_count():
    """Records the current engine holds, or None when Django cannot enumerate them (caches, signed cookies)."""
    engine_id = switches.engine()[0]
    if engine_id in DATABASE_ENGINES:
        return _session_store().get_model_class().objects.count()
    if engine_id == 'file':
        return len(_session_files())
    return None


def sessions_count(request, params):
    params.done()
    count = _record_count()
    if count is None:
        return JsonResponse({'rejected': f'Django cannot count the records of the {switches.engine()[0]} engine'}, status=422)
    return {'count': count}


def sessions_exists(request, params):
    key = params.value('sessionKey', (str,), required=True)
    params.done()
    try:
        return {'exists': _session_store()().exists(key)}
    except SuspiciousOperation:
        # The file engine refuses a key that is not a file name of its own (063).
        return {'exists': False}


def _live_file(store, key):
    """(session, path, text) of the session file under the key when FileSessionStore.load() judges
    it live (the custom expiry the file holds, or its modification time plus SESSION_COOKIE_AGE),
    else None. An empty file (the placeholder of a creation) is a live empty session (082)."""
    session = store(key)
    try:
        path = session._key_to_file(key)
    except SuspiciousOperation:
        return None
    if not os.path.isfile(path):
        return None
    with open(path, encoding='ascii', errors='replace') as session_file:
        text = session_file.read()
    if text and session.get_expiry_age(expiry=session._expiry_date(session.decode(text))) <= 0:
        return None
    return session, path, text


def _file_text(store, key):
    """The text of the live session file under the key, or None."""
    live = _live_file(store, key)
    return None if live is None else live[2]


def sessions_record(request, params):
    """The session_data text of the live django_session row under the key (the db and cached_db
    engines), or the text of the live session file (the file engine), or None; the other engines
    keep no such text (the cache engines pickle a dict)."""
    key = params.value('sessionKey', (str,), required=True)
    params.done()
    engine_id = switches.engine()[0]
    if engine_id == 'file':
        return {'record': _file_text(_session_store(), key)}
    if engine_id not in DATABASE_ENGINES:
        return JsonResponse({'rejected': f'the {engine_id} engine keeps no session_data text'}, status=422)
    row = (_session_store().get_model_class().objects
           .filter(session_key=key, expire_date__gt=timezone.now()).values_list('session_data', flat=True).first())
    return {'record': row}


def _replace_row(store, key, text):
    rows = store.get_model_class().objects.filter(session_key=key, expire_date__gt=timezone.now())
    return rows.update(session_data=text) == 1


def _replace_file(store, key, text):
    # Only a live record, as FileSessionStore.load() judges it.
    live = _live_file(store, key)
    if live is None:
        return False
    path = live[1]
    with open(path, 'w', encoding='utf-8') as session_file:
        session_file.write(text)
    # Dated at the adapter's clock, as a session write is (the file's age starts again, 081).
    moment = timezone.now().timestamp()
    os.utime(path, (moment, moment))
    return True


# The raw value stays a day in the shared stores: long enough for any scenario, then it goes.
_RAW_TTL = 24 * 3600


def _replace_cache_value(alias, cache_key, text):
    """`text` in UTF-8 as the stored value itself, bypassing the cache's pickling: what
    SessionStore.load() then reads is what this cache's get() makes of those bytes."""
    cache = caches[alias]
    if cache.get(cache_key) is None:
        return False
    made = cache.make_key(cache_key)
    raw = text.encode('utf-8')
    backend = settings.CACHES[alias]['BACKEND']
    if backend.endswith('LocMemCache'):
        with cache._lock:
            cache._cache[made] = raw
        return True
    if backend.endswith('RedisCache'):
        return bool(cache._cache.get_client(made, write=True).set(made, raw, ex=_RAW_TTL, xx=True))
    # PyMemcacheCache: flagged as a pickle, so that get() unpickles the bytes as it would a value
    # it stored (unflagged bytes would come back as they are).
    from pymemcache.serde import FLAG_PICKLE
    return bool(cache._cache.replace(made, raw, expire=_RAW_TTL, noreply=False, flags=FLAG_PICKLE))


def sessions_write_record(request, params):
    """Replaces the stored text of the live record under the key, as a server that wrote
    something else into the same store would: the django_session row (cached_db: and drops its
    cache entry, so that the next read is the row's), the session file, or the cache value."""
    key = params.value('sessionKey', (str,), required=True)
    text = params.value('record', (str,), required=True)
    length = params.value('length', (int,))
    params.done()
    if length is not ABSENT:
        # A record past a read limit from a request of a few bytes: the text repeated and cut.
        if not 1 <= length <= 8388608 or text == '':
            raise Rejected('length must be a whole number from 1 to 8388608, with a text of at least one character')
        text = (text * -(-length // len(text)))[:length]
    engine_id = switches.engine()[0]
    store = _session_store()
    if engine_id in DATABASE_ENGINES:
        written = _replace_row(store, key, text)
        if written and engine_id == 'cached-db':
            caches[settings.SESSION_CACHE_ALIAS].delete(store.cache_key_prefix + key)
    elif engine_id == 'file':
        written = _replace_file(store, key, text)
    elif engine_id == 'cache':
        written = _replace_cache_value(settings.SESSION_CACHE_ALIAS, store.cache_key_prefix + key, text)
    else:
        return JsonResponse({'rejected': f'the {engine_id} engine keeps no record text to write'}, status=422)
    return {'written': written}


def _session_file(params):
    """The sessionKey parameter's file under the file engine: (None, path), path None for a key
    Django refuses; or (422 answer, None) when the engine keeps no session files."""
    key = params.value('sessionKey', (str,), required=True)
    params.done()
    if switches.engine()[0] != 'file':
        return JsonResponse({'rejected': f'the {switches.engine()[0]} engine keeps no session files'}, status=422), None
    try:
        return None, _session_store()()._key_to_file(key)
    except SuspiciousOperation:
        return None, None


def sessions_write_directory(request, params):
    """Puts an empty directory where the live session file under the key was (the file engine),
    as anyone who can write to SESSION_FILE_PATH could."""
    refused, path = _session_file(params)
    if refused is not None:
        return refused
    if path is None or not os.path.isfile(path):
        return {'written': False}
    os.remove(path)
    os.mkdir(path)
    return {'written': True}


def sessions_file_mode(request, params):
    """The permission bits of the session file under the key (capability file-modes): three
    octal digits, or None when no regular file is there."""
    refused, path = _session_file(params)
    if refused is not None:
        return refused
    if path is None:
        return {'mode': None}
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return {'mode': None}
    return {'mode': format(stat.S_IMODE(info.st_mode) & 0o777, '03o') if stat.S_ISREG(info.st_mode) else None}


def sessions_next_key(request, params):
    """The key the next new session draws (capability key-drawing), as a random draw would once
    in a very long while; Django's _get_new_session_key then asks exists() and draws again."""
    global _next_key
    key = params.value('sessionKey', (str,), required=True)
    params.done()
    if len(key) != 32 or any(c not in VALID_KEY_CHARS for c in key):
        raise Rejected('sessionKey must be 32 characters of a-z and 0-9')
    _next_key = key
    _drawn.clear()
    return {'set': True}


def sessions_drawn_keys(request, params):
    """The keys drawn since sessions.nextKey (capability key-drawing): the harness sees that the
    key set aside came out first, and so that a scenario's collision really happened."""
    params.done()
    return {'keys': list(_drawn)}


def _plant_rows(count, expires_in):
    """Rows as the db engine writes them (070), in one transaction: a store larger than a purge
    batch is planted in well under the harness's deadline."""
    store = _session_store()
    model = store.get_model_class()
    expire_date = timezone.now() + datetime.timedelta(seconds=expires_in)
    empty_data = store().encode({})
    with transaction.atomic():
        model.objects.bulk_create(
            [model(session_key=get_random_string(32, VALID_KEY_CHARS), session_data=empty_data, expire_date=expire_date) for _ in range(count)],
            batch_size=500,
        )


def _plant_file(expires_in):
    session = _session_store()()
    session.create()
    # A file session without its own expiry lasts SESSION_COOKIE_AGE from its mtime (081).
    modified = timezone.now().timestamp() + expires_in - session.get_session_cookie_age()
    os.utime(session._key_to_file(), (modified, modified))


def sessions_plant(request, params):
    count = params.value('count', (int,), required=True)
    expires_in = params.value('expiresIn', NUMBER, required=True)
    params.done()
    if switches.engine()[0] not in (*DATABASE_ENGINES, 'file'):
        raise Rejected(f'the {switches.engine()[0]} engine has no records to plant')
    if switches.engine()[0] in DATABASE_ENGINES:
        _plant_rows(count, expires_in)
    else:
        for _ in range(count):
            _plant_file(expires_in)
    return {'planted': count}


def sessions_purge(request, params):
    """What `manage.py clearsessions` does for the current engine, at the adapter's clock."""
    params.done()
    before = _record_count()
    try:
        call_command('clearsessions')
    except CommandError as error:
        return {'exitStatus': 1, 'error': str(error)}
    return {'purged': 0 if before is None else before - _record_count(), 'exitStatus': 0}


def empty_stores():
    """reset: this process's records go (the SQLite table, the session files, the local cache)."""
    global _next_key
    _next_key = None
    _drawn.clear()
    from django.contrib.sessions.models import Session
    Session.objects.all().delete()
    for name in os.listdir(settings.SESSION_FILE_PATH):
        path = os.path.join(settings.SESSION_FILE_PATH, name)
        # A directory put in place of a session file (sessions.writeDirectory) goes too.
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    caches['default'].clear()


OPERATIONS = {
    'sessions.count': sessions_count,
    'sessions.exists': sessions_exists,
    'sessions.record': sessions_record,
    'sessions.writeRecord': sessions_write_record,
    'sessions.writeDirectory': sessions_write_directory,
    'sessions.fileMode': sessions_file_mode,
    'sessions.nextKey': sessions_next_key,
    'sessions.drawnKeys': sessions_drawn_keys,
    'sessions.plant': sessions_plant,
    'sessions.purge': sessions_purge,
}
