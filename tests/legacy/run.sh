#!/usr/bin/env bash
# Legacy upgrade tests: each fixture in tests/fixtures/legacy_*.sql is loaded into a fresh SQLite
# file, upgraded by `anzan migrate`, and then checked: the verified backup, row counts, converted
# instants and money, the opening ledger entries, `anzan check`, a second migrate (a no-op),
# `anzan reset-progress`, and the API (create-admin, login, /api/users/me, /api/admin/users).
# Usage: tests/legacy/run.sh path/to/anzan      Prints "N passed, M failed"; exits non-zero on failure.
set -u
anzan=$(realpath "${1:?usage: tests/legacy/run.sh path/to/anzan}")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$work"; }
trap cleanup EXIT
export SECRET_KEY="legacy-test-secret-key-long-enough-0123456789" ANZAN_ENV=production
unset DATABASE_URL BACKUP_DIR
cd "$work" || exit 1

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
# expect NAME ACTUAL EXPECTED
expect() { if [ "$2" == "$3" ]; then ok "$1"; else bad "$1: got '$2', expected '$3'"; fi; }
q() { sqlite3 -batch -noheader "$db" "$1"; }

run_fixture() {
    local name=$1
    db="$work/$name/abacus_replitt.db"
    mkdir -p "$work/$name"
    sqlite3 "$db" < "$root/tests/fixtures/legacy_$name.sql" || { bad "$name: fixture loads"; return; }
    local tables
    tables=$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    declare -A before
    for t in $tables; do before[$t]=$(sqlite3 "$db" "SELECT COUNT(*) FROM $t"); done
    local duplicates
    duplicates=$(q "SELECT COUNT(*) - (SELECT COUNT(*) FROM (SELECT DISTINCT user_id, badge_type, $( \
        q "SELECT COUNT(*) FROM pragma_table_info('rewards') WHERE name='month_earned'" | grep -q 1 \
        && echo "COALESCE(month_earned, '')" || echo "''") FROM rewards)) FROM rewards")
    local sums
    sums=$(q "SELECT group_concat(id || ':' || total_points, ' ') FROM (SELECT id, total_points FROM users ORDER BY id)")

    # The upgrade itself.
    local out
    out=$("$anzan" migrate --database-url "sqlite:///$db" 2>&1)
    local rc=$?
    expect "$name: anzan migrate exits 0" "$rc" 0
    [ $rc -ne 0 ] && { echo "$out" | sed 's/^/     /'; return; }
    echo "$out" | grep -q "^Upgraded legacy database: $(echo "$sums" | wc -w) users, backup at " \
        && ok "$name: one 'Upgraded legacy database' line" || bad "$name: upgrade line missing in: $out"

    # The backup: present under its final name, sound, and still the legacy schema.
    local backup
    backup=$(ls "$work/$name"/abacus_replitt.db.backup-* 2>/dev/null | grep -v partial | head -1)
    [ -n "$backup" ] && ok "$name: backup file written ($(basename "$backup"))" || bad "$name: no backup file"
    expect "$name: backup passes integrity_check" "$(sqlite3 "$backup" 'PRAGMA integrity_check')" ok
    expect "$name: backup is the legacy database" \
        "$(sqlite3 "$backup" "SELECT COUNT(*) FROM pragma_table_info('users') WHERE name='password_hash'")" 0
    expect "$name: no .partial left" "$(ls "$work/$name" | grep -c partial)" 0

    # Every row kept (rewards: minus duplicates), and the schema is Anzan's.
    for t in $tables; do
        local want=${before[$t]}
        local where=""
        [ "$t" == rewards ] && want=$((want - duplicates))
        [ "$t" == points_logs ] && where=" WHERE source_type <> 'opening_balance'"
        expect "$name: $t rows kept" "$(q "SELECT COUNT(*) FROM $t$where")" "$want"
    done
    local latest
    latest=$(ls "$root/migrations/sqlite" | sed -n 's/^0*\([0-9][0-9]*\)_.*/\1/p' | sort -n | tail -1)
    expect "$name: schema version $latest (the newest migration)" "$(q 'SELECT MAX(version) FROM schema_migrations')" "$latest"
    expect "$name: no legacy_ tables left" "$(q "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'legacy\_%' ESCAPE '\\'")" 0
    expect "$name: no legacy ix_/idx_ indexes left" \
        "$(q "SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND (name LIKE 'ix\_%' ESCAPE '\\' OR name LIKE 'idx\_%' ESCAPE '\\')")" 0
    expect "$name: foreign_key_check empty" "$(q 'PRAGMA foreign_key_check' | wc -l)" 0
    expect "$name: balances unchanged" \
        "$(q "SELECT group_concat(id || ':' || total_points, ' ') FROM (SELECT id, total_points FROM users ORDER BY id)")" "$sums"
    expect "$name: ledger sums to balances" \
        "$(q "SELECT COUNT(*) FROM users u WHERE total_points <> (SELECT COALESCE(SUM(points),0) FROM points_logs p WHERE p.user_id=u.id)")" 0
    expect "$name: a leaderboard row per user" "$(q 'SELECT COUNT(*) FROM users WHERE id NOT IN (SELECT user_id FROM leaderboard)')" 0
    expect "$name: google_id present or NULL, never ''" "$(q "SELECT COUNT(*) FROM users WHERE google_id = ''")" 0
    expect "$name: no fractional seconds" "$(q "SELECT COUNT(*) FROM users WHERE created_at LIKE '%.%'")" 0
    expect "$name: audit log row" "$(q "SELECT COUNT(*) FROM admin_audit_log WHERE action='legacy_upgrade'")" 1

    fixture_checks_$name

    expect "$name: anzan check passes" "$("$anzan" check --database-url "sqlite:///$db" >/dev/null 2>&1; echo $?)" 0
    local again
    again=$("$anzan" migrate --database-url "sqlite:///$db" 2>&1)
    echo "$again" | grep -q "Upgraded" && bad "$name: second migrate upgraded again" || ok "$name: second migrate is a no-op"
    expect "$name: second migrate wrote no backup" "$(ls "$work/$name" | grep -c '\.backup-')" 1

    api_checks "$name"

    if "$anzan" reset-progress --help >/dev/null 2>&1; then
        local reset
        reset=$("$anzan" reset-progress --yes --no-backup --database-url "sqlite:///$db" 2>&1)
        expect "$name: reset-progress exits 0" "$?" 0 || echo "$reset" | sed 's/^/     /'
        expect "$name: balances zero after reset" "$(q 'SELECT COUNT(*) FROM users WHERE total_points <> 0')" 0
        expect "$name: anzan check passes after reset" \
            "$("$anzan" check --database-url "sqlite:///$db" >/dev/null 2>&1; echo $?)" 0
    else
        echo "skip $name: anzan reset-progress does not exist yet"
    fi
}

