"""Session operations: each is a view that touches request.session in one way; Django's
SessionMiddleware around it decides the Set-Cookie, Vary and the save."""
from django.conf import settings
from django.http import JsonResponse

from .params import ABSENT, Rejected


def _key(params):
    return params.value('key', (str,), required=True)


def session_set(request, params):
    key, value = _key(params), params.json('value')
    length = params.value('length', (int,))
    params.done()
    if length is not ABSENT:
        # A value of megabytes from a request of a few bytes (a request's body is bounded).
        if not 1 <= length <= 8388608 or not isinstance(value, str) or value == '':
            raise Rejected('length must be a whole number from 1 to 8388608, with a value of at least one character')
        value = (value * -(-length // len(value)))[:length]
    request.session[key] = value
    return {'stored': key}


def session_set_while_ended(request, params):
    """054: the record leaves the store between this request's write and its save, as in
    Django's SessionMiddlewareTests.test_session_update_error_redirect (session.delete())."""
    answer = session_set(request, params)
    request.session.delete()
    return answer


def session_get(request, params):
    key = _key(params)
    params.done()
    if key in request.session:
        return {'found': True, 'value': request.session[key]}
    return {'found': False}


def session_delete(request, params):
    key = _key(params)
    params.done()
    if key not in request.session:
        return {'deleted': False}
    del request.session[key]
    return {'deleted': True}


def session_pop(request, params):
    key, default = _key(params), params.json('default', required=False)
    params.done()
    if key in request.session:
        return {'found': True, 'value': request.session.pop(key)}
    if default is ABSENT:
        return {'found': False}
    return {'found': False, 'value': request.session.pop(key, default)}


def session_setdefault(request, params):
    key, value = _key(params), params.json('value')
    params.done()
    return {'value': request.session.setdefault(key, value)}


def session_update(request, params):
    values = params.value('values', (dict,), required=True)
    params.done()
    request.session.update(values)
    return {'updated': len(values)}


def session_read(request, params):
    """With `vary`, the view's own response varies on that first; SessionMiddleware merges Cookie into it."""
    vary = params.value('vary', (str,))
    params.done()
    response = JsonResponse({'data': dict(request.session.items())})
    if vary is not ABSENT:
        response['Vary'] = vary
    return response


def _no_parameters(act, answer):
    def operation(request, params):
        params.done()
        act(request.session)
        return answer
    return operation


def _mark_modified(session):
    session.modified = True


def session_fail(request, params):
    """053: sets the key when given, then answers with the status."""
    status = params.value('status', (int,), required=True)
    key = params.value('key', (str,))
    value = params.json('value', required=False)
    params.done()
    if not 400 <= status <= 599:
        raise Rejected('status must be an integer from 400 to 599')
    if (key is ABSENT) != (value is ABSENT):
        raise Rejected('give key and value together')
    if key is not ABSENT:
        request.session[key] = value
    return JsonResponse({'failed': status}, status=status)


def session_info(request, params):
    params.done()
    data = dict(request.session.items())
    # The key the request arrived with, if loading it found a live session.
    arrived = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    key = request.session.session_key if request.session.session_key == arrived else None
    return {'sessionKey': key, 'exists': key is not None and request.session.exists(key), 'empty': not data}


def _expiry_report(session):
    return {
        'expiryAge': session.get_expiry_age(),
        'expiryDate': session.get_expiry_date().timestamp(),
        'expireAtBrowserClose': session.get_expire_at_browser_close(),
    }


def session_set_expiry(request, params):
    given = {
        'seconds': params.value('seconds', (int,)),
        'at': params.date_time('at'),
        'duration': params.duration('duration'),
        'none': params.value('none', (bool,)),
    }
    params.done()
    chosen = [name for name, value in given.items() if value is not ABSENT]
    if len(chosen) != 1 or given['none'] is False:
        raise Rejected('give exactly one of seconds, at, duration, or none: true')
    value = None if chosen[0] == 'none' else given[chosen[0]]
    request.session.set_expiry(value)
    return _expiry_report(request.session)


def session_expiry(request, params):
    params.done()
    return _expiry_report(request.session)


OPERATIONS = {
    'session.set': session_set,
    'session.setWhileEnded': session_set_while_ended,
    'session.get': session_get,
    'session.delete': session_delete,
    'session.pop': session_pop,
    'session.setdefault': session_setdefault,
    'session.update': session_update,
    'session.read': session_read,
    'session.clear': _no_parameters(lambda session: session.clear(), {'cleared': True}),
    'session.flush': _no_parameters(lambda session: session.flush(), {'flushed': True}),
    'session.cycleKey': _no_parameters(lambda session: session.cycle_key(), {'cycled': True}),
    'session.save': _no_parameters(lambda session: session.save(), {'saved': True}),
    'session.markModified': _no_parameters(_mark_modified, {'marked': True}),
    'session.ignore': _no_parameters(lambda session: None, {'ignored': True}),
    'session.fail': session_fail,
    'session.info': session_info,
    'session.setExpiry': session_set_expiry,
    'session.expiry': session_expiry,
}
