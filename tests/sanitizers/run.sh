#!/usr/bin/env bash
# The unit and API tests of the sanitizer build (AddressSanitizer + UndefinedBehaviorSanitizer).
# API tests run on SQLite here; PostgreSQL runs them in the normal build.
# Usage: tests/sanitizers/run.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: tests/sanitizers/run.sh BUILD_DIR}")
source "$(dirname "$0")/env.sh"
echo "== Unit tests under ASan + UBSan"
(cd "$build" && ctest --output-on-failure -j "$(nproc)")
# Two shards side by side: the tests mostly wait on the servers they start.
shard() { echo "GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=$1 '$build/api_tests' --gtest_brief=1"; }
"$(dirname "$0")/../../scripts/run-parallel" \
  "API tests under ASan + UBSan (SQLite), shard 1 of 2" "$(shard 0)" \
  "API tests under ASan + UBSan (SQLite), shard 2 of 2" "$(shard 1)"
