#!/usr/bin/env bash
# The unit and API tests of the sanitizer build (AddressSanitizer + UndefinedBehaviorSanitizer).
# API tests run on SQLite here; PostgreSQL runs them in the normal build.
# Usage: tests/sanitizers/run.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: tests/sanitizers/run.sh BUILD_DIR}")
source "$(dirname "$0")/env.sh"
echo "== Unit tests under ASan + UBSan"
(cd "$build" && ctest --output-on-failure)
echo "== API tests under ASan + UBSan (SQLite)"
"$build/api_tests" --gtest_brief=1
