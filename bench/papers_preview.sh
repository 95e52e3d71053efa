#!/usr/bin/env bash
# Throughput of POST /api/papers/preview (AB-3 preset, 100 questions, fresh seed per request):
# a real `anzan serve` on a temp SQLite database with demo data, a teacher's token, then
# `wrk -t2 -c32 -d5s --latency` with bench/preview.lua. Target: >= 2,000 req/s.
# Usage: bench/papers_preview.sh BUILD_DIR   (needs wrk, curl, python3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:?usage: bench/papers_preview.sh BUILD_DIR}")
anzan="$build/anzan"
work=$(mktemp -d /tmp/anzan-bench-XXXXXX)
password="bench-password-1"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export DATABASE_URL="sqlite:///$work/bench.db" SECRET_KEY="bench-secret-key-long-enough-0123456789" ANZAN_ENV=production
export ANZAN_PRESETS_DIR="$root/presets"
"$anzan" seed-demo --password "$password" >/dev/null
"$anzan" serve --host 127.0.0.1 --port "$port" --no-access-log >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 200); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 0.05
done
TOKEN=$(curl -sf "http://127.0.0.1:$port/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"teacher@anzan.demo\",\"password\":\"$password\"}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
export TOKEN
# One request first: fails loudly if the route is broken, and warms the generator's plan cache.
curl -sf "http://127.0.0.1:$port/api/papers/preview" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"title":"Practice Paper","level":"AB-3","blocks":[]}' >/dev/null
echo "POST /api/papers/preview (AB-3, 100 questions) on $(nproc) cores:"
wrk -t2 -c32 -d5s --latency -s "$root/bench/preview.lua" "http://127.0.0.1:$port"
