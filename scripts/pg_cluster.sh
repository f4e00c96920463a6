#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb in a
# temporary directory, listening only on a Unix socket inside it, with trust
# authentication for the superuser `parley` (nobody else can reach the
# socket directory). Run as root, the server runs as the unprivileged
# `postgres` account (or `nobody`), as PostgreSQL requires.
#   pg_cluster.sh start DIR [replica]   initdb + start; prints the conninfo;
#                                       with `replica`, also a streaming
#                                       standby in DIR/replica (conninfo on
#                                       the second line)
#   pg_cluster.sh stop DIR              stops the servers and removes DIR
#   pg_cluster.sh bindir                prints the server's bin directory, or
#                                       fails when PostgreSQL is not installed
# Settings favour speed over durability (fsync off): the data is thrown away.
set -euo pipefail

bindir() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id -u "$user" >/dev/null 2>&1 || user=nobody
    # From /: PostgreSQL's programs fail when they cannot read the current
    # directory, which the owner may not (a checkout under /root).
    (cd / && setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups -- "$@")
  else
    "$@"
  fi
}

owner_chown() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id -u "$user" >/dev/null 2>&1 || user=nobody
    chown -R "$user:$(id -g "$user")" "$@"
  fi
}

start() {
  local dir replica=${2:-}
  dir=$(realpath -m "$1")
  local bin
  bin=$(bindir) || { echo "pg_cluster: PostgreSQL server not installed" >&2; return 1; }
  mkdir -p "$dir"
  owner_chown "$dir"
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U parley -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$dir'
port = 5432
max_connections = 400
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = replica
max_wal_senders = 4
hot_standby = on
log_min_messages = warning
log_min_duration_statement = -1
EOF
  echo "local replication parley trust" >>"$dir/data/pg_hba.conf"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    { cat "$dir/server.log" >&2; return 1; }
  echo "host=$dir port=5432 user=parley dbname=postgres"
  if [ "$replica" = replica ]; then
    as_owner "$bin/pg_basebackup" -h "$dir" -p 5432 -U parley -D "$dir/replica" -R -X stream \
      --no-sync >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; return 1; }
    cat >>"$dir/replica/postgresql.conf" <<EOF
port = 5433
EOF
    as_owner "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 60 start >/dev/null ||
      { cat "$dir/replica.log" >&2; return 1; }
    echo "host=$dir port=5433 user=parley dbname=postgres"
  fi
}

stop() {
  local dir bin
  dir=$(realpath -m "$1")
  bin=$(bindir) || true
  if [ -n "$bin" ]; then
    for d in "$dir/replica" "$dir/data"; do
      [ -f "$d/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$d" -m immediate -w stop \
        >/dev/null 2>&1 || true
    done
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "$2" "${3:-}" ;;
  stop) stop "$2" ;;
  bindir) bindir ;;
  *) echo "usage: $0 start DIR [replica] | stop DIR | bindir" >&2; exit 2 ;;
esac
