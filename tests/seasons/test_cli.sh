# CLI behaviour of `anzan reset-progress`, `anzan backup` and `anzan restore` (sourced by run.sh).

# The guide's own scenario: 100 users (98 students, an admin and a teacher), 1234 sessions, 567
# paper attempts, 890 rewards, 100 leaderboard rows, so the guide's example lines match literally.
guide_db() { "$GENERATE" "$ANZAN" "$1" 98 2 1234 2 567 890 >/dev/null; }

test_transcript_matches_the_guide() {
    guide_db "$WORK/a.db"
    printf 'RESET\n' | anzan_on "$WORK/a.db" reset-progress >"$WORK/out.txt" 2>"$WORK/err.txt"
    check "exit status 0" [ $? = 0 ]
    check "every guide line in order" guide_lines_in_order "$WORK/out.txt"
    check "counts after reset" [ "$(progress_counts "$WORK/a.db")" = "$(reset_counts)" ]
    check "anzan check passes" anzan_check_ok "$WORK/a.db"
    check "98 standings archived" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM season_standings')" = 98 ]
    check "user columns zeroed" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM users WHERE total_points <> 0 OR current_streak <> 0
        OR longest_streak <> 0 OR last_practice_date IS NOT NULL OR total_questions_attempted <> 0")" = 0 ]
    check "leaderboard zeroed" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM leaderboard WHERE total_points <> 0
        OR weekly_points <> 0 OR rank IS NOT NULL OR weekly_rank IS NOT NULL")" = 0 ]
    check "profiles kept" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM student_profiles')" = 98 ]
    local backup
    backup=$(ls "$WORK"/a.db.backup-* 2>/dev/null | head -1)
    check "backup written" [ -n "$backup" ]
    check "backup intact" integrity_ok "$backup"
    check "no companion files beside the backup" [ "$(ls "$WORK" | grep -c 'backup')" = 1 ]
    check "backup holds the old data" [ "$(sqlite3 "$backup" 'SELECT COUNT(*) FROM practice_sessions')" = 1234 ]
    check "audit row names the OS user" [ "$(sqlite3 "$WORK/a.db" "SELECT actor_os_user FROM admin_audit_log WHERE action = 'reset_progress'")" = "$(id -un)" ]
    check "nothing on stderr in a pipe" [ ! -s "$WORK/err.txt" ]
}

test_ranks_are_competition_ranks() {
    guide_db "$WORK/a.db"
    # Give two students the same, highest balance (ledger and leaderboard kept in step).
    sqlite3 "$WORK/a.db" "INSERT INTO points_logs (user_id, points, source_type, description) VALUES (10, 100000, 'admin_adjustment', 't'), (11, 100000 + (SELECT total_points FROM users WHERE id = 10) - (SELECT total_points FROM users WHERE id = 11), 'admin_adjustment', 't');
        UPDATE users SET total_points = (SELECT SUM(points) FROM points_logs WHERE user_id = users.id) WHERE id IN (10, 11);
        UPDATE leaderboard SET total_points = (SELECT total_points FROM users WHERE id = leaderboard.user_id);"
    anzan_on "$WORK/a.db" reset-progress --yes --no-backup >/dev/null
    check "tied leaders share rank 1" [ "$(sqlite3 "$WORK/a.db" 'SELECT group_concat(user_id) FROM (SELECT user_id FROM season_standings WHERE rank = 1 ORDER BY user_id)')" = "10,11" ]
    check "next rank is 3" [ "$(sqlite3 "$WORK/a.db" 'SELECT MIN(rank) FROM season_standings WHERE rank > 1')" = 3 ]
    check "badges archived" [ "$(sqlite3 "$WORK/a.db" 'SELECT SUM(badges_count) FROM season_standings')" = 890 ]
}

test_wrong_answer_cancels() {
    guide_db "$WORK/a.db"
    local before
    before=$(progress_counts "$WORK/a.db")
    for answer in reset RESET_ yes "" " RESET"; do
        printf '%s\n' "$answer" | anzan_on "$WORK/a.db" reset-progress >"$WORK/out.txt" 2>&1
        check "answer '$answer' exits non-zero" [ $? != 0 ]
        check "answer '$answer' says cancelled" grep -q "Reset cancelled" "$WORK/out.txt"
    done
    anzan_on "$WORK/a.db" reset-progress </dev/null >"$WORK/out.txt" 2>&1
    check "EOF exits non-zero" [ $? != 0 ]
    check "nothing changed" [ "$(progress_counts "$WORK/a.db")" = "$before" ]
    check "no backup written" [ -z "$(ls "$WORK"/a.db.backup-* 2>/dev/null)" ]
}

test_yes_skips_only_the_prompt() {
    guide_db "$WORK/a.db"
    anzan_on "$WORK/a.db" reset-progress --yes >"$WORK/out.txt" 2>&1
    check "exit 0" [ $? = 0 ]
    check "no prompt" bash -c "! grep -q \"Type 'RESET'\" '$WORK/out.txt'"
    grep -v "Type 'RESET' to confirm" "$EXPECTED" >"$WORK/expected.txt"
    EXPECTED="$WORK/expected.txt" check "the other guide lines in order" guide_lines_in_order "$WORK/out.txt"
}

