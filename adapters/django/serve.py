#!/usr/bin/env python3
"""Serves the sessionspec fixture API over Django (5.2 from .venv-django, or 3.2: Debian's python3-django).

    /usr/bin/python3 adapters/django/serve.py --port 8000 [--host 127.0.0.1] [--control] [--sqlite-path FILE]

One process, one request at a time: Django's own threaded development server class (what
`runserver --noreload` runs), started here so that the ready line is printed only once the socket
listens, with its application behind one lock. Unthreaded, Django's server closes the connection
after every answer; threaded, it keeps it open for the next request, which saves the harness a
connection per request (bench/README.md). The lock keeps Django handling one request at a time,
start to close, as the unthreaded server did. Session files and the SQLite database live in a temporary folder removed at exit,
unless --sqlite-path (or SESSIONSPEC_SQLITE_PATH) names a database file that another server
shares: then Django migrates that file, adopting a django_session table that is already there.
SESSIONSPEC_FILE_PATH likewise names a session directory another server shares.
"""
import argparse
import atexit
import os
import shutil
import signal
import sys
import tempfile
import threading


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--control', action='store_true', help='mount the control API (clock, settings, store)')
    parser.add_argument('--sqlite-path', default=os.environ.get('SESSIONSPEC_SQLITE_PATH') or None,
                        help='the SQLite file of the db and cached_db engines (default: one in the temporary folder)')
    return parser.parse_args()


def one_at_a_time(application):
    """The WSGI application behind one lock: a request is handled, its answer read and the answer
    closed (Django's request_finished) before the next request starts. The answer is handed on as
    one block, so that the server can give its Content-Length and keep the connection."""
    lock = threading.Lock()

    def serve(environ, start_response):
        with lock:
            answer = application(environ, start_response)
            try:
                return [b''.join(answer)]
            finally:
                close = getattr(answer, 'close', None)
                if close is not None:
                    close()
    return serve


def main():
    arguments = parse_arguments()
    sys.dont_write_bytecode = True  # keep the source folder clean
    run_dir = tempfile.mkdtemp(prefix='sessionspec-django-')
    atexit.register(shutil.rmtree, run_dir, True)
    # The harness stops the server with SIGTERM: exit normally so that atexit cleans up.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    os.environ['SESSIONSPEC_DJANGO_RUN_DIR'] = run_dir
    os.environ['SESSIONSPEC_DJANGO_CONTROL'] = '1' if arguments.control else ''
    os.environ['SESSIONSPEC_DJANGO_SQLITE_PATH'] = arguments.sqlite_path or os.path.join(run_dir, 'db.sqlite3')
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'sessionspec_django.settings')
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

    from sessionspec_django import clock
    clock.install()

    import django
    django.setup()
    from django.core.management import call_command
    # A shared file may already hold django_session, created by the other server with Django's
    # DDL: --fake-initial records the initial migration as applied instead of failing on it.
    call_command('migrate', verbosity=0, fake_initial=arguments.sqlite_path is not None)

    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application
    class RequestHandler(WSGIRequestHandler):
        # An answer is written in several pieces (headers, then body): on a kept connection, Nagle's
        # algorithm holds the last piece until the client acknowledges the first, which it delays.
        disable_nagle_algorithm = True

    server = ThreadedWSGIServer((arguments.host, arguments.port), RequestHandler)
    server.set_app(one_at_a_time(get_wsgi_application()))
    print(f'sessionspec-django (Django {django.get_version()}) listening on http://{arguments.host}:{arguments.port}', flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
