-- Practice, paper attempts and points (docs/practice.md).
-- FORMAT RULE: as 0001 (statements end with ';' at the end of a line, no other line does).

-- A paper attempt is attempt 1 or 2 of its (student, title, seed): the unique index makes the
-- two-attempt limit hold under concurrent starts on every engine. Legacy rows keep NULL.
ALTER TABLE paper_attempts ADD COLUMN attempt_number INTEGER NULL CHECK (attempt_number IN (1, 2));
ALTER TABLE paper_attempts ADD COLUMN assignment_id INTEGER NULL;
CREATE UNIQUE INDEX IF NOT EXISTS paper_attempts_user_title_seed_number_uq
    ON paper_attempts (user_id, paper_title, seed, attempt_number);

-- A saved paper set for a branch (and optionally one level) by a teacher.
CREATE TABLE IF NOT EXISTS paper_assignments (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    paper_id            INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    branch              TEXT NOT NULL,
    level               TEXT NULL,
    assigned_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS paper_assignments_branch_idx ON paper_assignments (branch, created_at);
CREATE UNIQUE INDEX IF NOT EXISTS paper_assignments_paper_branch_level_uq
    ON paper_assignments (paper_id, branch, (COALESCE(level, '')));

-- Per-source daily earning caps replace the single 'daily_cap' (0 = off).
DELETE FROM point_rules WHERE key = 'daily_cap';
INSERT INTO point_rules (key, points, description) VALUES
    ('daily_cap_mental_math', 0, 'Most points mental maths can earn a student in one academy day; 0 means no cap'),
    ('daily_cap_paper_attempt', 0, 'Most points paper attempts can earn a student in one academy day; 0 means no cap')
ON CONFLICT (key) DO NOTHING;


-- Where a mental-maths session stands: 'open' until submitted or expired. Legacy rows were saved
-- finished, so the default is 'completed'.
ALTER TABLE practice_sessions ADD COLUMN status TEXT NOT NULL DEFAULT 'completed'
    CHECK (status IN ('open', 'completed', 'expired'));

-- A student's sessions by status, newest first: the dashboard's sums and recent list read only
-- completed ones, and the start limits count the open ones.
CREATE INDEX IF NOT EXISTS practice_sessions_user_status_started_idx
    ON practice_sessions (user_id, status, started_at);
