"""Message operations: django.contrib.messages' add_message, set_level and get_messages;
MessageMiddleware's response step stores or clears them."""
from django.contrib import messages
from django.http import HttpResponseRedirect, JsonResponse
from django.template import engines
from django.utils.safestring import SafeData, mark_safe

from .params import ABSENT, Params, Rejected

LEVELS = {'debug': messages.DEBUG, 'info': messages.INFO, 'success': messages.SUCCESS,
          'warning': messages.WARNING, 'error': messages.ERROR}

# Django's documented way of showing messages (ref/contrib/messages, "Displaying messages").
PAGE = engines['django'].from_string(
    '{% if messages %}<ul class="messages">{% for message in messages %}'
    '<li{% if message.tags %} class="{{ message.tags }}"{% endif %}>{{ message }}</li>'
    '{% endfor %}</ul>{% endif %}'
)


def _level(params):
    level = params.value('level', (int, str), required=True)
    if isinstance(level, str):
        if level not in LEVELS:
            raise Rejected(f'{params.label("level")} must be an integer or one of {", ".join(LEVELS)}')
        return LEVELS[level]
    return level


def _read_message(params):
    """The arguments of one add_message, and the request level to set first (ABSENT: leave it)."""
    text = params.value('text', (str,), required=True)
    level = _level(params)
    # JSON null is None (docs/fixture-api.md): extra_tags=None, where left out it is "".
    extra_tags = params.value('extraTags', (str,), nullable=True)
    safe = params.value('safe', (bool,))
    request_level = params.value('requestLevel', (int,), nullable=True)
    params.done()
    message = {'level': level, 'message': mark_safe(text) if safe is True else text}
    if extra_tags is not ABSENT:
        message['extra_tags'] = extra_tags
    return message, request_level


def _add(request, message, request_level):
    """add_message; whether the storage queued it (below the level or empty text: not)."""
    if request_level is not ABSENT:
        messages.set_level(request, request_level)
    storage = messages.get_messages(request)
    # Read only: the storage's queue, to tell whether Django kept the message.
    queued = len(storage._queued_messages)
    messages.add_message(request, **message)
    return len(storage._queued_messages) > queued


def _report(message):
    return {
        'level': message.level,
        'levelTag': message.level_tag,
        'tags': message.tags,
        'text': str(message.message),
        'extraTags': message.extra_tags,
        'safe': isinstance(message.message, SafeData),
    }


def messages_add(request, params):
    return {'added': _add(request, *_read_message(params))}


def messages_add_many(request, params):
    listed = params.value('messages', (list,), required=True)
    first_list = params.value('firstList', (bool,))
    then_list = params.value('thenList', (bool,))
    then_count = params.value('thenCount', (bool,))
    then_list_again = params.value('thenListAgain', (bool,))
    params.done()
    parsed = [_read_message(Params(item, f'messages[{index}]')) for index, item in enumerate(listed)]
    if first_list is True:
        # The view shows the messages before it adds: iterating marks the storage used.
        for _message in messages.get_messages(request):
            pass
    answer = {'added': sum(_add(request, *message) for message in parsed)}
    if then_count is True:
        answer['count'] = len(messages.get_messages(request))
    if then_list is True:
        answer['messages'] = [_report(message) for message in messages.get_messages(request)]
    if then_list_again is True:
        answer['messagesAgain'] = [_report(message) for message in messages.get_messages(request)]
    return answer


def messages_list(request, params):
    params.done()
    return {'messages': [_report(message) for message in messages.get_messages(request)]}


def messages_count(request, params):
    params.done()
    return {'count': len(messages.get_messages(request))}


def messages_render(request, params):
    params.done()
    return {'html': PAGE.render({'messages': messages.get_messages(request)}, request)}


def messages_add_and_redirect(request, params):
    """Post/redirect/get: the redirect's target lists the messages."""
    _add(request, *_read_message(params))
    return HttpResponseRedirect(request.path.replace('messages.addAndRedirect', 'messages.list'))


def messages_add_and_fail(request, params):
    """181: adds the message, then answers with the status; MessageMiddleware stores whatever it is."""
    status = params.value('status', (int,), required=True)
    if not 400 <= status <= 599:
        raise Rejected('status must be an integer from 400 to 599')
    added = _add(request, *_read_message(params))
    return JsonResponse({'added': added, 'failed': status}, status=status)

OPERATIONS = {
    'messages.add': messages_add,
    'messages.addMany': messages_add_many,
    'messages.list': messages_list,
    'messages.count': messages_count,
    'messages.render': messages_render,
    'messages.addAndRedirect': messages_add_and_redirect,
    'messages.addAndFail': messages_add_and_fail,
}
