#!/usr/bin/env bash
# HTTP benchmark of the foundation: the bare in-process ping route (the server's own cost), the
# health check (one database round trip) and GET /api/users/me with a token (token check + two
# indexed reads on statements prepared once per connection), measured with wrk on loopback in one
# run, reported as ratios to ping.
# Usage: bench/http_bench.sh BUILD_DIR   → markdown on stdout
set -euo pipefail
build=$(realpath "${1:-build}")
duration=${BENCH_SECONDS:-8}
source "$(dirname "$0")/../scripts/demo-server.sh"
start_demo_server "$build/anzan" bench-password-1
sleep 1
idle_rss_kib=$(ps -o rss= -p "$server" | tr -d ' ')
token=$(login_token student1@anzan.demo bench-password-1)

# wrk prints latency percentiles with --latency; we keep req/s, p50 and p99 (in ms).
measure() {
  local name=$1 path=$2; shift 2
  wrk -t2 -c32 -d"${duration}s" --latency "$@" "http://127.0.0.1:$port$path" >"$work/$name.txt"
  python3 - "$work/$name.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def ms(label):
    m = re.search(label + r"%\s+([\d.]+)(us|ms|s)", text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {non2xx.group(1) if non2xx else 0}")
PY
}
read -r ping_rps ping_p50 ping_p99 ping_bad < <(measure ping /api/ping)
read -r health_rps health_p50 health_p99 health_bad < <(measure health /api/health)
read -r me_rps me_p50 me_p99 me_bad < <(measure me /api/users/me -H "Authorization: Bearer $token")
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
echo "### HTTP (wrk -t2 -c32 -d${duration}s, loopback, SQLite, $(nproc) cores; wrk shares the cores)"
echo
echo "| route | req/s | p50 ms | p99 ms | non-2xx | ping req/s ÷ route req/s |"
echo "|---|---|---|---|---|---|"
echo "| GET /api/ping (bare, in-process) | $ping_rps | $ping_p50 | $ping_p99 | $ping_bad | 1.00 |"
echo "| GET /api/health | $health_rps | $health_p50 | $health_p99 | $health_bad | $(ratio "$ping_rps" "$health_rps") |"
echo "| GET /api/users/me (token) | $me_rps | $me_p50 | $me_p99 | $me_bad | $(ratio "$ping_rps" "$me_rps") |"
echo
echo "Idle RSS after start-up: $((idle_rss_kib / 1024)) MiB ($idle_rss_kib KiB). Targets: users/me ≥ 10,000 req/s and within 3× of ping; idle RSS < 30 MiB."
