#!/usr/bin/env bash
# Usage: generate.sh ANZAN DB STUDENTS [STAFF SESSIONS ATTEMPTS_PER_SESSION PAPERS REWARDS]
# Creates DB (migrated by `anzan migrate`) and fills it with generate.sql. Defaults are the
# benchmark's shape: per student 20 sessions × 20 attempts, 5 paper attempts, 3 rewards; 1 admin.
set -euo pipefail
anzan=$1 db=$2 students=$3
staff=${4:-1}
sessions=${5:-$((students * 20))}
per_session=${6:-20}
papers=${7:-$((students * 5))}
rewards=${8:-$((students * 3))}
here=$(cd "$(dirname "$0")" && pwd)
rm -f "$db" "$db-wal" "$db-shm"
"$anzan" migrate --database-url "sqlite:///$db" --env-file /dev/null >/dev/null
sqlite3 "$db" <<SQL
.parameter init
.parameter set @students $students
.parameter set @staff $staff
.parameter set @sessions $sessions
.parameter set @attempts_per_session $per_session
.parameter set @papers $papers
.parameter set @rewards $rewards
.read $here/generate.sql
.output /dev/null
PRAGMA wal_checkpoint(TRUNCATE);
SQL
