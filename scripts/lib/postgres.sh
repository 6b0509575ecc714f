#!/usr/bin/env bash
# Throwaway PostgreSQL on loopback for the test suites. Sourced by test-all.sh.
# Idempotent: installs the server with apt only when missing, reuses a running cluster.

PG_PORT="${GDP_TEST_PG_PORT:-55432}"
PG_ROOT="${GDP_TEST_PG_ROOT:-${TMPDIR:-/tmp}/gdp-test-pg-$PG_PORT}"

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_pg_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_install_if_missing() {
  pg_bindir >/dev/null && return 0
  echo "› PostgreSQL server not found: installing with apt"
  if [ "$(id -u)" != "0" ]; then
    echo "PostgreSQL is missing and installing it needs root (apt-get install -y postgresql)" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -y -qq >/dev/null && timeout 600 apt-get install -y -qq postgresql >/dev/null
  pg_bindir >/dev/null
}

pg_start() {
  pg_install_if_missing || return 1
  local bin; bin="$(pg_bindir)"
  mkdir -p "$PG_ROOT"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_ROOT"
  if [ ! -f "$PG_ROOT/data/PG_VERSION" ]; then
    # A UTF-8 ctype: with C, pg_trgm makes no trigrams for Chinese.
    as_pg_owner "$bin/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  if ! as_pg_owner "$bin/pg_ctl" -D "$PG_ROOT/data" status >/dev/null 2>&1; then
    as_pg_owner "$bin/pg_ctl" -D "$PG_ROOT/data" -w -t 60 -l "$PG_ROOT/server.log" \
      -o "-p $PG_PORT -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null || {
        cat "$PG_ROOT/server.log" >&2; return 1; }
  fi
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
}

pg_stop() {
  local bin; bin="$(pg_bindir)" || return 0
  [ -f "$PG_ROOT/data/PG_VERSION" ] || return 0
  as_pg_owner "$bin/pg_ctl" -D "$PG_ROOT/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
}

