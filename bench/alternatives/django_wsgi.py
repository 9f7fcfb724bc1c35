"""Django 5.2 (.venv-django) behind gunicorn, for bench/load.ts: the project's Django adapter
(adapters/django: its fixture API over Django's own SessionMiddleware and db engine), served as
Django is deployed rather than by the adapter's one-request-at-a-time development server.

    .venv-django/bin/python bench/alternatives/django_wsgi.py migrate DB_FILE wal|delete
    .venv-django/bin/gunicorn --chdir bench/alternatives --workers 2 django_wsgi:application   (env below)

`migrate` creates django_session in DB_FILE with Django's migrations and sets the journal mode:
WAL (which SQLite keeps in the file, so every later connection has it) or Django's default
rollback journal (`delete`). It runs once, before gunicorn forks its workers, which must not
migrate at the same time. The workers read SESSIONSPEC_DJANGO_SQLITE_PATH (that file) and
SESSIONSPEC_DJANGO_RUN_DIR (a folder for the adapter's session files), as the adapter's
serve.py sets them.
"""
import os
import sys

ADAPTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'adapters', 'django')
sys.path.insert(0, os.path.normpath(ADAPTER))
sys.dont_write_bytecode = True  # keep the source folder clean
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'sessionspec_django.settings')
os.environ.setdefault('SESSIONSPEC_DJANGO_CONTROL', '')


def migrate(db_file, journal_mode):
    import django
    from django_migrate import migrate_with_journal
    django.setup()
    migrate_with_journal(db_file, journal_mode, 'django_wsgi')


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] != 'migrate' or sys.argv[3] not in ('wal', 'delete'):
        sys.exit('usage: django_wsgi.py migrate DB_FILE wal|delete')
    os.environ['SESSIONSPEC_DJANGO_SQLITE_PATH'] = sys.argv[2]
    os.environ.setdefault('SESSIONSPEC_DJANGO_RUN_DIR', os.path.dirname(os.path.abspath(sys.argv[2])))
    migrate(sys.argv[2], sys.argv[3])
else:
    # As serve.py: the adapter's clock is installed before Django is set up.
    from sessionspec_django import clock
    clock.install()
    from django.core.wsgi import get_wsgi_application
    application = get_wsgi_application()
