#!/usr/bin/env bash
# Season reset benchmark. Usage: bench/reset/run.sh path/to/anzan [N …]   (default N: 100 1000)
# For each N (students × 20 sessions × 20 attempts, 5 paper attempts, 3 rewards and their ledger
# rows), on fresh copies of one generated file, times:
#   anzan reset-progress --yes --no-backup      the reset
#   anzan reset-progress --yes                  the reset with its verified backup
#   raw_reset.sql through sqlite3, FK on / off  the floor (secure_delete FAST, as the server)
#   the same, FK off, secure_delete ON          Debian's default: every freed page zeroed
#   cp of the file                              the copy floor
#   PRAGMA integrity_check of the copy          what verifying a backup must cost at least
# and prints a markdown table. Each figure is the best of RUNS (default 3) runs.
set -euo pipefail
anzan=$(realpath "$1")
shift
sizes=${*:-100 1000}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/anzan-reset-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

ms_now() { date +%s%N; }
# best_of "command" ["untimed setup"] → milliseconds (best of $runs), on a fresh copy each time.
best_of() {
    local best=999999999 i start end ms
    for i in $(seq 1 "$runs"); do
        rm -rf "$work/run" && mkdir "$work/run"
        cp "$work/base.db" "$work/run/a.db"
        [ -n "${2:-}" ] && eval "$2"
        sync
        start=$(ms_now)
        eval "$1" >/dev/null 2>&1
        end=$(ms_now)
        ms=$(( (end - start) / 1000000 ))
        [ "$ms" -lt "$best" ] && best=$ms
    done
    echo "$best"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "n/a"; else printf "%.2f", a / b }'; }

echo "| students | attempts | DB size | reset --no-backup | reset with backup | raw SQL FK on | raw SQL FK off | raw SQL FK off, secure_delete ON | cp | integrity_check of the copy | no-backup / fastest floor | with backup / (fastest floor + cp) | with backup / (fastest floor + cp + integrity_check) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
    "$here/generate.sh" "$anzan" "$work/base.db" "$n" >/dev/null
    attempts=$(sqlite3 "$work/base.db" 'SELECT COUNT(*) FROM attempts')
    size=$(du -m "$work/base.db" | cut -f1)
    url="sqlite:///$work/run/a.db"
    reset=$(best_of "'$anzan' reset-progress --yes --no-backup --database-url '$url' --env-file /dev/null")
    backup=$(best_of "'$anzan' reset-progress --yes --database-url '$url' --env-file /dev/null")
    fk_on=$(best_of "{ echo 'PRAGMA foreign_keys = ON;'; cat '$here/raw_reset.sql'; } | sqlite3 '$work/run/a.db'")
    fk_off=$(best_of "{ echo 'PRAGMA foreign_keys = OFF;'; cat '$here/raw_reset.sql'; } | sqlite3 '$work/run/a.db'")
    zeroed=$(best_of "{ echo 'PRAGMA foreign_keys = OFF;'; sed 's/secure_delete = FAST/secure_delete = ON/' '$here/raw_reset.sql'; } | sqlite3 '$work/run/a.db'")
    copy=$(best_of "cp '$work/run/a.db' '$work/run/copy.db'")
    # As the backup check runs it: the copy of a checkpointed file, read through a memory map.
    check=$(best_of "sqlite3 '$work/run/copy.db' 'PRAGMA mmap_size = 2147418112; PRAGMA integrity_check'" \
                    "cp '$work/run/a.db' '$work/run/copy.db'")
    floor=$(( fk_on < fk_off ? fk_on : fk_off ))
    echo "| $n | $attempts | ${size} MB | $reset ms | $backup ms | $fk_on ms | $fk_off ms | $zeroed ms | $copy ms | $check ms | $(ratio "$reset" "$floor") | $(ratio "$backup" $((floor + copy))) | $(ratio "$backup" $((floor + copy + check))) |"
done