fixture_checks_current() {
    expect "current: IST instant to UTC (users 2 created_at)" \
        "$(q 'SELECT created_at FROM users WHERE id=2')" \
        "$(sqlite3 "$backup" "SELECT datetime(created_at, '-5 hours', '-30 minutes') FROM users WHERE id=2")"
    expect "current: class session 1 (IST midnight) to UTC" "$(q 'SELECT session_date FROM class_sessions WHERE id=1')" "2026-10-03 18:30:00"
    expect "current: class session 2 (B3 drift) kept as UTC" "$(q 'SELECT session_date FROM class_sessions WHERE id=2')" "2026-10-10 18:30:00"
    expect "current: fee_transactions.created_at is already UTC" \
        "$(q 'SELECT created_at FROM fee_transactions WHERE id=1')" "2026-10-05 06:12:40"
    expect "current: fee_transactions.updated_at IST to UTC" \
        "$(q 'SELECT updated_at FROM fee_transactions WHERE id=1')" "2026-10-05 06:12:40"
    expect "current: 1500.5 rupees = 150050 paise" "$(q 'SELECT fee_amount FROM fee_plans WHERE id=2')" 150050
    expect "current: 4374.99125 rupees = 437499 paise" "$(q 'SELECT effective_fee_amount FROM fee_assignments WHERE id=3')" 437499
    expect "current: refund stays negative" "$(q 'SELECT amount FROM fee_transactions WHERE id=2')" -20000
    expect "current: money is INTEGER" "$(q 'SELECT typeof(amount) FROM fee_transactions WHERE id=3')" integer
    expect "current: duplicate chocolate_1 kept once (the earliest)" \
        "$(q "SELECT group_concat(id) FROM rewards WHERE user_id=5 AND badge_type='chocolate_1'")" 6
    expect "current: opening entries for users 2 and 3 only" \
        "$(q "SELECT group_concat(user_id || ':' || points, ' ') FROM (SELECT user_id, points FROM points_logs WHERE source_type='opening_balance' ORDER BY user_id)")" \
        "2:-335 3:40"
    expect "current: opening entry key" "$(q "SELECT idempotency_key FROM points_logs WHERE source_type='opening_balance' AND user_id=2")" "opening_balance:2"
    expect "current: legacy log rows kept with their ids" "$(q 'SELECT COUNT(*) FROM points_logs WHERE id BETWEEN 1 AND 17')" 17
    expect "current: leaderboard mirrors balances" \
        "$(q 'SELECT COUNT(*) FROM leaderboard b JOIN users u ON u.id=b.user_id WHERE b.total_points <> u.total_points')" 0
    expect "current: vacant TH-0003 kept" "$(q "SELECT COUNT(*) FROM vacant_ids WHERE public_id='TH-0003'")" 1
    expect "current: booleans 0/1" "$(q "SELECT group_concat(t_shirt_worn, '') FROM (SELECT t_shirt_worn FROM attendance_records ORDER BY id)")" 101000
    expect "current: new id after the legacy max" "$(q "SELECT seq FROM sqlite_sequence WHERE name='users'")" 6
}

