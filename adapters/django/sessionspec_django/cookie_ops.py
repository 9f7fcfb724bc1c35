"""Cookie operations: HttpResponse.set_cookie / delete_cookie / set_signed_cookie and
HttpRequest.get_signed_cookie / COOKIES, called with the operation's parameters."""
import json
from http.cookies import CookieError

from django.core import signing
from django.http import HttpResponse

from .clock import ClockDatetime
from .params import ABSENT, NUMBER, Params, Rejected

# set_cookie's keyword arguments that the parameters give directly.
PLAIN_ARGUMENTS = {'domain': (str,), 'secure': (bool,), 'httponly': (bool,), 'samesite': (str,)}


def _cookie_arguments(params):
    """set_cookie's keyword arguments; only what the operation gives, so Django's defaults apply."""
    arguments = {}
    max_age = params.value('maxAge', NUMBER)
    duration = params.duration('maxAgeDuration')
    if max_age is not ABSENT and duration is not ABSENT:
        raise Rejected('give maxAge or maxAgeDuration, not both')
    if max_age is not ABSENT or duration is not ABSENT:
        arguments['max_age'] = duration if max_age is ABSENT else max_age
    expires = params.value('expires', (str,))
    expires_at = params.date_time('expiresAt')
    if expires is not ABSENT and expires_at is not ABSENT:
        raise Rejected('give expires or expiresAt, not both')
    if expires is not ABSENT:
        arguments['expires'] = expires
    if expires_at is not ABSENT:
        arguments['expires'] = ClockDatetime.fromtimestamp(expires_at.timestamp(), tz=expires_at.tzinfo)
    path = params.value('path', (str,), nullable=True)
    if path is not ABSENT:
        arguments['path'] = path
    for name, types in PLAIN_ARGUMENTS.items():
        value = params.value(name, types)
        if value is not ABSENT:
            arguments[name] = value
    return arguments


def _calling_django(call, *args, **kwargs):
    """A CookieError, ValueError or TypeError raised by Django for these arguments is a refusal."""
    try:
        return call(*args, **kwargs)
    except (CookieError, ValueError, TypeError) as error:
        raise Rejected(f'Django refused: {type(error).__name__}: {error}'.splitlines()[0]) from error


def _set(response, params):
    name = params.value('name', (str,), required=True)
    value = params.value('value', (str,), required=True)
    arguments = _cookie_arguments(params)
    params.done()
    _calling_django(response.set_cookie, name, value, **arguments)
    return name


def _salt(params):
    """A salt given as null is None, which Django's signed cookies cannot take (the signer's salt
    is built from it: TypeError)."""
    salt = params.value('salt', (str,), nullable=True)
    if salt is None:
        raise Rejected(f"{params.label('salt')} must be a string, not null (Django's signer cannot take None)")
    return salt


def _set_signed(response, params):
    name = params.value('name', (str,), required=True)
    value = params.value('value', (str,), required=True)
    salt = _salt(params)
    arguments = _cookie_arguments(params)
    params.done()
    if salt is not ABSENT:
        arguments['salt'] = salt
    _calling_django(response.set_signed_cookie, name, value, **arguments)
    return name


def _delete(response, params):
    name = params.value('name', (str,), required=True)
    arguments = {}
    # JSON null is None (docs/fixture-api.md): path=None writes no Path, where left out it is "/".
    path = params.value('path', (str,), nullable=True)
    if path is not ABSENT:
        arguments['path'] = path
    for argument, types in (('domain', (str,)), ('samesite', (str,))):
        value = params.value(argument, types)
        if value is not ABSENT:
            arguments[argument] = value
    params.done()
    _calling_django(response.delete_cookie, name, **arguments)
    return name


def _sendable(response):
    """014: a Set-Cookie line above U+00FF breaks Django's WSGI server mid-response (the
    header is encoded as Latin-1 after the status is chosen); refuse it while we still can."""
    for morsel in response.cookies.values():
        try:
            morsel.OutputString().encode('latin-1')
        except UnicodeEncodeError:
            raise Rejected(f'the Set-Cookie line for "{morsel.key}" has characters above U+00FF, which a WSGI header cannot carry')
    return response


STEP_ACTIONS = {'set': _set, 'delete': _delete, 'setSigned': _set_signed}


def _apply_sequence(response, params):
    """Every step acts on one response, in order; a refused step refuses them all."""
    steps = params.value('steps', (list,), required=True)
    params.done()
    for index, step in enumerate(steps):
        step_params = Params(step, f'steps[{index}]')
        action = STEP_ACTIONS.get(step_params.value('action', (str,), required=True))
        if action is None:
            raise Rejected(f'steps[{index}].action must be "set", "delete" or "setSigned"')
        action(response, step_params)
    return len(steps)



def _with_cookies(answer_key, apply):
    """An operation that sets cookies on its response and answers {answer_key: what apply returned}."""
    def operation(request, params):
        response = HttpResponse(content_type='application/json')
        response.content = json.dumps({answer_key: apply(response, params)})
        return _sendable(response)
    return operation


def cookie_get_signed(request, params):
    name = params.value('name', (str,), required=True)
    salt = _salt(params)
    max_age = params.value('maxAge', NUMBER)
    params.done()
    arguments = {key: value for key, value in (('salt', salt), ('max_age', max_age)) if value is not ABSENT}
    try:
        return {'found': True, 'value': request.get_signed_cookie(name, **arguments)}
    except KeyError:
        return {'found': False, 'reason': 'missing'}
    except signing.SignatureExpired:
        return {'found': False, 'reason': 'expired'}
    except signing.BadSignature:
        return {'found': False, 'reason': 'bad-signature'}


def cookie_received(request, params):
    params.done()
    return {'cookies': [{'name': name, 'value': value} for name, value in request.COOKIES.items()]}


OPERATIONS = {
    'cookie.set': _with_cookies('set', _set),
    'cookie.setSigned': _with_cookies('set', _set_signed),
    'cookie.delete': _with_cookies('deleted', _delete),
    'cookie.sequence': _with_cookies('applied', _apply_sequence),
    'cookie.getSigned': cookie_get_signed,
    'cookie.received': cookie_received,
}
