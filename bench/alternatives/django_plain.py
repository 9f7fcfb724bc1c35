"""A plain Django 5.2 project for bench/load.ts: Django's own SessionMiddleware and db engine on
SQLite, and one view that writes the session, as a Django site is deployed. It is the like-for-like
row beside the reference's db engine: no adapter, no fixture API, no per-request settings switch
(django_wsgi.py serves the adapter, whose fixture API is what the suite talks to).

    .venv-django/bin/python bench/alternatives/django_plain.py migrate DB_FILE wal|delete
    .venv-django/bin/gunicorn --chdir bench/alternatives --workers 2 django_plain:application
        (with SESSIONSPEC_DJANGO_SQLITE_PATH=DB_FILE)

POST /set stores {"cart": "3 items"} in the session (the body bench/load.ts sends), as the
reference's session.set and the Node alternatives' /set do, and answers 204.
"""
import os
import sys

import django
from django.conf import settings

sys.dont_write_bytecode = True  # keep the source folder clean
if __name__ == '__main__' and len(sys.argv) == 4:
    os.environ['SESSIONSPEC_DJANGO_SQLITE_PATH'] = sys.argv[2]
settings.configure(
    SECRET_KEY='sessionspec-bench-plain-django',
    DEBUG=False,
    ALLOWED_HOSTS=['127.0.0.1', 'localhost'],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=['django.contrib.sessions'],
    MIDDLEWARE=['django.contrib.sessions.middleware.SessionMiddleware'],
    DATABASES={'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.environ['SESSIONSPEC_DJANGO_SQLITE_PATH']}},
    SESSION_COOKIE_AGE=3600,
    USE_TZ=True,
    TIME_ZONE='UTC',
)
django.setup()

from django.http import HttpResponse, HttpResponseNotAllowed  # noqa: E402  (after settings)
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402


@csrf_exempt
def set_value(request):
    if request.method != 'POST':
        return HttpResponseNotAllowed(['POST'])
    request.session['cart'] = '3 items'
    return HttpResponse(status=204)


urlpatterns = [path('set', set_value)]


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] != 'migrate' or sys.argv[3] not in ('wal', 'delete'):
        sys.exit('usage: django_plain.py migrate DB_FILE wal|delete')
    from django_migrate import migrate_with_journal
    migrate_with_journal(sys.argv[2], sys.argv[3], 'django_plain')
else:
    from django.core.wsgi import get_wsgi_application
    application = get_wsgi_application()