fixture_checks_old() {
    expect "old: IST instant to UTC (users 2 created_at)" "$(q 'SELECT created_at FROM users WHERE id=2')" "2025-07-03 10:42:40"
    expect "old: missing columns get defaults" \
        "$(q "SELECT total_questions_attempted || '|' || COALESCE(display_name,'NULL') || '|' || COALESCE(last_grace_skip_date,'NULL') FROM users WHERE id=2")" \
        "0|NULL|NULL"
    expect "old: rewards get badge_category general" "$(q "SELECT COUNT(*) FROM rewards WHERE badge_category='general' AND is_lifetime=0 AND month_earned IS NULL")" 3
    expect "old: missing tables created empty" \
        "$(q 'SELECT (SELECT COUNT(*) FROM fee_plans) + (SELECT COUNT(*) FROM attendance_records) + (SELECT COUNT(*) FROM vacant_ids)')" 0
    expect "old: opening entries carry each balance" \
        "$(q "SELECT group_concat(user_id || ':' || points, ' ') FROM (SELECT user_id, points FROM points_logs WHERE source_type='opening_balance' ORDER BY user_id)")" \
        "2:189 3:120"
    expect "old: B3 join date kept as UTC" "$(q 'SELECT join_date FROM student_profiles WHERE id=2')" "2025-07-04 18:30:00"
}

