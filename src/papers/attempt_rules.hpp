// The rules of online paper attempts (docs/practice.md, "Paper attempts"): the two-attempt limit,
// the 1-hour idle limit, checking and grading answers, and who may assign a paper to a branch.
// Pure functions: no SQL, no JSON, no clock (`now` is always a parameter). Grading is progress's one
// rule (progress/rules.hpp), the same as for mental maths. Safe to call from any thread.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "papers/types.hpp"
#include "platform/identity.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::papers {

// Attempts one student may make at one paper (title and seed): one attempt and one re-attempt.
constexpr long long kMaxAttemptsPerPaper = 2;
// An open attempt untouched (no autosave, no submit) this long is abandoned with 0 points.
constexpr std::chrono::seconds kAttemptIdleLimit{3600};
// The longest time a submit may report, in seconds (a day).
constexpr double kMaxAttemptSeconds = 86400;

// The answer to a start beyond the limit (409).
inline constexpr std::string_view kMaxAttemptsReached =
    "Maximum attempts reached (2 per paper: one attempt and one re-attempt)";
// The answer to a submit or autosave of an abandoned attempt (409).
inline constexpr std::string_view kAttemptClosed =
    "This attempt was not submitted within 1 hour; it was closed with 0 points";

// The attempt's status as stored: open (completed_at empty), abandoned (closed without a
// time_taken) or completed. An open attempt past its idle limit is still Open here; see
// is_idle_expired.
AttemptStatus attempt_status(const PaperAttempt& attempt);
// "open", "completed", "abandoned".
std::string_view status_name(AttemptStatus status);

// When an open attempt is abandoned if nothing touches it: updated_at + kAttemptIdleLimit.
// nullopt for a closed attempt (or an unreadable updated_at).
std::optional<Instant> attempt_expires_at(const PaperAttempt& attempt);
// True when the attempt is open and `now` is at or past its expiry: it must be abandoned before
// anything else is done with it.
bool is_idle_expired(const PaperAttempt& attempt, Instant now);
// The updated_at before which an open attempt counts as idle at `now`.
Instant idle_cutoff(Instant now);

// The next attempt number after `attempts_so_far` attempts at the same paper. Conflict with
// kMaxAttemptsReached when the limit is reached.
Result<int> next_attempt_number(long long attempts_so_far);

// Checks answers sent for an attempt whose questions have `question_ids`: each entry is (question
// id as sent, the answer as text or nullopt for null). Invalid, naming the question, when an id
// is not one of the paper's, an id repeats, there are more entries than questions, or an answer is
// not a number (progress::rules::read_answer: at most 24 characters). Blank answers are dropped.
Result<AnswerSheet> check_answers(const AnswerEntries& entries, const std::vector<int>& question_ids);

// Every question id of `blocks`, in paper order.
std::vector<int> question_ids(const std::vector<GeneratedBlock>& blocks);

// Grades every question of `blocks` against `answers` (progress::rules::grade: an answer of 0 is
// an answer; a missing one is unattempted).
AttemptGrade grade_attempt(const std::vector<GeneratedBlock>& blocks, const AnswerSheet& answers);

// Invalid unless 0 <= seconds <= kMaxAttemptSeconds.
Result<double> check_time_taken(double seconds);

// A new assignment checked: branch trimmed, 1..100 characters; level trimmed, at most 50
// characters, empty meaning every level. Invalid otherwise.
Result<NewAssignment> check_new_assignment(NewAssignment assignment);

// Whether `role` may set or remove assignments of `branch`: admins for every branch, teachers for
// the branches they are assigned to (`teacher_branches`), students never.
bool can_manage_branch(Role role, const std::vector<std::string>& teacher_branches, const std::string& branch);

// Whether a student whose profile has `branch` and `level` sees `assignment`: the same branch,
// and the same level when the assignment names one. A student without a branch sees none.
bool is_assigned_to(const PaperAssignment& assignment, const std::optional<std::string>& branch,
                    const std::optional<std::string>& level);

}  // namespace anzan::papers
