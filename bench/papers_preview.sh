#!/usr/bin/env bash
# Throughput of POST /api/papers/preview (AB-3 preset, 100 questions, fresh seed per request):
# a real `anzan serve` on a temp SQLite database with demo data, a teacher's token, then
# `wrk -t2 -c32 -d5s --latency` with bench/preview.lua. Target: >= 2,000 req/s.
# Usage: bench/papers_preview.sh BUILD_DIR   (needs wrk, curl, python3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:?usage: bench/papers_preview.sh BUILD_DIR}")
anzan="$build/anzan"
export ANZAN_PRESETS_DIR="$root/presets"
source "$root/scripts/demo-server.sh"
start_demo_server "$anzan" bench-password-1
TOKEN=$(login_token teacher@anzan.demo bench-password-1)
export TOKEN
# One request first: fails loudly if the route is broken, and warms the generator's plan cache.
curl -sf "http://127.0.0.1:$port/api/papers/preview" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"title":"Practice Paper","level":"AB-3","blocks":[]}' >/dev/null
echo "POST /api/papers/preview (AB-3, 100 questions) on $(nproc) cores:"
wrk -t2 -c32 -d5s --latency -s "$root/bench/preview.lua" "http://127.0.0.1:$port"
