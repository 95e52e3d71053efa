# Crash safety: SIGKILL `anzan reset-progress --yes` at random moments (sourced by run.sh).
CRASH_RUNS=${CRASH_RUNS:-24}

test_sigkill_leaves_before_or_after() {
    "$GENERATE" "$ANZAN" "$WORK/base.db" 400 >/dev/null
    local before after start end duration_ms
    before=$(progress_counts "$WORK/base.db")
    after=$(reset_counts)
    # How long one reset takes here, so the kills spread over backup, deletes and commit.
    cp "$WORK/base.db" "$WORK/timing.db"
    start=$(date +%s%N)
    anzan_on "$WORK/timing.db" reset-progress --yes >/dev/null 2>&1
    end=$(date +%s%N)
    duration_ms=$(( (end - start) / 1000000 ))
    local n_before=0 n_after=0 n_partial=0 n_final=0 run
    for run in $(seq 1 "$CRASH_RUNS"); do
        local dir="$WORK/run$run"
        mkdir -p "$dir"
        cp "$WORK/base.db" "$dir/a.db"
        local delay_ms=$(( RANDOM % (duration_ms * 12 / 10 + 1) ))
        # Started directly (not through a shell function), so $! is anzan itself and gets the kill.
        "$ANZAN" reset-progress --yes --database-url "$(url "$dir/a.db")" --env-file /dev/null >/dev/null 2>&1 &
        local pid=$!
        sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        check "run $run: integrity" integrity_ok "$dir/a.db"
        local counts
        counts=$(progress_counts "$dir/a.db")
        if [ "$counts" = "$before" ]; then n_before=$((n_before + 1));
        elif [ "$counts" = "$after" ]; then n_after=$((n_after + 1));
        else check "run $run: all before or all after (got $counts)" false; fi
        check "run $run: anzan check" anzan_check_ok "$dir/a.db"
        local backup
        for backup in "$dir"/a.db.backup-*; do
            [ -e "$backup" ] || continue
            # Only final names; a .partial (with its -wal/-shm) and nothing else may be left by a kill.
            if [[ ! $backup =~ \.backup-[0-9]{8}-[0-9]{6}(-[0-9]+)?$ ]]; then
                case "$backup" in
                    *.partial) n_partial=$((n_partial + 1)) ;;
                    *.partial-wal | *.partial-shm | *.partial-journal) ;;
                    *) check "run $run: unexpected leftover $backup" false ;;
                esac
                continue
            fi
            n_final=$((n_final + 1))
            check "run $run: finished backup intact" integrity_ok "$backup"
            check "run $run: finished backup complete" [ "$(progress_counts "$backup")" = "$before" ]
        done
        rm -rf "$dir"
    done
    echo "    $CRASH_RUNS kills over ~${duration_ms} ms: $n_before left the data as before, $n_after as after;"
    echo "    $n_partial kills left a .partial backup, $n_final a finished (verified) one"
}

CRASH_TESTS="test_sigkill_leaves_before_or_after"
