-- Anzan schema, version 1 (SQLite). See docs/schema.md.
--
-- The legacy tables keep their legacy names, columns and column order; Anzan's additions come
-- after the legacy columns of a table, or in new tables.
-- Conventions:
--   instants   DATETIME holding UTC text 'YYYY-MM-DD HH:MM:SS'
--   money      BIGINT integer minor units (paise); discount_percentage stays REAL
--   booleans   INTEGER 0/1 with a CHECK
--   JSON       TEXT
--   ids        INTEGER PRIMARY KEY AUTOINCREMENT (never reused: a deleted user's id must not
--              come back for someone else while old tokens name it)
--   indexes    Anzan's are named <table>_<columns>_idx (unique: _uq); ix_* / idx_* are legacy
-- FORMAT RULE: the migration runner splits on a ';' at the end of a line. Every statement ends
-- with one; no other line may end with ';'. The runner supplies the transaction and
-- PRAGMA foreign_keys=ON; schema_migrations is the runner's table.

-- ---------------------------------------------------------------------------------------------
-- Accounts
-- ---------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS users (
    id                          INTEGER PRIMARY KEY AUTOINCREMENT,
    google_id                   TEXT NULL,
    email                       TEXT NOT NULL,
    name                        TEXT NOT NULL,
    display_name                TEXT NULL,
    avatar_url                  TEXT NULL,
    role                        TEXT NOT NULL DEFAULT 'student'
                                CHECK (role IN ('student', 'teacher', 'admin')),
    total_points                INTEGER NOT NULL DEFAULT 0,
    current_streak              INTEGER NOT NULL DEFAULT 0,
    longest_streak              INTEGER NOT NULL DEFAULT 0,
    last_practice_date          DATETIME NULL,
    total_questions_attempted   INTEGER NOT NULL DEFAULT 0,
    last_grace_skip_date        DATETIME NULL,
    grace_skip_week_start       DATETIME NULL,
    last_daily_login_bonus_date DATETIME NULL,
    created_at                  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Anzan additions
    password_hash               TEXT NULL,
    token_version               INTEGER NOT NULL DEFAULT 0,
    is_active                   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    email_verified              INTEGER NOT NULL DEFAULT 0 CHECK (email_verified IN (0, 1))
);
CREATE UNIQUE INDEX IF NOT EXISTS users_google_id_uq ON users (google_id);
CREATE UNIQUE INDEX IF NOT EXISTS users_email_lower_uq ON users (lower(email));
CREATE INDEX IF NOT EXISTS users_role_idx ON users (role);

-- Branches a teacher may act on (role = 'teacher'); admins act on all branches.
CREATE TABLE IF NOT EXISTS teacher_branches (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    branch     TEXT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (user_id, branch)
);
CREATE INDEX IF NOT EXISTS teacher_branches_branch_idx ON teacher_branches (branch);

-- ---------------------------------------------------------------------------------------------
-- Papers and practice
-- ---------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS papers (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title              TEXT NOT NULL,
    level              TEXT NOT NULL,
    config             TEXT NOT NULL,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Anzan additions
    seed               BIGINT NULL,
    created_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS papers_created_at_idx ON papers (created_at);

CREATE TABLE IF NOT EXISTS practice_sessions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    operation_type  TEXT NOT NULL,
    difficulty_mode TEXT NOT NULL,
    total_questions INTEGER NOT NULL,
    correct_answers INTEGER NOT NULL DEFAULT 0,
    wrong_answers   INTEGER NOT NULL DEFAULT 0,
    accuracy        REAL NOT NULL DEFAULT 0,
    score           INTEGER NOT NULL DEFAULT 0,
    time_taken      REAL NOT NULL DEFAULT 0,
    points_earned   INTEGER NOT NULL DEFAULT 0,
    started_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    completed_at    DATETIME NULL,
    -- Anzan additions: the server generates and keeps the questions it grades
    seed            BIGINT NULL,
    config          TEXT NULL,
    questions       TEXT NULL
);
CREATE INDEX IF NOT EXISTS practice_sessions_user_started_idx ON practice_sessions (user_id, started_at);
CREATE INDEX IF NOT EXISTS practice_sessions_started_idx ON practice_sessions (started_at);

