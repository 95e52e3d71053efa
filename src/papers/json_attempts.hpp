// Request bodies and response shapes of online paper attempts and assignments, with the legacy
// field names (shared/spec/legacy/gamification.md §5, api.md "paper attempt"). Parsing never
// throws: a wrong shape is Invalid (422) naming the field.
#pragma once
#include <nlohmann/json.hpp>

#include "papers/types.hpp"
#include "platform/json_writer.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::papers {

// POST /api/papers/attempt: {assignment_id} or {paper_id} (a positive integer), or else the legacy
// {paper_title?, paper_level?, paper_config, seed?, generated_blocks (ignored)}. The config is
// parsed as a PaperConfig, taking its title and level from paper_title and paper_level when it has
// none; the attempt is filed under paper_title (checked: 1..100 characters) or else the config's.
Result<AttemptStart> parse_attempt_start(const nlohmann::json& body);
// {answers: {question_id: string | number | null}} of an autosave; Invalid without answers.
Result<AnswerEntries> parse_autosave(const nlohmann::json& body);
// {answers?, time_taken}: time_taken a number of seconds (range checked by the rules).
Result<AttemptSubmit> parse_attempt_submit(const nlohmann::json& body);
// {branch, level?}.
Result<NewAssignment> parse_new_assignment(const nlohmann::json& body);

// The stored form of answers: {"3": "46", …}.
std::string answer_sheet_json(const AnswerSheet& sheet);
// A stored answers column read back leniently (legacy rows hold numbers, and maybe worse): the
// entries that are numbers, as read_answer would return them; anything else is left out.
AnswerSheet read_stored_answers(const std::string& answers_json);
// The stored generated_blocks column read back for grading: each block's questions with their id
// and exact answer only (nothing else is filled in). Invalid when it cannot be read as blocks of
// questions (a legacy row, say).
Result<std::vector<GeneratedBlock>> read_stored_blocks(const std::string& generated_blocks);

// The ledger entry's extra_data of a submitted attempt (legacy §5.3): {paper_title, paper_level,
// correct_answers, wrong_answers, attempted_questions, total_questions, accuracy}.
std::string attempt_credit_extra_json(const PaperAttempt& attempt, const AttemptGrade& grade);

// The legacy PaperAttemptResponse {id, paper_title, paper_level, total_questions,
// correct_answers, wrong_answers, accuracy, score, time_taken, points_earned, started_at,
// completed_at, seed} plus unattempted, status, attempt_number and assignment_id. `seed` is null
// while the attempt is open: with the config it regenerates the answer key.
// The legacy PaperAttemptResponse of an attempt (plus unattempted, status, attempt_number,
// assignment_id), written directly (the dashboard lists them) or as a document.
void write_attempt(JsonWriter& w, const PaperAttempt& attempt);
nlohmann::json attempt_json(const PaperAttempt& attempt);
// attempt_json plus total_points: the caller's balance.
nlohmann::json attempt_result_json(const PaperAttempt& attempt, long long total_points);
// attempt_result_json plus paper_config, generated_blocks (answer and answer_text removed while
// the attempt is open), answers, expires_at (null once closed) and results (`grade`'s questions,
// null unless given: only a completed attempt has them).
nlohmann::json attempt_detail_json(const PaperAttempt& attempt, long long total_points,
                                   const std::optional<AttemptGrade>& grade);

// {id, paper_id, paper_title, paper_level, branch, level, assigned_by_user_id, created_at}.
nlohmann::json assignment_json(const PaperAssignment& assignment);
// {assignment_id, paper_id, title, level, branch, assignment_level, assigned_at, attempts_used,
//  max_attempts, can_attempt}.
nlohmann::json assignment_for_student_json(const AssignmentForStudent& item);

}  // namespace anzan::papers
