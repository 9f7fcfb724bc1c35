"""Django's defaults wherever sessionspec does not need a choice; settings.set changes the
session and message settings per request (switches.py)."""
import os

import django

RUN_DIR = os.environ['SESSIONSPEC_DJANGO_RUN_DIR']
CONTROL_ENABLED = os.environ.get('SESSIONSPEC_DJANGO_CONTROL') == '1'

# The same secret as settings.secretKey in targets/django.yaml: the suite recomputes signatures.
SECRET_KEY = 'django-insecure-conformance-key'
DEBUG = False
ALLOWED_HOSTS = ['127.0.0.1', 'localhost']
ROOT_URLCONF = 'sessionspec_django.urls'
INSTALLED_APPS = ['django.contrib.sessions', 'django.contrib.messages']
# SessionMiddleware (chosen per engine) before MessageMiddleware, as Django documents.
MIDDLEWARE = [
    'sessionspec_django.switches.SwitchedSessionMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
]
TEMPLATES = [{'BACKEND': 'django.template.backends.django.DjangoTemplates'}]
# serve.py: a file in RUN_DIR, or the one --sqlite-path names (shared with another server).
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.environ['SESSIONSPEC_DJANGO_SQLITE_PATH']}}
DEFAULT_AUTO_FIELD = 'django.db.models.AutoField'
USE_TZ = True
TIME_ZONE = 'UTC'

CACHES = {
    'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'LOCATION': 'sessionspec'},
    'memcached': {
        'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',
        'LOCATION': os.environ.get('MEMCACHED_LOCATION', '127.0.0.1:11211'),
        # pymemcache waits for ever by default; a memcached that stops answering must fail a request.
        'OPTIONS': {'connect_timeout': 1, 'timeout': 1},
    },
}
# Django's own Redis backend, where this Django has it (4.0+; switches.py says why not elsewhere).
# A prefix per process keeps concurrent runs on one Redis apart.
if django.VERSION >= (4, 0):
    CACHES['redis'] = {
        'BACKEND': 'django.core.cache.backends.redis.RedisCache',
        'LOCATION': os.environ.get('REDIS_URL', 'redis://127.0.0.1:6379'),
        'KEY_PREFIX': f'sessionspec-django-{os.getpid()}',
        # redis-py waits for ever by default; a Redis that stops answering must fail a request.
        'OPTIONS': {'socket_connect_timeout': 1, 'socket_timeout': 1},
    }
# A directory another server shares (SESSIONSPEC_FILE_PATH, the harness's shared.fileDirectory), or one of our own.
SESSION_FILE_PATH = os.environ.get('SESSIONSPEC_FILE_PATH') or os.path.join(RUN_DIR, 'sessions')
os.makedirs(SESSION_FILE_PATH, exist_ok=True)

LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'handlers': {'stderr': {'class': 'logging.StreamHandler'}},
    'loggers': {
        # A 500 shows its traceback on stderr, where the harness keeps the last lines.
        'django.request': {'handlers': ['stderr'], 'level': 'ERROR', 'propagate': False},
        'django.server': {'handlers': ['stderr'], 'level': 'WARNING', 'propagate': False},
    },
}
