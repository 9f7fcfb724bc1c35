#!/usr/bin/env bash
# The stores the session engines are tested against, on loopback: Redis, memcached, PostgreSQL.
#
#   scripts/services.sh start [--install] [redis|memcached|postgres ...]
#   scripts/services.sh stop  [redis|memcached|postgres ...]
#   scripts/services.sh status
#
# start: a store already answering on its port is used as it is (the machine's own, or one
# started earlier); otherwise this script starts one and records its pidfile under .run/.
# PostgreSQL is then a cluster of its own in .run/postgres-<port> (trust auth, user postgres).
# stop: stops only what this script started (a pidfile under .run/ whose process is alive),
# never the machine's own services. Both are idempotent: running them twice changes nothing.
# --install: apt-get install the Debian packages of missing servers (memcached, redis-server,
# postgresql); without it a missing server is an error that says how to install it.
# Env: REDIS_PORT (6379), MEMCACHED_PORT (11211), POSTGRES_PORT (5432), RUN_DIR (<repo>/.run).
set -euo pipefail
cd "$(dirname "$0")/.."

REDIS_PORT=${REDIS_PORT:-6379}
MEMCACHED_PORT=${MEMCACHED_PORT:-11211}
POSTGRES_PORT=${POSTGRES_PORT:-5432}
RUN_DIR=${RUN_DIR:-$PWD/.run}
ALL=(redis memcached postgres)

command=${1:-status}
shift || true
install=false
services=()
for arg in "$@"; do
  case "$arg" in
    --install) install=true ;;
    redis|memcached|postgres) services+=("$arg") ;;
    *) echo "services.sh: unknown argument '$arg' (expected --install, redis, memcached or postgres)" >&2; exit 2 ;;
  esac
done
[ ${#services[@]} -gt 0 ] || services=("${ALL[@]}")

port_of() { case "$1" in redis) echo "$REDIS_PORT" ;; memcached) echo "$MEMCACHED_PORT" ;; postgres) echo "$POSTGRES_PORT" ;; esac; }
pidfile_of() { echo "$RUN_DIR/$1-$(port_of "$1").pid"; }
pgdata() { echo "$RUN_DIR/postgres-$POSTGRES_PORT"; }

# Answers a real request of the store's protocol, not only a TCP accept.
ask() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && printf '$2' >&3 && head -c ${#3} <&3" 2>/dev/null | grep -q "$3"; }
is_up() {
  case "$1" in
    redis) ask "$REDIS_PORT" 'PING\r\n' '+PONG' ;;
    memcached) ask "$MEMCACHED_PORT" 'version\r\n' 'VERSION' ;;
    postgres)
      if command -v pg_isready >/dev/null; then pg_isready -q -h 127.0.0.1 -p "$POSTGRES_PORT"
      else timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$POSTGRES_PORT" 2>/dev/null; fi ;;
  esac
}
# Ours: a pidfile under RUN_DIR whose process still runs.
is_ours() { local f; f=$(pidfile_of "$1"); [ -s "$f" ] && kill -0 "$(head -n 1 "$f")" 2>/dev/null; }

wait_for() { # wait_for up|down SERVICE: 100 checks, 0.1 s apart
  for _ in $(seq 1 100); do
    if is_up "$2"; then [ "$1" = up ] && return 0; else [ "$1" = down ] && return 0; fi
    sleep 0.1
  done
  echo "services.sh: $2 on 127.0.0.1:$(port_of "$2") did not come $1 within 10 s (log: $RUN_DIR/$2-$(port_of "$2").log)" >&2
  return 1
}

package_of() { case "$1" in redis) echo redis-server ;; memcached) echo memcached ;; postgres) echo postgresql ;; esac; }
binary_of() {
  case "$1" in
    redis) command -v redis-server ;;
    memcached) command -v memcached ;;
    postgres) command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1 ;;
  esac
}
require() {
  [ -n "$(binary_of "$1" || true)" ] && return 0
  if ! $install; then
    echo "services.sh: $1 is not installed; run 'scripts/services.sh start --install' (apt-get install -y $(package_of "$1"))" >&2
    return 1
  fi
  echo "services.sh: installing $(package_of "$1")"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$(package_of "$1")" >/dev/null \
    || { apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$(package_of "$1")" >/dev/null; }
}

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
as_pg_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

launch() {
  local port pidfile log
  port=$(port_of "$1"); pidfile=$(pidfile_of "$1"); log="$RUN_DIR/$1-$port.log"
  case "$1" in
    redis)
      redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
        --pidfile "$pidfile" --logfile "$log" --dir "$RUN_DIR" ;;
    memcached)
      local user=(); [ "$(id -u)" = 0 ] && user=(-u root)
      memcached -d "${user[@]}" -l 127.0.0.1 -p "$port" -U 0 -m 64 -P "$pidfile" >>"$log" 2>&1 ;;
    postgres)
      local bin data; bin=$(dirname "$(binary_of postgres)"); data=$(pgdata)
      if [ ! -s "$data/PG_VERSION" ]; then
        mkdir -p "$data"
        [ "$(id -u)" = 0 ] && chown postgres "$data"
        as_pg_owner "$bin/initdb" -D "$data" -A trust -U postgres >>"$log" 2>&1
      fi
      [ "$(id -u)" = 0 ] && touch "$log" && chown postgres "$log"
      as_pg_owner "$bin/pg_ctl" -D "$data" -l "$log" -w \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1" start >/dev/null
      head -n 1 "$data/postmaster.pid" >"$pidfile" ;;
  esac
}

start_one() {
  if is_up "$1"; then
    is_ours "$1" && echo "$1: already running (started by this script)" || echo "$1: already answering on 127.0.0.1:$(port_of "$1"), using it"
    return 0
  fi
  require "$1"
  launch "$1"
  wait_for up "$1"
  echo "$1: started on 127.0.0.1:$(port_of "$1") (pid $(head -n 1 "$(pidfile_of "$1")"))"
}

stop_one() {
  local pidfile; pidfile=$(pidfile_of "$1")
  if ! is_ours "$1"; then
    rm -f "$pidfile"
    is_up "$1" && echo "$1: not started by this script, left alone" || echo "$1: not running"
    return 0
  fi
  if [ "$1" = postgres ]; then
    as_pg_owner "$(dirname "$(binary_of postgres)")/pg_ctl" -D "$(pgdata)" -m fast -w stop >/dev/null
  else
    kill "$(head -n 1 "$pidfile")"
  fi
  wait_for down "$1"
  rm -f "$pidfile"
  echo "$1: stopped"
}

status_one() {
  local state=down
  is_up "$1" && { is_ours "$1" && state="up (started by this script, pid $(head -n 1 "$(pidfile_of "$1")"))" || state="up (not started by this script)"; }
  echo "$1 127.0.0.1:$(port_of "$1"): $state"
}

mkdir -p "$RUN_DIR"
case "$command" in
  start) for s in "${services[@]}"; do start_one "$s"; done ;;
  stop) for s in "${services[@]}"; do stop_one "$s"; done ;;
  status) for s in "${services[@]}"; do status_one "$s"; done ;;
  *) echo "usage: scripts/services.sh start [--install] [redis|memcached|postgres ...] | stop [...] | status" >&2; exit 2 ;;
esac
