# Shared helpers for the season reset tests (sourced by run.sh and the test files).
# Each test is a function; `check` records a failure without stopping the others.
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GENERATE="$ROOT/bench/reset/generate.sh"
EXPECTED="$ROOT/tests/fixtures/reset_guide_expected.txt"
PASSED=0
FAILED=0
CURRENT=""

check() {  # check "what" command…
    local what=$1
    shift
    if "$@"; then return 0; fi
    echo "    ✗ $CURRENT: $what" >&2
    CURRENT_FAILED=1
}

run_test() {
    CURRENT=$1
    CURRENT_FAILED=0
    WORK=$(mktemp -d /tmp/anzan-seasons-XXXXXX)
    "$1"
    if [ "$CURRENT_FAILED" = 0 ]; then
        PASSED=$((PASSED + 1))
        echo "ok   $1"
        rm -rf "$WORK"
    else
        FAILED=$((FAILED + 1))
        echo "FAIL $1 (files kept in $WORK)"
    fi
}

url() { echo "sqlite:///$1"; }
anzan_on() {  # anzan_on DB subcommand args…
    local db=$1 sub=$2
    shift 2
    "$ANZAN" "$sub" --database-url "$(url "$db")" --env-file /dev/null "$@"
}

# "sessions|attempts|papers|rewards|logs|streaks|points|leaderboard points" of a database.
progress_counts() {
    sqlite3 "$1" "SELECT (SELECT COUNT(*) FROM practice_sessions) || '|' || (SELECT COUNT(*) FROM attempts) || '|' ||
                         (SELECT COUNT(*) FROM paper_attempts) || '|' || (SELECT COUNT(*) FROM rewards) || '|' ||
                         (SELECT COUNT(*) FROM points_logs) || '|' || (SELECT COUNT(*) FROM streak_days) || '|' ||
                         (SELECT COALESCE(SUM(total_points), 0) FROM users) || '|' ||
                         (SELECT COALESCE(SUM(total_points), 0) FROM leaderboard) || '|' ||
                         (SELECT COUNT(*) FROM seasons) || '|' || (SELECT COUNT(*) FROM admin_audit_log)"
}
reset_counts() { echo "0|0|0|0|0|0|0|0|1|1"; }

integrity_ok() { [ "$(sqlite3 "$1" 'PRAGMA integrity_check')" = "ok" ]; }
anzan_check_ok() { anzan_on "$1" check >/dev/null; }

# Every line of the guide's example output appears in the transcript, in order.
guide_lines_in_order() {
    python3 - "$EXPECTED" "$1" <<'PY'
import sys
expected = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
actual = open(sys.argv[2], encoding="utf-8").read().split("\n")
pos = 0
for line in expected:
    while pos < len(actual) and actual[pos] != line:
        pos += 1
    if pos == len(actual):
        print(f"    missing or out of order: {line!r}", file=sys.stderr)
        sys.exit(1)
    pos += 1
PY
}