test_dry_run_changes_nothing() {
    guide_db "$WORK/a.db"
    local before
    before=$(progress_counts "$WORK/a.db")
    anzan_on "$WORK/a.db" reset-progress --dry-run >"$WORK/out.txt" 2>&1
    check "exit 0" [ $? = 0 ]
    check "counts shown" grep -q "1234 practice sessions and 2468 attempts would be deleted" "$WORK/out.txt"
    check "says nothing changed" grep -q "Dry run: nothing was changed." "$WORK/out.txt"
    check "nothing changed" [ "$(progress_counts "$WORK/a.db")" = "$before" ]
}

test_branch_scope_resets_only_that_branch() {
    guide_db "$WORK/a.db"
    local others
    others=$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM practice_sessions s JOIN student_profiles p ON p.user_id = s.user_id WHERE p.branch = 'Rohini-16'")
    anzan_on "$WORK/a.db" reset-progress --yes --no-backup --branch Gurgaon >"$WORK/out.txt" 2>&1
    check "exit 0" [ $? = 0 ]
    check "Gurgaon sessions gone" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM practice_sessions s JOIN student_profiles p ON p.user_id = s.user_id WHERE p.branch = 'Gurgaon'")" = 0 ]
    check "Rohini-16 sessions kept" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM practice_sessions')" = "$others" ]
    check "Rohini-16 points kept" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM users u JOIN student_profiles p ON p.user_id = u.id WHERE p.branch = 'Rohini-16' AND u.total_points > 0")" = 49 ]
    check "49 standings" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM season_standings')" = 49 ]
    check "season scope recorded" [ "$(sqlite3 "$WORK/a.db" 'SELECT scope_branch FROM seasons')" = Gurgaon ]
    check "anzan check passes" anzan_check_ok "$WORK/a.db"
    check "scope line shown" grep -q "only for students of branch 'Gurgaon'" "$WORK/out.txt"
}

test_connection_failure_names_the_env_file() {
    "$ANZAN" reset-progress --yes --database-url "postgresql://nobody@127.0.0.1:1/none" --env-file /dev/null >"$WORK/out.txt" 2>&1
    check "exit non-zero" [ $? != 0 ]
    check "says Database connection failed" grep -q "Database connection failed" "$WORK/out.txt"
    check "points at .env and DATABASE_URL" grep -q 'Check your `.env` file and ensure `DATABASE_URL` is set correctly' "$WORK/out.txt"
}

test_second_reset_conflicts() {
    guide_db "$WORK/a.db"
    local before
    before=$(progress_counts "$WORK/a.db")
    # Another reset holds the lock (as a running server or CLI would).
    flock "$WORK/a.db.reset-lock" sleep 5 &
    local holder=$!
    sleep 0.3
    anzan_on "$WORK/a.db" reset-progress --yes >"$WORK/out.txt" 2>&1
    local status=$?
    kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
    check "exit 4 (conflict)" [ "$status" = 4 ]
    check "says another reset is running" grep -q "Another progress reset is running" "$WORK/out.txt"
    check "nothing changed" [ "$(progress_counts "$WORK/a.db")" = "$before" ]
}

test_failed_backup_refuses_the_reset() {
    guide_db "$WORK/a.db"
    local before
    before=$(progress_counts "$WORK/a.db")
    BACKUP_DIR="$WORK/missing" anzan_on "$WORK/a.db" reset-progress --yes >"$WORK/out.txt" 2>&1
    check "exit 5 (unavailable)" [ $? = 5 ]
    check "says the backup failed" grep -q "backup could not be written" "$WORK/out.txt"
    check "nothing changed" [ "$(progress_counts "$WORK/a.db")" = "$before" ]
}

test_backup_and_restore_round_trip() {
    guide_db "$WORK/a.db"
    local before backup
    before=$(progress_counts "$WORK/a.db")
    backup=$(anzan_on "$WORK/a.db" backup)
    check "backup path printed" [ -f "$backup" ]
    check "no partial left" [ -z "$(ls "$WORK"/*.partial 2>/dev/null)" ]
    anzan_on "$WORK/a.db" reset-progress --yes --no-backup >/dev/null
    printf 'nope\n' | anzan_on "$WORK/a.db" restore "$backup" >"$WORK/out.txt" 2>&1
    check "wrong word cancels restore" [ $? != 0 ]
    check "still reset" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM practice_sessions')" = 0 ]
    printf 'RESTORE\n' | anzan_on "$WORK/a.db" restore "$backup" >"$WORK/out.txt" 2>&1
    check "restore exit 0" [ $? = 0 ]
    check "prompt shown" grep -q "Type 'RESTORE' to confirm: RESTORE" "$WORK/out.txt"
    check "sessions back" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM practice_sessions')" = 1234 ]
    check "restore audited" [ "$(sqlite3 "$WORK/a.db" "SELECT COUNT(*) FROM admin_audit_log WHERE action = 'restore'")" = 1 ]
    check "anzan check passes" anzan_check_ok "$WORK/a.db"
    anzan_on "$WORK/a.db" restore --yes "$WORK/nothing-here" >/dev/null 2>&1
    check "missing file refused" [ $? != 0 ]
}

CLI_TESTS="test_transcript_matches_the_guide test_ranks_are_competition_ranks test_wrong_answer_cancels
  test_yes_skips_only_the_prompt test_dry_run_changes_nothing test_branch_scope_resets_only_that_branch
  test_connection_failure_names_the_env_file test_second_reset_conflicts test_failed_backup_refuses_the_reset
  test_backup_and_restore_round_trip"
