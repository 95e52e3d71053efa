// Online paper attempts and assignments (docs/practice.md, "Paper attempts"): each operation reads
// and writes through the store in one transaction per write, and answers with plain structs; the
// routes shape them into JSON. A caller only ever sees their own attempts: another student's is
// NotFound, never Forbidden. The clock comes in as `now`. Safe from any thread.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "papers/types.hpp"
#include "platform/db/database.hpp"
#include "platform/identity.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::papers {

// An attempt with what its answers need beside it: the caller's balance, and the graded
// questions once it is completed.
struct AttemptView {
    PaperAttempt attempt;
    long long total_points = 0;
    std::optional<AttemptGrade> grade;  // completed attempts only (and only when their questions read)
};

// The clock and calendar an attempt operation runs under.
struct AttemptClock {
    Instant now;
    std::string academy_timezone;  // for the day a credit counts towards (daily caps)
};

// Starts an attempt: the questions are generated here from the config and seed (a saved paper's,
// whose seed is fixed on first use as a download fixes it; or the request's, or a fresh one), never
// taken from the client. Returns the new attempt's view. NotFound for an unknown paper or an
// assignment the caller does not have; BadRequest/Invalid (400/422) with the generator's reason for
// a config it refuses; Conflict for a third attempt at the same title and seed (kMaxAttemptsReached)
// or a start that lost a race for the same attempt number.
Result<AttemptView> start_attempt(db::Database& database, const std::string& presets_dir, const AuthUser& caller,
                                  const AttemptStart& start, const AttemptClock& clock);

// The caller's attempt, abandoned first (its own transaction) when it sat idle past its expiry.
Result<AttemptView> read_attempt(db::Database& database, long long user_id, long long attempt_id, Instant now);

// Autosave of an open attempt. Invalid (nothing written) for answers check_answers refuses;
// Conflict when the attempt is submitted or abandoned (an idle one is abandoned now).
struct AutosaveResult {
    long long id = 0;
    Instant saved_at, expires_at;
    long long answered = 0;
};
Result<AutosaveResult> autosave_attempt(db::Database& database, long long user_id, long long attempt_id,
                                        const AnswerEntries& answers, Instant now);

// Grades and closes an open attempt and credits its points in the same transaction. A completed
// attempt answers its stored result unchanged (a repeat or concurrent submit credits nothing);
// Conflict (kAttemptClosed) for an abandoned one, or one idle past its expiry (abandoned now);
// Invalid for bad answers or time (nothing written).
Result<AttemptView> submit_attempt(db::Database& database, long long user_id, long long attempt_id,
                                   const AttemptSubmit& submit, const AttemptClock& clock);

// GET …/validate: whether the attempt can still be continued. Never fails for a missing or foreign
// attempt ("not_found"); does not abandon anything.
struct AttemptValidity {
    bool valid = false;
    std::optional<std::string> reason;  // "not_found", "completed", "expired"
    std::optional<Instant> expires_at;
};
Result<AttemptValidity> validate_attempt(db::Database& database, long long user_id, long long attempt_id, Instant now);

// The caller's attempts, newest first (idle ones abandoned first); limit 1..100.
Result<std::vector<PaperAttempt>> list_own_attempts(db::Database& database, long long user_id, int limit, Instant now);
// How many attempts the caller made at (title, seed).
Result<long long> count_own_attempts(db::Database& database, long long user_id, const std::string& paper_title,
                                     std::int64_t seed);

// Assignments. A teacher assigns to the branches they teach (Forbidden otherwise), an admin to any;
// NotFound without the paper; Conflict when that paper is already assigned to that branch and level.
Result<PaperAssignment> assign_paper(db::Database& database, const AuthUser& caller, long long paper_id,
                                     const NewAssignment& assignment, Instant now);
// Admin: every assignment; teacher: those of their branches.
Result<std::vector<PaperAssignment>> list_assignments_for(db::Database& database, const AuthUser& caller);
// NotFound without it; Forbidden for a teacher when it is another branch's.
Result<void> remove_assignment(db::Database& database, const AuthUser& caller, long long assignment_id);
// A student's assignments (their profile's branch, and level where the assignment names one);
// staff have none here (they list GET /api/papers/assignments).
Result<std::vector<AssignmentForStudent>> assignments_for_me(db::Database& database, const AuthUser& caller);

}  // namespace anzan::papers
