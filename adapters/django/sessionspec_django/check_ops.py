"""checks.run (control): the deployment checks Django itself reports for the settings of the
moment, through its own system check framework, as `manage.py check --deploy` runs them."""
from django.conf import settings
from django.core import checks
from django.test.utils import override_settings

from . import switches

SESSION_MIDDLEWARE = 'django.contrib.sessions.middleware.SessionMiddleware'
SWITCHED_MIDDLEWARE = 'sessionspec_django.switches.SwitchedSessionMiddleware'
LEVELS = {checks.DEBUG: 'DEBUG', checks.INFO: 'INFO', checks.WARNING: 'WARNING', checks.ERROR: 'ERROR', checks.CRITICAL: 'CRITICAL'}


def _level(message):
    """Django's own name for a level; a custom level is named after the next standard one below it."""
    return LEVELS.get(message.level) or LEVELS[max(level for level in LEVELS if level <= message.level)]


def checks_run(request, params):
    params.done()
    switches.apply()
    # The switched middleware runs Django's SessionMiddleware for every request; Django's session
    # checks (W010-W015) look for that middleware by its dotted path, so they are shown the
    # middleware list as it really runs.
    middleware = [SESSION_MIDDLEWARE if name == SWITCHED_MIDDLEWARE else name for name in settings.MIDDLEWARE]
    with override_settings(MIDDLEWARE=middleware):
        found = checks.run_checks(include_deployment_checks=True)
    return {'checks': [{'id': message.id, 'level': _level(message)} for message in found if not message.is_silenced()]}


OPERATIONS = {'checks.run': checks_run}
