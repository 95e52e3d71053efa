// Every SQL statement on the progress tables: practice_sessions, attempts, points_logs,
// streak_days, rewards, leaderboard, and the progress columns of users (total_points,
// current_streak, longest_streak, last_practice_date, total_questions_attempted, the grace-skip
// and daily-login dates). Only src/progress/ writes them; the other areas call these functions in
// their own transaction. Functions take the caller's session or transaction first and never commit.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "academy/types.hpp"
#include "platform/result.hpp"
#include "progress/types.hpp"

namespace anzan::progress::store {

// A new account's progress rows (its leaderboard entry, at zero). Once per user, when created.
Result<void> open_account(soci::session& sql, long long user_id, const std::string& now);

// The only writer of points: a ledger row, then the balance in users and leaderboard. Returns
// false and changes nothing when `credit.idempotency_key` was credited before (a retried request).
Result<bool> credit(soci::session& sql, const Credit& credit);

// A finished practice session with its attempts; returns the session id. Points are not part of
// it: the caller credits them (the session's id makes the idempotency key).
Result<long long> record_practice_session(soci::session& sql, const PracticeSession& session,
                                          const std::vector<PracticeAttempt>& attempts);
// Adds answered questions to the user's total and sets their last practice time.
Result<void> add_practice_totals(soci::session& sql, long long user_id, long long questions, const std::string& at);

// Season reset (store_reset.cpp). The tables progress changes, in the order it changes them
// (children before parents).
std::vector<ResetTable> reset_tables();
// What reset_in_scope would change, counted; changes nothing.
Result<TableCounts> count_in_scope(soci::session& sql, const academy::StudentScope& scope);
// Deletes the practice history, ledger, rewards and streak days of the users in scope and zeroes
// their progress columns and leaderboard rows; one entry per table, from each statement's
// affected rows. `on_step` is called before each statement with a label ("deleting attempts").
Result<TableCounts> reset_in_scope(soci::session& sql, const academy::StudentScope& scope, const std::string& now,
                                   const std::function<void(std::string_view)>& on_step);

// `anzan check`: users whose ledger does not sum to their balance, leaderboard rows that disagree,
// and rows of every reset table whose parent is gone; one sentence each, empty when all is well.
Result<std::vector<std::string>> integrity_problems(soci::session& sql);

}  // namespace anzan::progress::store
