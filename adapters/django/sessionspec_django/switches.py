"""Settings per request, so that one Django process serves every engine and storage.

settings.set records a choice here; SwitchedSessionMiddleware, first in MIDDLEWARE, writes the
choice into django.conf.settings at the start of each request and hands the request to a
SessionMiddleware built for the chosen SESSION_ENGINE (Django 3.2's SessionMiddleware imports
the engine once, in __init__). Every other setting is read by Django when it is used.
"""
import threading

import django
from django.conf import settings
from django.contrib.messages import constants as message_constants, utils as message_utils
from django.contrib.messages.storage import base as message_base
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import caches

# engine id -> store -> (SESSION_ENGINE, SESSION_CACHE_ALIAS); the first store is the default.
ENGINES = {
    'db': {'sqlite': ('django.contrib.sessions.backends.db', 'default')},
    'file': {None: ('django.contrib.sessions.backends.file', 'default')},
    'cache': {'local': ('django.contrib.sessions.backends.cache', 'default'),
              'memcached': ('django.contrib.sessions.backends.cache', 'memcached'),
              'redis': ('django.contrib.sessions.backends.cache', 'redis')},
    'cached-db': {'local': ('django.contrib.sessions.backends.cached_db', 'default'),
                  'memcached': ('django.contrib.sessions.backends.cached_db', 'memcached'),
                  'redis': ('django.contrib.sessions.backends.cached_db', 'redis')},
    'signed-cookies': {None: ('django.contrib.sessions.backends.signed_cookies', 'default')},
}
# What the control API may name but this Django does not have.
MISSING = {
    'memory': 'Django has no in-memory session engine',
    'postgres': 'the Django adapter runs the db engine on SQLite only',
}
# django.core.cache.backends.redis.RedisCache came in Django 4.0 (settings.py configures it there).
if django.VERSION < (4, 0):
    MISSING['redis'] = f'Django {django.get_version()} has no Redis cache backend (RedisCache came in Django 4.0)'
STORAGES = {
    'cookie': 'django.contrib.messages.storage.cookie.CookieStorage',
    'session': 'django.contrib.messages.storage.session.SessionStorage',
    'fallback': 'django.contrib.messages.storage.fallback.FallbackStorage',
}
# control API name -> Django setting
SETTING_NAMES = {
    'sessionCookieName': 'SESSION_COOKIE_NAME',
    'sessionCookieAge': 'SESSION_COOKIE_AGE',
    'sessionCookieDomain': 'SESSION_COOKIE_DOMAIN',
    'sessionCookiePath': 'SESSION_COOKIE_PATH',
    'sessionCookieSecure': 'SESSION_COOKIE_SECURE',
    'sessionCookieHttpOnly': 'SESSION_COOKIE_HTTPONLY',
    'sessionCookieSameSite': 'SESSION_COOKIE_SAMESITE',
    'sessionSaveEveryRequest': 'SESSION_SAVE_EVERY_REQUEST',
    'sessionExpireAtBrowserClose': 'SESSION_EXPIRE_AT_BROWSER_CLOSE',
    'messageStorage': 'MESSAGE_STORAGE',
    'messageLevel': 'MESSAGE_LEVEL',
    'messageTags': 'MESSAGE_TAGS',
    'secretKey': 'SECRET_KEY',
    # Django 4.1 and later; Django 3.2 keeps the setting and never reads it.
    'secretKeyFallbacks': 'SECRET_KEY_FALLBACKS',
    # Django 5.2.17 and later read it; an older Django ignores it (it reads only the legacy salt).
    'signedCookieLegacySaltFallback': 'SIGNED_COOKIE_LEGACY_SALT_FALLBACK',
}
# Never shown in an answer.
SECRETS = ('secretKey', 'secretKeyFallbacks')
SWITCHED = ['SESSION_ENGINE', 'SESSION_CACHE_ALIAS', *SETTING_NAMES.values()]
UNSET = object()

_startup = {name: getattr(settings, name, UNSET) for name in SWITCHED}
_startup_redis = settings.CACHES.get('redis', {}).get('LOCATION')
_startup_memcached = settings.CACHES['memcached']['LOCATION']
_chosen = {}
_engine = ('db', 'sqlite')


class Unavailable(Exception):
    """The chosen engine's store cannot be used: settings.set answers 503."""


def engine():
    """The current (engine id, store)."""
    return _engine


