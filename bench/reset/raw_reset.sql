-- The floor: the same deletes and updates as `anzan reset-progress` (unscoped), as one raw SQL
-- script for the sqlite3 shell, with the connection settings the server uses (WAL, synchronous
-- NORMAL, secure_delete FAST). run.sh prepends PRAGMA foreign_keys = ON or OFF, and for the
-- "Debian default" column PRAGMA secure_delete = ON after this file's own setting.
-- Children first, one transaction.
PRAGMA synchronous = NORMAL;
PRAGMA secure_delete = FAST;
BEGIN IMMEDIATE;
DELETE FROM attempts;
DELETE FROM practice_sessions;
DELETE FROM paper_attempts;
DELETE FROM rewards;
DELETE FROM points_logs;
DELETE FROM streak_days;
UPDATE users SET total_points = 0, current_streak = 0, longest_streak = 0, last_practice_date = NULL,
       total_questions_attempted = 0, last_grace_skip_date = NULL, grace_skip_week_start = NULL,
       last_daily_login_bonus_date = NULL;
UPDATE leaderboard SET total_points = 0, weekly_points = 0, rank = NULL, weekly_rank = NULL;
COMMIT;
