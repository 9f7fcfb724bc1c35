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
    if 'messageStorage' in changes and changes['messageStorage'] not in switches.STORAGES:
        raise Rejected(f'messageStorage must be one of {", ".join(switches.STORAGES)}')
    return changes


REDIS_URL = re.compile(r'rediss?://\S+')


def _read_redis_url(params):
    """store-outage: where the redis store is from now on (a redis:// URL), or None for the start-up one."""
    url = params.value('redisUrl', (str,), nullable=True)
    if isinstance(url, str) and (len(url) > 256 or not REDIS_URL.fullmatch(url)):
        raise Rejected('redisUrl must be a redis:// URL of at most 256 characters, or null')
    return url


def settings_set(request, params):
    engine_id = params.value('engine', (str,))
    store = params.value('store', (str,), nullable=True)
    redis_url = _read_redis_url(params)
    changes = _read_settings(params)
    params.done()
    previous_redis = None
    try:
        if redis_url is not ABSENT:
            previous_redis = switches.use_redis(redis_url)
        if engine_id is not ABSENT or store is not ABSENT:
            try:
                switches.choose_engine(switches.engine()[0] if engine_id is ABSENT else engine_id, None if store is ABSENT else store)
            except ValueError as error:
                raise Rejected(str(error))
    except (switches.Unavailable, Rejected) as error:
        # A refused change leaves every setting as it was, the Redis location included.
        if previous_redis is not None:
            switches.use_redis(previous_redis)
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
