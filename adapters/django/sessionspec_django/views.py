"""The fixture API and the control API (docs/fixture-api.md): one JSON object in, one out."""
import json
import platform

import django
from django.conf import settings
from django.http import HttpResponse, JsonResponse

from . import control_ops, cookie_ops, message_ops, session_ops
from .params import Params, Rejected

FIXTURE_OPERATIONS = {**cookie_ops.OPERATIONS, **session_ops.OPERATIONS, **message_ops.OPERATIONS}


def identity(request):
    operations = [*FIXTURE_OPERATIONS, *(control_ops.OPERATIONS if settings.CONTROL_ENABLED else ())]
    return JsonResponse({'sessionspec': 1, 'server': f'Django {django.get_version()} on Python {platform.python_version()}', 'operations': operations})


def _run(operation, request):
    """An operation answers a dict (200 JSON) or its own response; Rejected means 422 and no cookies."""
    try:
        body = json.loads(request.body or b'{}')
    except ValueError:
        return JsonResponse({'error': 'the request body is not valid JSON'}, status=400)
    try:
        answer = operation(request, Params(body))
    except Rejected as refusal:
        return JsonResponse({'rejected': str(refusal)}, status=422)
    return answer if isinstance(answer, HttpResponse) else JsonResponse(answer)


def bad_request(request, exception):
    """handler400: Django's 400 as a fixture answer, the exception's class name as its kind, so
    the harness tells SessionInterrupted (054) from a refused request (docs/fixture-api.md)."""
    return JsonResponse({'error': str(exception) or 'Bad Request', 'kind': type(exception).__name__}, status=400)


def _unknown(name):
    return JsonResponse({'error': f'unknown operation "{name}"'}, status=404)


def fixture(request, name):
    operation = FIXTURE_OPERATIONS.get(name)
    return _unknown(name) if operation is None else _run(operation, request)


def control(request, name):
    if not settings.CONTROL_ENABLED:
        return JsonResponse({'error': 'the control API is not enabled on this server (start it with --control)'}, status=404)
    operation = control_ops.OPERATIONS.get(name)
    return _unknown(name) if operation is None else _run(operation, request)
