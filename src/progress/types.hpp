// Plain data of the progress area: points, practice sessions, and the rows a reset counts.
// The points ledger (points_logs) is the record; a user's balance is its sum, kept in
// users.total_points and mirrored in leaderboard.total_points. No behaviour here; see store.hpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/table_count.hpp"

namespace anzan::progress {

// One credit (or debit, with negative points) of a user's points.
struct Credit {
    long long user_id = 0;
    long long points = 0;
    std::string source_type;               // "mental_math", "paper", "daily_login", …
    std::optional<long long> source_id;    // the session, attempt … it is for
    std::string description;               // shown in the points history
    std::string extra_json = "{}";
    std::string idempotency_key;           // one credit per key, ever: "mental_math:17"
    std::string created_at;                // storage text, UTC
};

// The point values an admin edits (table point_rules; defaults as in migration 0001/0003).
struct PointRules {
    long long per_answered = 1, per_correct = 5, daily_login = 10;
    long long streak_bonus_7 = 50, streak_bonus_14 = 100, streak_bonus_21 = 200, streak_bonus_month = 500;
    long long grace_skip_cost = 2000, qualifying_questions = 15;
    long long daily_cap_mental_math = 0, daily_cap_paper_attempt = 0;  // 0 = no cap
};

// One row of point_rules as shown to an admin.
struct PointRule {
    std::string key;
    long long points = 0;
    std::string description;
    std::string updated_at;  // storage text
    std::optional<long long> updated_by_user_id;
};

// Points earned by answering: a finished session or paper attempt. credit_earning turns it into
// one ledger row keyed "<source_type>:<source_id>" (so it pays once), after the daily cap.
struct Earning {
    long long user_id = 0;
    std::string source_type;   // "mental_math" or "paper_attempt"
    long long source_id = 0;   // the session or attempt
    long long answered = 0, correct = 0;
    std::string description;   // "Mental math practice: add_sub (medium)"
    std::string extra_json = "{}";
    std::string at;            // storage text, UTC
    std::string day_start;     // storage text: 00:00 of the academy day of `at` (for the cap)
};
struct Earned {
    long long points = 0;        // what this call credited (0 when it was credited before)
    bool credited = false;       // false: the key was paid before, nothing changed
    long long total_points = 0;  // the user's balance afterwards
};

// A finished mental-maths session as stored (legacy columns).
struct PracticeSession {
    long long user_id = 0;
    std::string operation_type, difficulty_mode;
    int total_questions = 0, correct_answers = 0, wrong_answers = 0, score = 0;
    double accuracy = 0, time_taken = 0;
    long long points_earned = 0;
    std::string started_at, completed_at;  // storage text, UTC
};

// A mental-maths session as stored, with Anzan's additions: the seed, the settings and the
// generated questions (JSON text) it grades against, and its status ("open", "completed",
// "expired"; legacy rows are "completed").
struct StoredPracticeSession {
    long long id = 0;
    long long user_id = 0;
    std::string status;
    std::string operation_type, difficulty_mode;
    int total_questions = 0, correct_answers = 0, wrong_answers = 0, score = 0;
    double accuracy = 0, time_taken = 0;
    long long points_earned = 0;
    std::string started_at, completed_at;  // storage text; completed_at empty while open
    std::optional<long long> seed;
    std::string config_json, questions_json;  // empty for legacy rows
};

// A session to open: the server's questions are stored before the student sees them.
struct OpenPracticeSession {
    long long user_id = 0;
    std::string operation_type, difficulty_mode;
    int total_questions = 0;
    long long seed = 0;
    std::string config_json, questions_json;
    std::string started_at;
};

// The graded totals a session is closed with.
struct PracticeTotals {
    int correct_answers = 0, wrong_answers = 0, score = 0;
    double accuracy = 0, time_taken = 0;
    long long points_earned = 0;
    std::string completed_at;
};

// Sums over a user's completed mental-maths sessions.
struct PracticeSums {
    long long sessions = 0, questions = 0, correct = 0, wrong = 0;
};

struct SessionCounts {
    long long started = 0, open = 0;
};

// The progress columns of a user.
struct AccountProgress {
    long long total_points = 0, current_streak = 0, longest_streak = 0;
};

struct StudentProgress {
    AccountProgress account;
    PracticeSums practice;
};

// One row of points_logs as read back.
struct LedgerEntry {
    long long id = 0;
    long long points = 0;
    std::string source_type;
    std::optional<long long> source_id;
    std::string description;
    std::string extra_json;  // "{}" when NULL
    std::string created_at;  // storage text
};

// One answered question of a session.
struct PracticeAttempt {
    std::string question_data;  // JSON text
    std::optional<double> user_answer;
    double correct_answer = 0;
    bool is_correct = false;
    double time_taken = 0;
    int question_number = 0;
    std::string created_at;
    long long id = 0;  // set when read back
};

}  // namespace anzan::progress
