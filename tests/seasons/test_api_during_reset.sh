# The HTTP API while a reset runs (sourced by run.sh): reads keep answering, and a second reset
# is refused with 409 at once instead of queueing behind the first.

# serve_on DB → starts `anzan serve` on DB at a free loopback port; sets $BASE and $SERVER.
serve_on() {
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    BASE="http://127.0.0.1:$port"
    SECRET_KEY="seasons-test-secret-key-long-enough-0123456789" ANZAN_ENV=production \
        "$ANZAN" serve --database-url "$(url "$1")" --env-file /dev/null --host 127.0.0.1 --port "$port" \
        --no-access-log >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 200); do
        curl -sf "$BASE/api/health" >/dev/null && return 0
        sleep 0.05
    done
    return 1
}

test_api_reads_answer_and_a_second_reset_conflicts() {
    # 2,000 students: 800k attempts, so verifying the backup takes long enough to act during it.
    "$GENERATE" "$ANZAN" "$WORK/a.db" 2000 >/dev/null
    echo "admin-password-123" | anzan_on "$WORK/a.db" create-admin --email head@academy.test --password-stdin >/dev/null
    check "server started" serve_on "$WORK/a.db" || { cat "$WORK/server.log" >&2; return; }
    local token
    token=$(curl -sf -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
        -d '{"email":"head@academy.test","password":"admin-password-123"}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
    check "admin signed in" [ -n "$token" ]

    curl -s -o "$WORK/first.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
        "$BASE/api/users/admin/reset-progress" >"$WORK/first.code" &
    local first=$!
    # Under way once its backup's temporary file exists (it is renamed after verification).
    local seen=0
    for _ in $(seq 1 1000); do
        if compgen -G "$WORK/a.db.backup-*.partial" >/dev/null; then seen=1; break; fi
        sleep 0.005
    done
    check "the reset was caught while it ran" [ "$seen" = 1 ]

    local second
    second=$(curl -s -o "$WORK/second.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
        "$BASE/api/users/admin/reset-progress")
    check "second reset gets 409" [ "$second" = 409 ]
    check "409 says another reset is running" grep -q "Another progress reset is running" "$WORK/second.json"

    # Reads while the first reset still holds the write lock: each must answer 200 within 2 s.
    local during=0 bad=0 code
    while kill -0 "$first" 2>/dev/null; do
        for path in /api/users/me /api/seasons /api/health; do
            code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE$path")
            if [ "$code" = 200 ]; then
                kill -0 "$first" 2>/dev/null && during=$((during + 1))
            else
                bad=$((bad + 1))
            fi
        done
    done
    wait "$first"
    check "reads answered while the reset ran ($during)" [ "$during" -ge 3 ]
    check "no read failed or timed out ($bad)" [ "$bad" = 0 ]
    check "first reset succeeded" [ "$(cat "$WORK/first.code")" = 200 ]
    check "first reset deleted the attempts" grep -q '"attempts_deleted":800000' "$WORK/first.json"
    check "exactly one season archived" [ "$(sqlite3 "$WORK/a.db" 'SELECT COUNT(*) FROM seasons')" = 1 ]
    kill "$SERVER" 2>/dev/null
    wait "$SERVER" 2>/dev/null
}

API_TESTS="test_api_reads_answer_and_a_second_reset_conflicts"
