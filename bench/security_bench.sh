#!/usr/bin/env bash
# Security benchmark: users/me latency while eight maximum-size PDFs render, and the server's
# memory through every attack of the security review (bench/security.py), on a demo server.
# Usage: bench/security_bench.sh BUILD_DIR   → markdown on stdout
set -euo pipefail
build=$(realpath "${1:-build}")
source "$(dirname "$0")/../scripts/demo-server.sh"
start_demo_server "$build/anzan" bench-password-1
python3 "$(dirname "$0")/security.py" "$base_url" "$server" bench-password-1
