#!/usr/bin/env bash
# Installs what sessionspec's tests need on a fresh Debian machine; safe to run again.
#   Debian packages through apt-get, only when missing; node modules through npm ci,
#   only when package-lock.json changed since the last install; Django 5.2 LTS in the venv
#   .venv-django (targets/django.yaml), only when that venv does not already have it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

node -e 'const [M,m]=process.versions.node.split(".").map(Number); process.exit(M>20||(M===20&&m>=18)?0:1)' \
  || { echo "setup: sessionspec needs Node.js >= 20.18, this machine has $(node -v)" >&2; exit 1; }

# Build tools for better-sqlite3 (compiled from source: no prebuilt download is reachable).
# Django targets (adapters/django): python3-django is Django 3.2 (targets/django-3.2.yaml);
# python3-venv makes the Django 5.2 venv, which sees pymemcache and redis through
# --system-site-packages (pip's index on some machines lacks pymemcache, or redis's
# dependencies for this CPython).
APT_PACKAGES=(python3 python3-venv make g++ chromium python3-django python3-pymemcache python3-redis python3-flask memcached ${SESSIONSPEC_EXTRA_APT_PACKAGES:-})
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >/dev/null
fi

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.sessionspec-lock 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: npm ci (compiles better-sqlite3, about two minutes)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.sessionspec-lock
fi
# Django 5.2 LTS, the main Django target, in a venv on Debian's CPython.
VENV=.venv-django
DJANGO_REQUIREMENT='Django>=5.2.17,<5.3'
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV (python3 -m venv --system-site-packages)"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
has_django_52() {
  "$VENV/bin/python" - <<'PY' 2>/dev/null
import sys, django, redis, pymemcache
sys.exit(0 if (5, 2, 17) <= django.VERSION[:3] and django.VERSION[:2] == (5, 2) else 1)
PY
}
if ! has_django_52; then
  echo "setup: pip install $DJANGO_REQUIREMENT into $VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "$DJANGO_REQUIREMENT"
  # Where the system has no redis or pymemcache module (not Debian), pip brings them.
  "$VENV/bin/python" -c 'import redis' 2>/dev/null || "$VENV/bin/pip" install --quiet --disable-pip-version-check redis
  "$VENV/bin/python" -c 'import pymemcache' 2>/dev/null || "$VENV/bin/pip" install --quiet --disable-pip-version-check pymemcache
  has_django_52 || { echo "setup: $VENV still has no Django 5.2 with redis and pymemcache" >&2; exit 1; }
fi
# gunicorn serves Django to bench/load.ts as it is deployed (2 sync workers); only that benchmark
# uses it, and without it the benchmark falls back to the adapter's development server.
"$VENV/bin/python" -c 'import gunicorn' 2>/dev/null || "$VENV/bin/pip" install --quiet --disable-pip-version-check gunicorn \
  || echo "setup: gunicorn could not be installed into $VENV; bench/load.ts will serve Django with its development server" >&2
echo "setup: done ($("$VENV/bin/python" -c 'import django; print("Django", django.get_version())') in $VENV)"
