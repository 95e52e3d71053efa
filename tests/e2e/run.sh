#!/usr/bin/env bash
# Browser end-to-end tests: a real `anzan serve` on a fresh SQLite database with demo data and the
# built web app, driven by Debian's Chromium through playwright-core (node --test).
# Usage: tests/e2e/run.sh path/to/anzan
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
anzan=$(realpath "$1")
work=$(mktemp -d /tmp/anzan-e2e-XXXXXX)
password="e2e-password-1"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export DATABASE_URL="sqlite:///$work/e2e.db" SECRET_KEY="e2e-secret-key-long-enough-0123456789" ANZAN_ENV=production
export ANZAN_WEB_DIR="$root/web/dist"
"$anzan" seed-demo --password "$password" >/dev/null
"$anzan" serve --host 127.0.0.1 --port "$port" --no-access-log >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 200); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 0.05
done
export ANZAN_E2E_URL="http://127.0.0.1:$port"
export ANZAN_E2E_ADMIN_EMAIL="admin@anzan.demo" ANZAN_E2E_ADMIN_PASSWORD="$password"
export ANZAN_E2E_TEACHER_EMAIL="teacher@anzan.demo" ANZAN_E2E_STUDENT_EMAIL="student1@anzan.demo"
export ANZAN_E2E_PASSWORD="$password"
cd "$root/tests/e2e"
node --test --test-concurrency=1 ./*.test.mjs
