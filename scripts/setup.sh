#!/usr/bin/env bash
# Installs what sessionspec's tests need on a fresh Debian machine; safe to run again.
#   Debian packages through apt-get, only when missing; node modules through npm ci,
#   only when package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

node -e 'const [M,m]=process.versions.node.split(".").map(Number); process.exit(M>20||(M===20&&m>=18)?0:1)' \
  || { echo "setup: sessionspec needs Node.js >= 20.18, this machine has $(node -v)" >&2; exit 1; }

# Build tools for better-sqlite3 (compiled from source: no prebuilt download is reachable).
APT_PACKAGES=(python3 make g++ chromium python3-django python3-pymemcache python3-flask memcached ${SESSIONSPEC_EXTRA_APT_PACKAGES:-})  # django target: adapters/django
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
echo "setup: done"
