#!/usr/bin/env bash
# Every test suite on both database backends (PostgreSQL and the embedded default), then the browser tests.
# Provisions what it needs, idempotently: dependencies, a throwaway PostgreSQL on its own loopback
# port (installed with apt when missing) unless DATABASE_URL names a server to use instead, and Debian's
# Chromium with a CJK font for the browser tests (installed with apt when missing).
# Each stage has a time limit, so a hang fails instead of waiting forever.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
PNPM=(npx -y pnpm@12.4.2)

stage() {
  local name=$1 limit=$2 started
  shift 2
  started=$(date +%s)
  echo "▶ ${name}"
  if ! timeout --kill-after=30s "$limit" "$@"; then
    echo "✗ ${name} failed or exceeded ${limit}" >&2
    return 1
  fi
  echo "✓ ${name} ($(($(date +%s) - started)) s)"
}

stage "install dependencies" 10m "${PNPM[@]}" install --frozen-lockfile
stage "build" 10m "${PNPM[@]}" exec turbo run build --output-logs=errors-only
stage "typecheck" 10m "${PNPM[@]}" exec turbo run typecheck --output-logs=errors-only
stage "lint" 10m "${PNPM[@]}" exec turbo run lint --output-logs=errors-only

if [ -n "${DATABASE_URL:-}" ]; then
  # The suites create and drop their own databases on this server.
  export TEST_DATABASE_URL="$DATABASE_URL"
else
  # shellcheck source=lib/postgres.sh
  source scripts/lib/postgres.sh
  # `timeout` runs programs, not shell functions: start the server from a fresh shell.
  stage "start PostgreSQL on 127.0.0.1:${PG_PORT}" 12m bash -c "source scripts/lib/postgres.sh && pg_start"
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:${PG_PORT}/postgres"
  trap pg_stop EXIT
fi

stage "tests (domain, database layer, API on PostgreSQL and embedded)" 40m \
  "${PNPM[@]}" exec turbo run test --concurrency=1 --output-logs=full

# The console in a real browser against the built server (its own embedded database in a temp folder).
stage "Chromium and CJK font for the browser tests" 12m bash -c "source scripts/lib/browser.sh && browser_install_if_missing"
stage "browser tests (console in Chromium)" 15m "${PNPM[@]}" --filter @gdp/admin run test:e2e
echo "All tests passed."