CREATE TABLE IF NOT EXISTS attempts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id      INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    question_data   TEXT NOT NULL,
    user_answer     REAL NULL,
    correct_answer  REAL NOT NULL,
    is_correct      INTEGER NOT NULL DEFAULT 0 CHECK (is_correct IN (0, 1)),
    time_taken      REAL NOT NULL DEFAULT 0,
    question_number INTEGER NOT NULL,
    created_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS attempts_session_idx ON attempts (session_id);

CREATE TABLE IF NOT EXISTS paper_attempts (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    paper_title      TEXT NOT NULL,
    paper_level      TEXT NOT NULL,
    paper_config     TEXT NOT NULL,
    generated_blocks TEXT NOT NULL,
    seed             BIGINT NOT NULL,
    total_questions  INTEGER NOT NULL,
    correct_answers  INTEGER NOT NULL DEFAULT 0,
    wrong_answers    INTEGER NOT NULL DEFAULT 0,
    accuracy         REAL NOT NULL DEFAULT 0,
    score            INTEGER NOT NULL DEFAULT 0,
    time_taken       REAL NULL,
    points_earned    INTEGER NOT NULL DEFAULT 0,
    answers          TEXT NULL,
    started_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    completed_at     DATETIME NULL,
    -- Anzan addition: last autosave or submit ("untouched for 1 hour" is measured from here)
    updated_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS paper_attempts_user_started_idx ON paper_attempts (user_id, started_at);
CREATE INDEX IF NOT EXISTS paper_attempts_user_seed_title_idx ON paper_attempts (user_id, seed, paper_title);
CREATE INDEX IF NOT EXISTS paper_attempts_open_idx ON paper_attempts (completed_at, updated_at);

-- ---------------------------------------------------------------------------------------------
-- Progress: badges, leaderboard cache, points ledger, rules, streak days
-- ---------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS rewards (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    badge_type     TEXT NOT NULL,
    badge_name     TEXT NOT NULL,
    badge_category TEXT NOT NULL DEFAULT 'general',
    is_lifetime    INTEGER NOT NULL DEFAULT 0 CHECK (is_lifetime IN (0, 1)),
    month_earned   TEXT NULL,
    earned_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- NULLs are distinct in unique indexes, so a lifetime badge (month_earned NULL) is keyed on ''.
CREATE UNIQUE INDEX IF NOT EXISTS rewards_user_badge_month_uq
    ON rewards (user_id, badge_type, (COALESCE(month_earned, '')));
CREATE INDEX IF NOT EXISTS rewards_user_badge_idx ON rewards (user_id, badge_type);
CREATE INDEX IF NOT EXISTS rewards_month_idx ON rewards (month_earned);

CREATE TABLE IF NOT EXISTS leaderboard (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    total_points  INTEGER NOT NULL DEFAULT 0,
    rank          INTEGER NULL,
    weekly_points INTEGER NOT NULL DEFAULT 0,
    weekly_rank   INTEGER NULL,
    last_updated  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX IF NOT EXISTS leaderboard_user_uq ON leaderboard (user_id);
CREATE INDEX IF NOT EXISTS leaderboard_total_points_idx ON leaderboard (total_points DESC);
CREATE INDEX IF NOT EXISTS leaderboard_weekly_points_idx ON leaderboard (weekly_points DESC);

CREATE TABLE IF NOT EXISTS points_logs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    points          INTEGER NOT NULL,
    source_type     TEXT NOT NULL,
    source_id       INTEGER NULL,
    description     TEXT NOT NULL,
    extra_data      TEXT NULL,
    created_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Anzan addition: one credit per key, so a retried request never pays twice
    idempotency_key TEXT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS points_logs_idempotency_key_uq ON points_logs (idempotency_key);
CREATE INDEX IF NOT EXISTS points_logs_user_created_idx ON points_logs (user_id, created_at);
CREATE INDEX IF NOT EXISTS points_logs_created_idx ON points_logs (created_at);
CREATE INDEX IF NOT EXISTS points_logs_source_idx ON points_logs (source_type, source_id);

CREATE TABLE IF NOT EXISTS point_rules (
    key                TEXT NOT NULL PRIMARY KEY,
    points             INTEGER NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO point_rules (key, points, description) VALUES
    ('per_answered', 1, 'Points per answered question (mental maths and papers; blank = 0)'),
    ('per_correct', 5, 'Points per correct answer, on top of per_answered'),
    ('daily_login', 10, 'Daily login bonus, once per academy day'),
    ('streak_bonus_7', 50, 'Streak bonus when a streak run reaches 7 days'),
    ('streak_bonus_14', 100, 'Streak bonus when a streak run reaches 14 days'),
    ('streak_bonus_21', 200, 'Streak bonus when a streak run reaches 21 days'),
    ('streak_bonus_month', 500, 'Bonus for a full calendar month of qualifying days'),
    ('grace_skip_cost', 2000, 'Points a grace skip costs'),
    ('daily_cap', 0, 'Daily earning cap per source; 0 means off'),
    ('qualifying_questions', 15, 'Answered questions that make an academy day qualify for the streak')
ON CONFLICT (key) DO NOTHING;

CREATE TABLE IF NOT EXISTS streak_days (
    user_id            INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day                TEXT NOT NULL CHECK (length(day) = 10),
    questions_answered INTEGER NOT NULL DEFAULT 0,
    qualified          INTEGER NOT NULL DEFAULT 0 CHECK (qualified IN (0, 1)),
    grace_protected    INTEGER NOT NULL DEFAULT 0 CHECK (grace_protected IN (0, 1)),
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (user_id, day)
);
CREATE INDEX IF NOT EXISTS streak_days_day_idx ON streak_days (day);

-- ---------------------------------------------------------------------------------------------
-- Academy: profiles, ids, attendance, certificates
-- ---------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS student_profiles (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id               INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    public_id             TEXT NULL,
    internal_uuid         TEXT NOT NULL,
    full_name             TEXT NULL,
    display_name          TEXT NULL,
    class_name            TEXT NULL,
    course                TEXT NULL,
    level_type            TEXT NULL,
    level                 TEXT NULL,
    branch                TEXT NULL,
    status                TEXT NOT NULL DEFAULT 'active',
    join_date             DATETIME NULL,
    finish_date           DATETIME NULL,
    parent_contact_number TEXT NULL,
    created_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX IF NOT EXISTS student_profiles_user_uq ON student_profiles (user_id);
CREATE UNIQUE INDEX IF NOT EXISTS student_profiles_public_id_uq ON student_profiles (public_id);
CREATE UNIQUE INDEX IF NOT EXISTS student_profiles_internal_uuid_uq ON student_profiles (internal_uuid);
CREATE INDEX IF NOT EXISTS student_profiles_branch_idx ON student_profiles (branch);
CREATE INDEX IF NOT EXISTS student_profiles_course_idx ON student_profiles (course);
CREATE INDEX IF NOT EXISTS student_profiles_status_idx ON student_profiles (status);

CREATE TABLE IF NOT EXISTS profile_audit_logs (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id         INTEGER NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    changed_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    field_name         TEXT NOT NULL,
    old_value          TEXT NULL,
    new_value          TEXT NULL,
    change_reason      TEXT NULL,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS profile_audit_logs_profile_created_idx ON profile_audit_logs (profile_id, created_at);
CREATE INDEX IF NOT EXISTS profile_audit_logs_changed_by_idx ON profile_audit_logs (changed_by_user_id);

CREATE TABLE IF NOT EXISTS vacant_ids (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id             TEXT NOT NULL,
    original_student_name TEXT NULL,
    deleted_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_by_user_id    INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX IF NOT EXISTS vacant_ids_public_id_uq ON vacant_ids (public_id);
CREATE INDEX IF NOT EXISTS vacant_ids_deleted_at_idx ON vacant_ids (deleted_at);

CREATE TABLE IF NOT EXISTS class_schedules (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    branch             TEXT NOT NULL,
    course             TEXT NULL,
    level              TEXT NULL,
    batch_name         TEXT NULL,
    schedule_days      TEXT NOT NULL,
    time_slots         TEXT NULL,
    is_active          INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS class_schedules_branch_course_idx ON class_schedules (branch, course);

CREATE TABLE IF NOT EXISTS class_sessions (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    schedule_id        INTEGER NULL REFERENCES class_schedules (id) ON DELETE RESTRICT,
    session_date       DATETIME NOT NULL,
    branch             TEXT NOT NULL,
    course             TEXT NULL,
    level              TEXT NULL,
    batch_name         TEXT NULL,
    topic              TEXT NULL,
    teacher_remarks    TEXT NULL,
    created_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    is_completed       INTEGER NOT NULL DEFAULT 0 CHECK (is_completed IN (0, 1)),
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS class_sessions_session_date_idx ON class_sessions (session_date);
CREATE INDEX IF NOT EXISTS class_sessions_branch_date_idx ON class_sessions (branch, session_date);
CREATE INDEX IF NOT EXISTS class_sessions_schedule_idx ON class_sessions (schedule_id);

CREATE TABLE IF NOT EXISTS attendance_records (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id         INTEGER NOT NULL REFERENCES class_sessions (id) ON DELETE CASCADE,
    student_profile_id INTEGER NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    status             TEXT NOT NULL DEFAULT 'present',
    t_shirt_worn       INTEGER NOT NULL DEFAULT 0 CHECK (t_shirt_worn IN (0, 1)),
    remarks            TEXT NULL,
    marked_by_user_id  INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX IF NOT EXISTS attendance_records_student_session_uq
    ON attendance_records (student_profile_id, session_id);
CREATE INDEX IF NOT EXISTS attendance_records_session_idx ON attendance_records (session_id);

CREATE TABLE IF NOT EXISTS certificates (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    student_profile_id   INTEGER NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    title                TEXT NOT NULL,
    marks                REAL NULL,
    date_issued          DATETIME NOT NULL,
    description          TEXT NULL,
    issued_by_user_id    INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    certificate_file_url TEXT NULL,
    created_at           DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Anzan addition: public code printed on the certificate for verification
    verification_code    TEXT NULL
);
CREATE INDEX IF NOT EXISTS certificates_student_issued_idx ON certificates (student_profile_id, date_issued);
CREATE UNIQUE INDEX IF NOT EXISTS certificates_verification_code_uq ON certificates (verification_code);

-- ---------------------------------------------------------------------------------------------
-- Fees (money in paise)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS fee_plans (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT NOT NULL,
    description        TEXT NULL,
    branch             TEXT NULL,
    course             TEXT NULL,
    level              TEXT NULL,
    fee_amount         BIGINT NOT NULL,
    fee_duration_days  INTEGER NOT NULL,
    currency           TEXT NOT NULL DEFAULT 'INR',
    is_active          INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS fee_plans_branch_course_idx ON fee_plans (branch, course);
CREATE INDEX IF NOT EXISTS fee_plans_active_idx ON fee_plans (is_active);

CREATE TABLE IF NOT EXISTS fee_assignments (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    student_profile_id   INTEGER NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    fee_plan_id          INTEGER NOT NULL REFERENCES fee_plans (id) ON DELETE RESTRICT,
    custom_fee_amount    BIGINT NULL,
    discount_amount      BIGINT NOT NULL DEFAULT 0,
    discount_percentage  REAL NOT NULL DEFAULT 0,
    effective_fee_amount BIGINT NOT NULL,
    start_date           DATETIME NOT NULL,
    end_date             DATETIME NULL,
    is_active            INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    assigned_by_user_id  INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    remarks              TEXT NULL,
    created_at           DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at           DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS fee_assignments_student_idx ON fee_assignments (student_profile_id);
CREATE INDEX IF NOT EXISTS fee_assignments_plan_idx ON fee_assignments (fee_plan_id);
CREATE INDEX IF NOT EXISTS fee_assignments_active_start_idx ON fee_assignments (is_active, start_date);

CREATE TABLE IF NOT EXISTS fee_transactions (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    assignment_id      INTEGER NOT NULL REFERENCES fee_assignments (id) ON DELETE CASCADE,
    transaction_type   TEXT NOT NULL,
    amount             BIGINT NOT NULL,
    payment_date       DATETIME NOT NULL,
    payment_mode       TEXT NOT NULL,
    reference_number   TEXT NULL,
    balance_before     BIGINT NOT NULL,
    balance_after      BIGINT NOT NULL,
    remarks            TEXT NULL,
    is_partial         INTEGER NOT NULL DEFAULT 0 CHECK (is_partial IN (0, 1)),
    created_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Anzan addition: numbered receipt, assigned when a receipt is issued
    receipt_number     TEXT NULL
);
CREATE INDEX IF NOT EXISTS fee_transactions_assignment_idx ON fee_transactions (assignment_id, payment_date);
CREATE INDEX IF NOT EXISTS fee_transactions_payment_date_idx ON fee_transactions (payment_date);
CREATE UNIQUE INDEX IF NOT EXISTS fee_transactions_receipt_number_uq ON fee_transactions (receipt_number);

-- ---------------------------------------------------------------------------------------------
-- Seasons (archived standings at each progress reset) and the admin audit log
-- ---------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS seasons (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT NOT NULL,
    scope_branch     TEXT NULL,
    scope_course     TEXT NULL,
    started_at       DATETIME NULL,
    ended_at         DATETIME NULL,
    reset_by_user_id INTEGER NULL,
    reset_by_os_user TEXT NULL,
    backup_path      TEXT NULL,
    created_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS seasons_ended_at_idx ON seasons (ended_at);

-- user_id has no foreign key: standings outlive deleted users.
CREATE TABLE IF NOT EXISTS season_standings (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    season_id                 INTEGER NOT NULL REFERENCES seasons (id) ON DELETE CASCADE,
    user_id                   INTEGER NOT NULL,
    name                      TEXT NOT NULL,
    public_id                 TEXT NULL,
    branch                    TEXT NULL,
    course                    TEXT NULL,
    level                     TEXT NULL,
    final_points              INTEGER NOT NULL DEFAULT 0,
    rank                      INTEGER NULL,
    weekly_points             INTEGER NOT NULL DEFAULT 0,
    current_streak            INTEGER NOT NULL DEFAULT 0,
    longest_streak            INTEGER NOT NULL DEFAULT 0,
    total_questions_attempted INTEGER NOT NULL DEFAULT 0,
    badges_count              INTEGER NOT NULL DEFAULT 0,
    badges                    TEXT NOT NULL DEFAULT '[]',
    created_at                DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS season_standings_season_rank_idx ON season_standings (season_id, rank);
CREATE UNIQUE INDEX IF NOT EXISTS season_standings_season_user_uq ON season_standings (season_id, user_id);
CREATE INDEX IF NOT EXISTS season_standings_user_idx ON season_standings (user_id);

-- actor_user_id has no foreign key: the audit trail outlives deleted users.
CREATE TABLE IF NOT EXISTS admin_audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_user_id INTEGER NULL,
    actor_os_user TEXT NULL,
    action        TEXT NOT NULL,
    scope         TEXT NULL,
    counts        TEXT NULL,
    backup_path   TEXT NULL,
    detail        TEXT NULL,
    created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS admin_audit_log_created_idx ON admin_audit_log (created_at);
CREATE INDEX IF NOT EXISTS admin_audit_log_action_idx ON admin_audit_log (action, created_at);