def _store_for(engine_id, store):
    if engine_id in MISSING or store in MISSING:
        raise Unavailable(MISSING.get(engine_id) or MISSING[store])
    stores = ENGINES.get(engine_id)
    if stores is None:
        raise ValueError(f'engine must be one of {", ".join([*ENGINES, *MISSING])}')
    if store is None:
        store = next(iter(stores))
    if store not in stores:
        named = [name for name in stores if name]
        raise ValueError(f'store must be one of {", ".join(named)} for the {engine_id} engine' if named
                         else f'store must be null: the {engine_id} engine has no store')
    return store


def _check_reachable(alias):
    try:
        caches[alias].get('sessionspec-ping')
    except Exception as error:
        location = settings.CACHES[alias]['LOCATION']
        raise Unavailable(f'the {alias} cache at {location} does not answer ({error}); start it with scripts/services.sh start')


# Django keeps a cache alias's client per thread, and serve.py runs a thread per connection: a
# location change is counted here, and each thread drops its own clients at its next request
# (SwitchedSessionMiddleware), so that none goes on using a store the scenario moved away from.
_location_changes = 0
_thread_seen = threading.local()


def _drop_moved_clients():
    """Drops this thread's redis and memcached clients if a location changed since it last looked."""
    if getattr(_thread_seen, 'changes', 0) == _location_changes:
        return
    for alias in ('redis', 'memcached'):
        try:
            del caches[alias]
        except AttributeError:
            pass  # not used in this thread yet
    _thread_seen.changes = _location_changes


def _use_location(alias, location):
    """The cache alias at location from now on. The clients are dropped, so the next use connects
    there; answers the location it replaced."""
    global _location_changes
    previous = settings.CACHES[alias]['LOCATION']
    if location != previous:
        # caches.settings is settings.CACHES itself: the next caches[alias] is made from it.
        settings.CACHES[alias]['LOCATION'] = location
        _location_changes += 1
        _drop_moved_clients()
    return previous


def use_redis(url):
    """store-outage: the redis cache alias at url from now on (None: the start-up location)."""
    if 'redis' not in settings.CACHES:
        raise Unavailable(MISSING['redis'])
    return _use_location('redis', _startup_redis if url is None else url)


def use_memcached(servers):
    """store-outage: the memcached cache alias at servers (host:port) from now on (None: the start-up location)."""
    return _use_location('memcached', _startup_memcached if servers is None else servers)


def choose_engine(engine_id, store):
    """Raises ValueError for a name this API does not know, Unavailable for a store that is missing or down."""
    global _engine
    store = _store_for(engine_id, store)
    module, alias = ENGINES[engine_id][store]
    if alias != 'default':
        _check_reachable(alias)
    _engine = (engine_id, store)
    _chosen.update(SESSION_ENGINE=module, SESSION_CACHE_ALIAS=alias)


def choose(name, value):
    """Records one control API setting (a name of SETTING_NAMES)."""
    if name == 'messageStorage':
        value = STORAGES[value]
    elif name == 'messageTags':
        value = {int(level): tag for level, tag in value.items()}
    _chosen[SETTING_NAMES[name]] = value


def reset():
    global _engine
    if 'redis' in settings.CACHES:
        use_redis(None)
    use_memcached(None)
    _chosen.clear()
    _engine = ('db', 'sqlite')
    apply()


def apply():
    for name in SWITCHED:
        value = _chosen.get(name, _startup[name])
        if value is UNSET:
            if hasattr(settings, name):
                delattr(settings, name)
        elif getattr(settings, name, UNSET) != value:
            setattr(settings, name, value)
    # Django 3.2 computes the level tags once, at import; its own tests refresh them like this.
    message_base.LEVEL_TAGS = message_utils.get_level_tags()


def current():
    """Every switchable setting, named and valued as the control API names them."""
    values = {name: getattr(settings, django_name, None) for name, django_name in SETTING_NAMES.items() if name not in SECRETS}
    storage_ids = {path: storage_id for storage_id, path in STORAGES.items()}
    values['messageStorage'] = storage_ids.get(values['messageStorage'], values['messageStorage'])
    # Neither is in Django's global settings; these are the defaults Django reads them with.
    values['messageLevel'] = getattr(settings, 'MESSAGE_LEVEL', message_constants.INFO)
    values['messageTags'] = {str(level): tag for level, tag in getattr(settings, 'MESSAGE_TAGS', {}).items()}
    return {'engine': _engine[0], 'store': _engine[1], **values}


class SwitchedSessionMiddleware:
    """Applies the chosen settings, then runs Django's SessionMiddleware for the chosen engine."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._by_engine = {}

    def __call__(self, request):
        _drop_moved_clients()
        apply()
        engine_module = settings.SESSION_ENGINE
        if engine_module not in self._by_engine:
            self._by_engine[engine_module] = SessionMiddleware(self.get_response)
        return self._by_engine[engine_module](request)
