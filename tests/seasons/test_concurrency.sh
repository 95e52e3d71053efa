# A reset while another process keeps crediting practice (sourced by run.sh).

concurrent_reset() {  # concurrent_reset EXTRA_FLAGS…
    "$GENERATE" "$ANZAN" "$WORK/a.db" 500 >/dev/null
    python3 "$HERE/writer.py" "$WORK/a.db" "$WORK/stop" "$WORK/started" >"$WORK/writer.out" 2>"$WORK/writer.err" &
    local writer=$! waited=0
    while [ ! -e "$WORK/started" ] && [ $waited -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
    check "writer started" [ -e "$WORK/started" ]
    anzan_on "$WORK/a.db" reset-progress --yes "$@" >"$WORK/out.txt" 2>&1
    check "reset exit 0" [ $? = 0 ]
    sleep 0.5  # the writer keeps going after the reset
    touch "$WORK/stop"
    wait "$writer"
    check "writer had no errors" [ "$(cut -d' ' -f2 "$WORK/writer.out")" = 0 ]
    check "anzan check passes" anzan_check_ok "$WORK/a.db"
    check "no pre-reset session survives" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM practice_sessions WHERE operation_type <> 'concurrent'")" = 0 ]
    check "writer committed after the reset" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM practice_sessions')" -gt 0 ]
    # Half-reset users would keep old questions or points beside new sessions.
    check "no user half-reset" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM users u WHERE u.total_questions_attempted <>
        COALESCE((SELECT SUM(total_questions) FROM practice_sessions s WHERE s.user_id = u.id), 0)
        OR u.total_points <> COALESCE((SELECT SUM(points_earned) FROM practice_sessions s WHERE s.user_id = u.id), 0)")" = 0 ]
    local backup
    for backup in "$WORK"/a.db.backup-*; do
        [ -e "$backup" ] || continue
        check "backup intact" integrity_ok "$backup"
        # A consistent snapshot: its ledger adds up too (checked on a copy; check migrates in place).
        cp "$backup" "$WORK/snapshot.db"
        check "backup passes anzan check" anzan_check_ok "$WORK/snapshot.db"
    done
}

test_reset_during_concurrent_practice() { concurrent_reset --no-backup; }
test_reset_with_backup_during_concurrent_practice() { concurrent_reset; }

CONCURRENCY_TESTS="test_reset_during_concurrent_practice test_reset_with_backup_during_concurrent_practice"
