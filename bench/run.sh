#!/usr/bin/env bash
# `make bench`: every benchmark in one run; bench/RESULTS.md is rewritten with their tables.
# Usage: bench/run.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-build}")
out=$(mktemp)
{
  echo "# Benchmark results"
  echo
  echo "Written by \`make bench\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m). Figures"
  echo "are ratios measured side by side in this one run; absolute numbers move with machine load."
  echo
  echo "## Foundation"
  "$root/bench/http_bench.sh" "$build"
  echo
  echo "## Instructions per request"
  # BASELINE_BUILD=other/build make bench: the same counts for another build, side by side.
  "$root/bench/request_instructions.sh" "$build" ${BASELINE_BUILD:-}
  echo
  echo "## Security"
  "$root/bench/security_bench.sh" "$build"
  echo
  if [[ -x "$build/generator_bench" ]]; then echo "## Worksheet generator"; "$build/generator_bench"; echo; fi
  if [[ -x "$build/pdf_bench" ]]; then echo "## Worksheet PDF"; "$build/pdf_bench"; echo; fi
  if [[ -x "$root/bench/papers_preview.sh" ]]; then echo "## Preview route"; "$root/bench/papers_preview.sh" "$build"; echo; fi
  if [[ -x "$root/bench/practice/run.sh" ]]; then echo "## Practice and points"; "$root/bench/practice/run.sh" "$build"; echo; fi
  if [[ -x "$root/bench/reset/run.sh" ]]; then echo "## Season reset"; "$root/bench/reset/run.sh" "$build/anzan" ${RESET_SIZES:-100 1000 5000}; echo; fi
} | tee "$out"
cp "$out" "$root/bench/RESULTS.md"
echo "bench: wrote bench/RESULTS.md"
