-- Fills a migrated, empty Anzan SQLite database with progress data, fast: one transaction,
-- set-based INSERT … SELECT over recursive CTEs. Parameters (bound by generate.sh with
-- `.parameter set`): @students, @staff (admins/teachers: accounts with no progress),
-- @sessions, @attempts_per_session, @papers, @rewards (totals, spread round-robin over students).
-- Every user's balance equals their ledger sum and the leaderboard mirrors it, so `anzan check`
-- passes on the result.
PRAGMA foreign_keys = OFF;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @staff)
INSERT INTO users (email, name, role, created_at, updated_at)
SELECT CASE i WHEN 1 THEN 'admin' ELSE 'teacher' || i END || '@bench.test', 'Staff ' || i,
       CASE i WHEN 1 THEN 'admin' ELSE 'teacher' END, '2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @students)
INSERT INTO users (email, name, role, created_at, updated_at)
SELECT 'student' || i || '@bench.test', 'Student ' || i, 'student', '2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM n;
-- Two branches (odd/even ids), two courses (every third student does Vedic Maths).
INSERT INTO student_profiles (user_id, public_id, internal_uuid, full_name, course, level, branch, status)
SELECT id, 'TH-' || printf('%05d', id), 'uuid-' || id, name, CASE WHEN id % 3 = 0 THEN 'Vedic Maths' ELSE 'Abacus' END,
       '1', CASE WHEN id % 2 = 0 THEN 'Rohini-16' ELSE 'Gurgaon' END, 'active'
  FROM users WHERE role = 'student';
INSERT INTO leaderboard (user_id, total_points, weekly_points) SELECT id, 0, 0 FROM users;
CREATE TEMP TABLE student_ids AS SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id FROM users WHERE role = 'student';
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @sessions - 1)
INSERT INTO practice_sessions (user_id, operation_type, difficulty_mode, total_questions, correct_answers,
       wrong_answers, accuracy, score, time_taken, points_earned, started_at, completed_at)
SELECT s.id, 'add_sub', 'medium', @attempts_per_session, @attempts_per_session, 0, 100.0, @attempts_per_session, 120.0,
       6 * @attempts_per_session, datetime('2026-10-01', '+' || (i % 1000) || ' minutes'),
       datetime('2026-10-01', '+' || (i % 1000 + 5) || ' minutes')
  FROM n JOIN student_ids s ON s.idx = n.i % @students;
WITH RECURSIVE q(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < @attempts_per_session)
INSERT INTO attempts (session_id, question_data, user_answer, correct_answer, is_correct, time_taken, question_number, created_at)
SELECT p.id, '{"text":"12 + 7","numbers":[12,7]}', 19, 19, 1, 4.0, q.k, p.completed_at FROM practice_sessions p, q;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @papers - 1)
INSERT INTO paper_attempts (user_id, paper_title, paper_level, paper_config, generated_blocks, seed, total_questions,
       correct_answers, wrong_answers, accuracy, score, time_taken, points_earned, answers, started_at, completed_at)
SELECT s.id, 'Weekly test', 'AB-1', '{}', '[]', i, 10, 8, 2, 80.0, 8, 300.0, 50, '{}', '2026-10-02 10:00:00', '2026-10-02 10:10:00'
  FROM n JOIN student_ids s ON s.idx = n.i % @students;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @rewards - 1)
INSERT INTO rewards (user_id, badge_type, badge_name, badge_category, is_lifetime, month_earned, earned_at)
SELECT s.id, 'badge_' || (i / @students), 'Badge ' || (i / @students), 'general', 0, '2026-10', '2026-10-03 10:00:00'
  FROM n JOIN student_ids s ON s.idx = n.i % @students;
-- The ledger: one row per session, paper attempt and badge (badges pay 25), then the balances.
INSERT INTO points_logs (user_id, points, source_type, source_id, description, created_at, idempotency_key)
SELECT user_id, points_earned, 'mental_math', id, 'Mental maths', completed_at, 'mental_math:' || id FROM practice_sessions;
INSERT INTO points_logs (user_id, points, source_type, source_id, description, created_at, idempotency_key)
SELECT user_id, points_earned, 'paper_attempt', id, 'Paper', completed_at, 'paper_attempt:' || id FROM paper_attempts;
INSERT INTO points_logs (user_id, points, source_type, source_id, description, created_at, idempotency_key)
SELECT user_id, 25, 'badge', id, 'Badge', earned_at, 'badge:' || id FROM rewards;
INSERT INTO streak_days (user_id, day, questions_answered, qualified)
SELECT user_id, substr(started_at, 1, 10), SUM(total_questions), 1 FROM practice_sessions GROUP BY user_id, substr(started_at, 1, 10);
UPDATE users SET total_points = COALESCE((SELECT SUM(points) FROM points_logs l WHERE l.user_id = users.id), 0),
       total_questions_attempted = COALESCE((SELECT SUM(total_questions) FROM practice_sessions p WHERE p.user_id = users.id), 0),
       current_streak = 1, longest_streak = 3, last_practice_date = '2026-10-02 10:00:00';
UPDATE leaderboard SET total_points = (SELECT total_points FROM users WHERE users.id = leaderboard.user_id),
       weekly_points = 10;
DROP TABLE student_ids;
COMMIT;
