// Every SQL statement of the worksheets area (tables `papers`, `paper_attempts` and
// `paper_assignments`, docs/schema.md).
// Only src/papers/ writes them. Functions take the caller's session or transaction first and
// return our structs; they hold no policy (who may save or read a paper is the route table's
// business). Same SQL on SQLite and PostgreSQL.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <functional>
#include <string_view>

#include "academy/types.hpp"
#include "papers/types.hpp"
#include "platform/db/database.hpp"
#include "platform/result.hpp"
#include "platform/table_count.hpp"

namespace anzan::papers::store {

// Inserts a saved paper; `config_json` is stored as given, `created_at` is storage text. Returns
// the new id.
struct PaperRow {
    std::string title;
    std::string level;
    std::string config_json;
    std::optional<std::int64_t> seed;
    std::string created_at;
    std::optional<long long> created_by_user_id;
};
Result<long long> insert_paper(soci::session& sql, const PaperRow& row);

Result<std::optional<SavedPaper>> find_paper(soci::session& sql, long long paper_id);

// Newest first (created_at, then id), `page.limit` rows after skipping `page.offset`.
Result<std::vector<SavedPaper>> list_papers(soci::session& sql, const PageRequest& page);

// Gives a paper without a seed this one; a paper that has a seed keeps it. Returns the paper's
// seed afterwards (so two racing first downloads agree), NotFound when the paper is gone.
Result<std::int64_t> set_seed_if_missing(soci::session& sql, long long paper_id, std::int64_t seed);

// Deletes a paper; false when there was none.
Result<bool> delete_paper(soci::session& sql, long long paper_id);

// Online attempts (store_attempts.cpp). Attempts a user made at one paper (title and seed), in
// any state: the two-attempt limit counts them all.
Result<long long> count_attempts(soci::session& sql, long long user_id, const std::string& paper_title,
                                 std::int64_t seed);
// A new open attempt; returns its id. Conflict when (user, title, seed, attempt_number) exists
// already: another start at the same paper won the race.
struct NewAttemptRow {
    long long user_id = 0;
    std::string paper_title, paper_level, paper_config, generated_blocks;
    std::int64_t seed = 0;
    int total_questions = 0;
    int attempt_number = 1;
    std::optional<long long> assignment_id;
    std::string started_at;  // storage text; also its first updated_at
};
Result<long long> insert_attempt(soci::session& sql, const NewAttemptRow& row);
Result<std::optional<PaperAttempt>> find_attempt(soci::session& sql, long long attempt_id);
// Autosave: the answers (a JSON object) and updated_at of an open attempt. False when the
// attempt is not open (submitted or abandoned meanwhile): nothing changed then.
Result<bool> save_answers(soci::session& sql, long long attempt_id, const std::string& answers_json,
                          const std::string& now);
// Closes an open attempt with its graded totals (points_earned 0: set_attempt_points follows the
// credit). False when it was not open: a concurrent or repeated submit, which must change nothing.
struct AttemptTotals {
    std::string answers_json;
    int correct_answers = 0, wrong_answers = 0, score = 0;
    double accuracy = 0, time_taken = 0;
    std::string completed_at;
};
Result<bool> finish_attempt(soci::session& sql, long long attempt_id, const AttemptTotals& totals);
Result<void> set_attempt_points(soci::session& sql, long long attempt_id, long long points);
// Abandons open attempts last touched before `cutoff` (storage text): completed_at = `now`, counts
// and points 0, time_taken NULL, the draft answers kept. One attempt, or every one of a user;
// returns how many were closed.
Result<long long> abandon_idle_attempt(soci::session& sql, long long attempt_id, const std::string& now,
                                       const std::string& cutoff);
Result<long long> abandon_idle_attempts(soci::session& sql, long long user_id, const std::string& now,
                                        const std::string& cutoff);
// Sums over the user's submitted attempts (completed, not abandoned).
Result<PaperSums> paper_sums(db::Session& session, long long user_id);
// The user's attempts, newest first, at most `limit`; without paper_config and generated_blocks
// (left empty: lists show none). Prepared once per connection (the dashboard reads it too).
Result<std::vector<PaperAttempt>> recent_attempts(db::Session& session, long long user_id, int limit);

// Assignments (store_assignments.cpp). A new one; returns its id. Conflict when the paper is
// already assigned to that branch and level.
Result<long long> insert_assignment(soci::session& sql, long long paper_id, const NewAssignment& assignment,
                                    long long by_user_id, const std::string& created_at);
Result<std::optional<PaperAssignment>> find_assignment(soci::session& sql, long long assignment_id);
// Newest first: every assignment (`branches` nullopt) or those of the given branches.
Result<std::vector<PaperAssignment>> list_assignments(soci::session& sql,
                                                      const std::optional<std::vector<std::string>>& branches);
// The assignments of `branch` for a student of `level` (those naming no level, and those naming
// this one), newest first, each with the attempts `user_id` made at its paper (title and seed).
Result<std::vector<AssignmentForStudent>> assignments_for_student(soci::session& sql, long long user_id,
                                                                  const std::string& branch,
                                                                  const std::optional<std::string>& level);
// False when there was none.
Result<bool> delete_assignment(soci::session& sql, long long assignment_id);

// Season reset (store_reset.cpp): the paper attempts of the students in scope. The tables it
// changes; what it would change, counted; the change itself, one entry per table.
std::vector<ResetTable> reset_tables();
Result<TableCounts> count_in_scope(soci::session& sql, const academy::StudentScope& scope);
Result<TableCounts> reset_in_scope(soci::session& sql, const academy::StudentScope& scope,
                                   const std::function<void(std::string_view)>& on_step);
// `anzan check`: paper attempts whose user is gone, assignments whose paper is gone; one sentence
// each, or none. (A reset keeps assignments: they are the teachers' work, not progress.)
Result<std::vector<std::string>> integrity_problems(soci::session& sql);

}  // namespace anzan::papers::store
