#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests (never a mock): Debian's `postgresql` package, a cluster in a temp folder.
#   postgres.sh install        installs Debian's postgresql when no initdb is found (needs root: .ci/run runs as root)
#   postgres.sh start <dir> [owner-pid]
#                              installs if needed, creates a cluster in <dir> (fsync off), starts it on a free port of
#                              127.0.0.1 and prints the port; user postgres, trust authentication, no password. With
#                              owner-pid (the test process), a detached watcher stops the cluster and removes <dir> once
#                              that process ends, however it ends (kill -9 included: .NET's ProcessExit does not always run)
#   postgres.sh restart <dir> <port>  stops the cluster (fast) and starts it again on the same port, data kept
#   postgres.sh halt <dir> / resume <dir> <port>      the two halves of restart (a test holds the database down)
#   postgres.sh stop <dir>     stops the cluster and removes <dir>
# initdb refuses root: as root, the cluster belongs to the 'postgres' user the package creates.
set -euo pipefail

bin_dir() {
  local initdb
  initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

install() {
  if [ -n "$(bin_dir)" ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres.sh: PostgreSQL is not installed and this user cannot install it; run as root or 'apt-get install postgresql'." >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq -o DPkg::Lock::Timeout=600 >&2
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 postgresql >&2
  [ -n "$(bin_dir)" ] || { echo "postgres.sh: installed postgresql but found no /usr/lib/postgresql/*/bin/initdb." >&2; exit 2; }
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# The start time of process $1 (field 22 of /proc/PID/stat, after the command name), empty when it is gone: a pid
# reused by another process after the owner ended does not keep the cluster alive.
started_at() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  echo "$stat" | cut -d' ' -f20
}

# Runs detached (own session, no inherited output): stops the cluster in $1 once process $2 ends, or exits when the
# folder was removed (stopped by 'stop').
watch() {
  local dir=$1 pid=$2 born
  born=$(started_at "$pid")
  while [ -n "$born" ] && [ "$(started_at "$pid")" = "$born" ] && [ -d "$dir" ]; do
    sleep 2
  done
  if [ -d "$dir" ]; then
    stop "$dir" >/dev/null 2>&1 || true
  fi
}

start_watcher() {
  local dir=$1 pid=$2
  setsid bash "${BASH_SOURCE[0]}" watch "$dir" "$pid" </dev/null >/dev/null 2>&1 &
}

start() {
  local dir=$1 owner=${2:-} bin port attempt
  if [ -n "$owner" ] && ! [[ "$owner" =~ ^[0-9]+$ ]]; then
    echo "postgres.sh: start: the owner must be a process id, not '$owner'." >&2
    exit 1
  fi
  install
  bin=$(bin_dir)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 3; }
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 20000))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >&2; then
      if [ -n "$owner" ]; then start_watcher "$dir" "$owner"; fi
      echo "$port"
      return 0
    fi
  done
  echo "postgres.sh: the cluster in $dir did not start (see $dir/server.log):" >&2
  tail -n 20 "$dir/server.log" >&2 || true
  exit 4
}

halt() {
  as_owner "$(bin_dir)/pg_ctl" -D "$1/data" -m fast -w stop >&2
}

resume() {
  local dir=$1 port=$2
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
    "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2
}

stop() {
  local dir=$1 bin
  bin=$(bin_dir)
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) install ;;
  start) start "${2:?start needs a folder}" "${3:-}" ;;
  watch) watch "${2:?watch needs a folder}" "${3:?watch needs the owner process id}" ;;
  restart) halt "${2:?restart needs a folder}"; resume "$2" "${3:?restart needs the port}" ;;
  halt) halt "${2:?halt needs a folder}" ;;
  resume) resume "${2:?resume needs a folder}" "${3:?resume needs the port}" ;;
  stop) stop "${2:?stop needs a folder}" ;;
  *) echo "usage: postgres.sh install | start <dir> [owner-pid] | restart|resume <dir> <port> | halt <dir> | stop <dir>" >&2; exit 1 ;;
esac
