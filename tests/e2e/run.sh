#!/usr/bin/env bash
# Browser end-to-end tests: a real `anzan serve` on a fresh SQLite database with demo data and the
# built web app, driven by Debian's Chromium through playwright-core (node --test).
# Usage: tests/e2e/run.sh path/to/anzan
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
anzan=$(realpath "$1")
password="e2e-password-1"
export ANZAN_WEB_DIR="$root/web/dist"
source "$root/scripts/demo-server.sh"
start_demo_server "$anzan" "$password"
export ANZAN_E2E_URL="$base_url"
export ANZAN_E2E_ADMIN_EMAIL="admin@anzan.demo" ANZAN_E2E_ADMIN_PASSWORD="$password"
export ANZAN_E2E_TEACHER_EMAIL="teacher@anzan.demo" ANZAN_E2E_STUDENT_EMAIL="student1@anzan.demo"
export ANZAN_E2E_PASSWORD="$password"
cd "$root/tests/e2e"
node --test --test-concurrency=1 ./*.test.mjs
