#!/usr/bin/env bash
# Instructions per request, counted by callgrind: repeatable whatever else the machine is doing,
# so two builds can be compared exactly (wall-clock figures on a shared 2-core machine move by
# ±20 % between runs). The server runs under valgrind with counting switched on only around each
# route's loop of requests (one keep-alive connection).
# Usage: bench/request_instructions.sh BUILD_DIR [BASELINE_BUILD_DIR]   → markdown on stdout
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
requests=${REQUEST_COUNT:-1000}

# Prints "route instructions-per-request" lines for one anzan binary.
measure() {
  local anzan=$1 work port pid
  work=$(mktemp -d /tmp/anzan-instr-XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  export DATABASE_URL="sqlite:///$work/demo.db" SECRET_KEY="throwaway-secret-key-long-enough-0123456789" ANZAN_ENV=production
  "$anzan" seed-demo --password bench-password-1 >/dev/null
  cd "$work"
  valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/cg.%p" \
    "$anzan" serve --host 127.0.0.1 --port "$port" --no-access-log >"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done
  python3 "$here/request_loop.py" "$port" "$requests" bench-password-1 "$work" "$pid"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}

echo "### Instructions per request (callgrind, $requests requests per route on one connection)"
echo
if [[ -n "${2:-}" ]]; then
  paste <(measure "$(realpath "$2")/anzan") <(measure "$(realpath "$1")/anzan") | awk -v n="$requests" '
    BEGIN { print "| route | baseline | this build | this ÷ baseline |"; print "|---|---:|---:|---:|" }
    { gsub("_", " ", $1); if ($2 == 0) printf "| %s | (no such route) | %d | |\n", $1, $4;
      else printf "| %s | %d | %d | %.2f |\n", $1, $2, $4, $4 / $2 }'
else
  measure "$(realpath "$1")/anzan" | awk '
    BEGIN { print "| route | instructions |"; print "|---|---:|" }
    { gsub("_", " ", $1); printf "| %s | %d |\n", $1, $2 }'
fi