api_checks() {
    local name=$1
    printf 'legacy-admin-password-1\n' | "$anzan" create-admin --email "x@y.co" --password-stdin \
        --database-url "sqlite:///$db" >/dev/null 2>&1
    expect "$name: create-admin exits 0" "$?" 0
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    DATABASE_URL="sqlite:///$db" "$anzan" serve --host 127.0.0.1 --port "$port" --no-access-log >"$work/$name/server.log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
    local base="http://127.0.0.1:$port/api" token
    token=$(curl -sf -X POST "$base/auth/login" -H 'Content-Type: application/json' \
        -d '{"email":"x@y.co","password":"legacy-admin-password-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' 2>/dev/null)
    [ -n "$token" ] && ok "$name: API login" || bad "$name: API login failed ($(tail -3 "$work/$name/server.log"))"
    expect "$name: GET /api/users/me" \
        "$(curl -sf "$base/users/me" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["email"])' 2>/dev/null)" "x@y.co"
    local listed
    listed=$(curl -sf "$base/admin/users" -H "Authorization: Bearer $token" | python3 -c '
import json, sys
body = json.load(sys.stdin)
users = body if isinstance(body, list) else next(v for v in body.values() if isinstance(v, list))
print(len(users))' 2>/dev/null)
    expect "$name: GET /api/admin/users lists legacy users and the new admin" "$listed" "$(q 'SELECT COUNT(*) FROM users')"
    kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; server=""
}

# A database whose e-mail addresses differ only in capitals is refused before anything changes.
refusal_checks() {
    db="$work/clash/abacus_replitt.db"
    mkdir -p "$work/clash"
    sqlite3 "$db" < "$root/tests/fixtures/legacy_old.sql"
    sqlite3 "$db" "UPDATE users SET email='ANAYA.bose@outlook.com' WHERE id=4"
    local out
    out=$("$anzan" migrate --database-url "sqlite:///$db" 2>&1)
    expect "clash: migrate refuses" "$?" 5
    echo "$out" | grep -q "differ only in capitals" && ok "clash: the message says why" || bad "clash: message: $out"
    expect "clash: still legacy" "$(q "SELECT COUNT(*) FROM pragma_table_info('users') WHERE name='password_hash'")" 0
    expect "clash: no backup written" "$(ls "$work/clash" | grep -c '\.backup-')" 0
}

# References to deleted rows: a nullable actor becomes NULL (noted in the audit log); a required
# parent that is gone refuses the upgrade and rolls everything back. A table Anzan does not know stays.
reference_checks() {
    db="$work/refs/abacus_replitt.db"
    mkdir -p "$work/refs"
    sqlite3 "$db" < "$root/tests/fixtures/legacy_current.sql"
    sqlite3 "$db" "UPDATE class_sessions SET created_by_user_id = 4 WHERE id = 3;
                   CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);
                   INSERT INTO alembic_version VALUES ('abc123');
                   INSERT INTO attempts (id, session_id, question_data, user_answer, correct_answer, is_correct,
                       time_taken, question_number, created_at)
                   VALUES (99, 42, '{}', 1.0, 1.0, 1, 1.0, 1, '2026-11-23 10:00:00.000000')"
    local out
    out=$("$anzan" migrate --database-url "sqlite:///$db" 2>&1)
    expect "refs: an attempt of a missing session refuses the upgrade (exit 5)" "$?" 5
    echo "$out" | grep -q "attempts → practice_sessions" && ok "refs: the message names the table" || bad "refs: message: $out"
    expect "refs: rolled back (still legacy)" "$(q "SELECT COUNT(*) FROM pragma_table_info('users') WHERE name='password_hash'")" 0
    expect "refs: rolled back (no legacy_ tables)" "$(q "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'legacy\_%' ESCAPE '\\'")" 0
    expect "refs: rolled back (legacy indexes back)" "$(q "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_users_email'")" 1
    sqlite3 "$db" "DELETE FROM attempts WHERE id = 99"
    out=$("$anzan" migrate --database-url "sqlite:///$db" 2>&1)
    expect "refs: upgrades once the orphan is gone" "$?" 0
    expect "refs: actor of a deleted user is NULL" "$(q 'SELECT COALESCE(created_by_user_id, 0) FROM class_sessions WHERE id = 3')" 0
    q "SELECT detail FROM admin_audit_log WHERE action = 'legacy_upgrade'" | grep -q "class_sessions.created_by_user_id" \
        && ok "refs: the audit log notes the cleared reference" || bad "refs: no note in the audit log"
    expect "refs: a table Anzan does not know is kept" "$(q 'SELECT version_num FROM alembic_version')" abc123
    expect "refs: anzan check passes" "$("$anzan" check --database-url "sqlite:///$db" >/dev/null 2>&1; echo $?)" 0
}

# Legacy tables on PostgreSQL are refused untouched. Runs under scripts/with-postgres only.
postgres_checks() {
    if [ -z "${ANZAN_TEST_PG_ADMIN_URL:-}" ]; then
        echo "skip postgres: run under scripts/with-postgres to test the PostgreSQL refusal"
        return
    fi
    local admin=$ANZAN_TEST_PG_ADMIN_URL url=${ANZAN_TEST_PG_ADMIN_URL%/*}/legacy_upgrade_test out
    psql -q "$admin" -c "DROP DATABASE IF EXISTS legacy_upgrade_test" -c "CREATE DATABASE legacy_upgrade_test" >/dev/null 2>&1
    psql -q "$url" -c "CREATE TABLE users (id SERIAL PRIMARY KEY, google_id VARCHAR NOT NULL, email VARCHAR NOT NULL,
        name VARCHAR NOT NULL, role VARCHAR NOT NULL, total_points INTEGER NOT NULL)" \
        -c "INSERT INTO users (google_id, email, name, role, total_points) VALUES ('g1', 'a@b.co', 'A', 'student', 5)" >/dev/null
    out=$("$anzan" migrate --database-url "$url" 2>&1)
    expect "postgres: legacy tables refused (exit 5)" "$?" 5
    echo "$out" | grep -q "upgrades only from SQLite" && ok "postgres: the message says what to do" || bad "postgres: message: $out"
    expect "postgres: nothing created" \
        "$(psql -tAq "$url" -c "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")" 1
}

run_fixture current
run_fixture old
postgres_checks
refusal_checks
reference_checks
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
