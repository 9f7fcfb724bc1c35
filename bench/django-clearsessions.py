"""Django's own `clearsessions` over a session directory, for bench/purge.ts --django:
    /usr/bin/python3 bench/django-clearsessions.py DIRECTORY SECRET_KEY COOKIE_NAME COOKIE_AGE
Runs the command in this process on the file engine and prints one JSON line: purged (files
before less after), ms (the command alone), rssBeforeMb (VmRSS) and peakRssMb (VmHWM, this
process's own peak, as the Node worker reports it; not ru_maxrss, which Linux carries over from
the image of the parent that forked it), the Django version."""
import json
import os
import re
import sys
import time

import django
from django.conf import settings


def resident_kib(field):
    """VmRSS (now) or VmHWM (the peak) of this process, in KiB."""
    with open('/proc/self/status') as status:
        return int(re.search(r'^%s:\s+(\d+) kB$' % field, status.read(), re.M).group(1))


directory, secret, cookie_name, cookie_age = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
settings.configure(
    SECRET_KEY=secret,
    INSTALLED_APPS=['django.contrib.sessions'],
    SESSION_ENGINE='django.contrib.sessions.backends.file',
    SESSION_FILE_PATH=directory,
    SESSION_COOKIE_NAME=cookie_name,
    SESSION_COOKIE_AGE=cookie_age,
    USE_TZ=True,
)
django.setup()
from django.core.management import call_command  # noqa: E402 (needs the settings above)

before = len(os.listdir(directory))
rss_before = resident_kib('VmRSS')
started = time.perf_counter()
cpu_started = time.process_time()
call_command('clearsessions')
ms = (time.perf_counter() - started) * 1000
cpu_ms = (time.process_time() - cpu_started) * 1000
print(json.dumps({
    'purged': before - len(os.listdir(directory)), 'ms': ms, 'cpuMs': cpu_ms, 'rssBeforeMb': rss_before / 1024,
    'peakRssMb': resident_kib('VmHWM') / 1024, 'django': django.get_version(),
}))
