// Every SQL statement on the progress tables: practice_sessions, attempts, points_logs,
// streak_days, rewards, leaderboard, and the progress columns of users (total_points,
// current_streak, longest_streak, last_practice_date, total_questions_attempted, the grace-skip
// and daily-login dates). Only src/progress/ writes them; the other areas call these functions in
// their own transaction. Functions take the caller's session or transaction first and never commit;
// the statements of every submit are prepared once per connection (those take a db::Session).
#pragma once
#include <functional>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "academy/types.hpp"
#include "platform/db/database.hpp"
#include "platform/result.hpp"
#include "progress/types.hpp"

namespace anzan::progress::store {

// A new account's progress rows (its leaderboard entry, at zero). Once per user, when created.
Result<void> open_account(soci::session& sql, long long user_id, const std::string& now);

// The only writer of points: a ledger row, then the balance in users and leaderboard. Returns
// false and changes nothing when `credit.idempotency_key` was credited before (a retried request).
Result<bool> credit(db::Session& session, const Credit& credit);

// A finished practice session with its attempts; returns the session id. Points are not part of
// it: the caller credits them (the session's id makes the idempotency key).
Result<long long> record_practice_session(db::Session& session, const PracticeSession& practice,
                                          const std::vector<PracticeAttempt>& attempts);
// Mental-maths sessions graded by the server (store_practice.cpp). `open_practice_session` stores
// the generated questions with status "open"; `finish_practice_session` closes an open one with
// its totals and status ("completed" or "expired") and returns false when it was not open (a
// concurrent or repeated submit); `add_attempts` stores its graded questions.
Result<long long> open_practice_session(soci::session& sql, const OpenPracticeSession& session);
Result<std::optional<StoredPracticeSession>> find_practice_session(db::Session& session, long long session_id);
Result<bool> finish_practice_session(db::Session& session, long long session_id, const PracticeTotals& totals,
                                     const std::string& status);
Result<void> add_attempts(db::Session& session, long long session_id, const std::vector<PracticeAttempt>& attempts);
Result<std::vector<PracticeAttempt>> list_attempts(soci::session& sql, long long session_id);
// The dashboard's reads, prepared once per connection: the user's balance, streaks and sums over
// completed sessions; their newest completed sessions (without questions), newest first; their
// badge names, oldest first, without the three retired legacy types.
Result<StudentProgress> student_progress(db::Session& session, long long user_id);
Result<std::vector<StoredPracticeSession>> recent_practice_sessions(db::Session& session, long long user_id,
                                                                    int limit);
Result<std::vector<std::string>> badge_names(db::Session& session, long long user_id);
// Sessions the user started since `since` (storage text), and how many of those are still open.
Result<SessionCounts> session_counts(soci::session& sql, long long user_id, const std::string& since);
// Sets a legacy-saved session's points once its credit is known.
Result<void> set_session_points(soci::session& sql, long long session_id, long long points);


// Points (store_points.cpp). The point values, read on every credit so an admin's change applies
// to every server at once.
Result<PointRules> load_point_rules(db::Session& session);
Result<std::vector<PointRule>> list_point_rules(soci::session& sql);
// Sets existing rules; NotFound naming the first unknown key (nothing changed then).
Result<void> set_point_rules(soci::session& sql, const std::vector<std::pair<std::string, long long>>& values,
                             long long by_user_id, const std::string& at);
// Points for answering (a session or paper attempt), credited once per (source_type, source_id):
// the point rules, then the source's daily cap, then `credit`, then the user's answered total.
// A repeat changes nothing and reports credited = false with the current balance.
Result<Earned> credit_earning(db::Session& session, const Earning& earning);
// The daily login bonus of `day` ("YYYY-MM-DD"): credits `points` once per user and day and
// records the day in users.last_daily_login_bonus_date. False when it was given before.
Result<bool> credit_daily_login(db::Session& session, long long user_id, long long points, const std::string& day,
                                const std::string& at);
Result<long long> balance(db::Session& session, long long user_id);
// The user's ledger, newest first; the sum of all of it; its length.
Result<std::vector<LedgerEntry>> ledger_page(soci::session& sql, long long user_id, long long limit, long long offset);
Result<long long> ledger_sum(soci::session& sql, long long user_id);
Result<long long> ledger_count(soci::session& sql, long long user_id);

// Adds answered questions to the user's total and sets their last practice time.
Result<void> add_practice_totals(db::Session& session, long long user_id, long long questions, const std::string& at);

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
