#!/usr/bin/env bash
# Runs every libFuzzer target over its committed corpus for a fixed number of inputs; any crash,
# sanitizer report, 500 or time-out fails the run and leaves the input under $FUZZ_OUT.
# Usage: tests/fuzz/run.sh BUILD_DIR            (BUILD_DIR configured with -DANZAN_FUZZ=ON)
#        FUZZ_SCALE=100 tests/fuzz/run.sh ...   (100× the runs, for a longer hunt; see docs/security.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:?usage: tests/fuzz/run.sh BUILD_DIR}")
source "$root/tests/sanitizers/env.sh"
scale=${FUZZ_SCALE:-1}
out=${FUZZ_OUT:-$(mktemp -d /tmp/anzan-fuzz-XXXXXX)}
# Inputs per target in `make test`: about 80 s in all on 2 cores (the sanitizer build is -O0).
declare -A runs=([web_path]=300000 [json_body]=30000 [tokens]=150000 [paper_config]=6000 [routes]=2500)
declare -A max_len=([web_path]=512 [json_body]=8192 [tokens]=2048 [paper_config]=4096 [routes]=4096)
failed=0
for target in web_path json_body tokens paper_config routes; do
  binary="$build/fuzz_$target"
  [[ -x "$binary" ]] || { echo "fuzz: $binary is not built" >&2; exit 1; }
  work="$out/$target"
  mkdir -p "$work/new"
  n=$((runs[$target] * scale))
  start=$(date +%s)
  # New inputs go to $work/new; the committed corpus is only read.
  if "$binary" -runs="$n" -max_len="${max_len[$target]}" -timeout=60 -rss_limit_mb=2048 \
       -artifact_prefix="$work/" -print_final_stats=1 "$work/new" "$root/tests/fuzz/corpus/$target" \
       >"$work/log.txt" 2>&1; then
    execs=$(grep -m1 'stat::number_of_executed_units' "$work/log.txt" | awk '{print $2}')
    echo "fuzz: $target ok ($execs inputs, $(( $(date +%s) - start )) s)"
  else
    echo "fuzz: $target FAILED; input and log in $work" >&2
    tail -40 "$work/log.txt" >&2
    failed=1
  fi
done
[[ $failed -eq 0 ]] && rm -rf "$out"
exit $failed
