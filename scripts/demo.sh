#!/usr/bin/env bash
# Installs, builds and starts the whole system on the embedded database with demo data, on one port.
# Console at http://localhost:4000/, GraphQL at /graphql; demo credentials are printed at start.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM=(npx -y pnpm@12.4.2)
"${PNPM[@]}" install --frozen-lockfile
"${PNPM[@]}" exec turbo run build --output-logs=errors-only
export NODE_ENV="${NODE_ENV:-production}"
export DEMO_MODE="${DEMO_MODE:-true}"
export DATA_DIR="${DATA_DIR:-$PWD/.data}"
export PORT="${PORT:-4000}"
exec node apps/api/dist/main.js
