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

// A finished mental-maths session as stored (legacy columns).
struct PracticeSession {
    long long user_id = 0;
    std::string operation_type, difficulty_mode;
    int total_questions = 0, correct_answers = 0, wrong_answers = 0, score = 0;
    double accuracy = 0, time_taken = 0;
    long long points_earned = 0;
    std::string started_at, completed_at;  // storage text, UTC
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
};

}  // namespace anzan::progress
