"""Control operations (out of band): the clock, settings, reset."""
import math
import re

from django.http import JsonResponse

from . import check_ops, clock, store_ops, switches
from .params import ABSENT, NUMBER, Rejected

# settings.set parameters besides engine and store: accepted JSON types, and whether null is allowed.
SETTING_TYPES = {
    'sessionCookieName': ((str,), False),
    'sessionCookieAge': ((int,), False),
    'sessionCookieDomain': ((str,), True),
    'sessionCookiePath': ((str,), False),
    'sessionCookieSecure': ((bool,), False),
    'sessionCookieHttpOnly': ((bool,), False),
    'sessionCookieSameSite': ((str, bool), True),
    'sessionSaveEveryRequest': ((bool,), False),
    'sessionExpireAtBrowserClose': ((bool,), False),
    'messageStorage': ((str,), False),
    'messageLevel': ((int,), False),
    'messageTags': ((dict,), False),
    'secretKey': ((str,), False),
    'secretKeyFallbacks': ((list,), False),
    'signedCookieLegacySaltFallback': ((bool,), False),
}


def _seconds(params, name, least=None):
    value = params.value(name, NUMBER, required=True)
    params.done()
    if not math.isfinite(value) or (least is not None and value < least):
        raise Rejected(f'{name} must be a finite number' + ('' if least is None else f' >= {least}'))
    return value


def clock_get(request, params):
    params.done()
    return {'now': clock.now()}


def clock_set(request, params):
    clock.set_now(_seconds(params, 'now'))
    return {'now': clock.now()}


def clock_advance(request, params):
    clock.advance(_seconds(params, 'seconds', 0))
    return {'now': clock.now()}


def reset(request, params):
    params.done()
    clock.reset()
    switches.reset()
    store_ops.empty_stores()
    return {'reset': True}


def _read_settings(params):
    changes = {}
    for name, (types, nullable) in SETTING_TYPES.items():
        value = params.value(name, types, nullable=nullable)
        if value is not ABSENT:
            changes[name] = value
    if changes.get('sessionCookieSameSite') is True:
        raise Rejected('sessionCookieSameSite must be "Strict", "Lax", "None" or false')
    if changes.get('secretKey') == '':
        raise Rejected('secretKey must be a non-empty string')
    fallbacks = changes.get('secretKeyFallbacks', [])
    if len(fallbacks) > 16 or not all(isinstance(key, str) and 0 < len(key) <= 1024 for key in fallbacks):
        raise Rejected('secretKeyFallbacks must be a list of at most 16 non-empty strings of at most 1024 characters')
    if 'messageStorage' in changes and changes['messageStorage'] not in switches.STORAGES:
        raise Rejected(f'messageStorage must be one of {", ".join(switches.STORAGES)}')
    return changes


# store-outage: where the redis and memcached stores are from now on, or None for the start-up ones.
STORE_ADDRESSES = {
    'redisUrl': (re.compile(r'rediss?://\S+'), 'a redis:// URL'),
    'memcachedServers': (re.compile(r'[A-Za-z0-9.-]+:[0-9]{1,5}'), 'a memcached address (host:port)'),
}


def _read_store_address(params, name):
    pattern, what = STORE_ADDRESSES[name]
    address = params.value(name, (str,), nullable=True)
    if isinstance(address, str) and (len(address) > 256 or not pattern.fullmatch(address)):
        raise Rejected(f'{name} must be {what} of at most 256 characters, or null')
    return address


def settings_set(request, params):
    engine_id = params.value('engine', (str,))
    store = params.value('store', (str,), nullable=True)
    redis_url = _read_store_address(params, 'redisUrl')
    memcached_servers = _read_store_address(params, 'memcachedServers')
    changes = _read_settings(params)
    params.done()
    previous_redis = None
    previous_memcached = None
    try:
        if redis_url is not ABSENT:
            previous_redis = switches.use_redis(redis_url)
        if memcached_servers is not ABSENT:
            previous_memcached = switches.use_memcached(memcached_servers)
        if engine_id is not ABSENT or store is not ABSENT:
            try:
                switches.choose_engine(switches.engine()[0] if engine_id is ABSENT else engine_id, None if store is ABSENT else store)
            except ValueError as error:
                raise Rejected(str(error))
    except (switches.Unavailable, Rejected) as error:
        # A refused change leaves every setting as it was, the Redis and memcached locations included.
        if previous_redis is not None:
            switches.use_redis(previous_redis)
        if previous_memcached is not None:
            switches.use_memcached(previous_memcached)
        if isinstance(error, Rejected):
            raise
        return JsonResponse({'unavailable': str(error)}, status=503)
    for name, value in changes.items():
        switches.choose(name, value)
    switches.apply()
    return {'settings': switches.current()}


OPERATIONS = {
    'clock.get': clock_get,
    'clock.set': clock_set,
    'clock.advance': clock_advance,
    'reset': reset,
    'settings.set': settings_set,
    **store_ops.OPERATIONS,
    **check_ops.OPERATIONS,
}
