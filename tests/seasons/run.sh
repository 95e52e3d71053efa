#!/usr/bin/env bash
# Season reset tests against a built `anzan`: the CLI transcript against the guide, cancellation,
# dry run, scope, conflicts, backup/restore, SIGKILL crash safety, concurrent writers, and the
# HTTP API during a reset (reads answer, a second reset gets 409).
# Usage: tests/seasons/run.sh path/to/anzan [test_name …]
# Needs sqlite3, python3 and flock. Prints "N passed, M failed"; exits non-zero on any failure.
set -u
ANZAN=$(realpath "${1:?usage: run.sh path/to/anzan [test …]}")
shift
. "$(dirname "$0")/lib.sh"
. "$HERE/test_cli.sh"
. "$HERE/test_crash.sh"
. "$HERE/test_concurrency.sh"
. "$HERE/test_api_during_reset.sh"
TESTS=${*:-$CLI_TESTS $CONCURRENCY_TESTS $API_TESTS $CRASH_TESTS}
for t in $TESTS; do run_test "$t"; done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
