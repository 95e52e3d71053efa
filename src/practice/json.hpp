// Wire shapes of practice (docs/practice.md): the Anzan session API and the legacy
// /users/practice-session, /users/stats and /users/points/logs shapes, field names as the legacy
// client reads them. Parsing never throws: a wrong shape is Invalid naming the field.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/json_writer.hpp"
#include "platform/result.hpp"
#include "practice/types.hpp"
#include "progress/types.hpp"

namespace anzan::practice {

// One attempt of a legacy request, its question already recomputed.
struct LegacyAttempt {
    nlohmann::json question_data;
    LegacyQuestion question;
    std::optional<std::string> given;
    double time_taken = 0;
    int question_number = 0;
};
struct LegacyRequest {
    std::string operation_type, difficulty_mode;
    int total_questions = 0;
    double time_taken = 0;
    std::vector<LegacyAttempt> attempts;
};

Result<SessionRequest> parse_session_request(const nlohmann::json& body);
Result<SubmitRequest> parse_submit_request(const nlohmann::json& body);
Result<LegacyRequest> parse_legacy_request(const nlohmann::json& body);
// An answer on the wire (a string, a number or null) as checked text; nullopt = blank.
Result<std::optional<std::string>> answer_text(const nlohmann::json* value, const std::string& what);

// Stored forms (practice_sessions.questions / .config, attempts.question_data).
std::string stored_questions(const std::vector<SessionQuestion>& questions);
Result<std::vector<SessionQuestion>> read_stored_questions(const std::string& text);
std::string stored_config(const SessionPlan& plan);
std::string graded_question_data(const GradedQuestion& graded);
// A stored attempt read back as a graded question (legacy rows: only their numbers).
GradedQuestion graded_from_attempt(const progress::PracticeAttempt& attempt);

// PracticeSession: `result` is null unless given.
nlohmann::json session_json(const progress::StoredPracticeSession& session, const std::vector<SessionQuestion>& questions,
                            const std::string& expires_at, const nlohmann::json& result);
// PracticeResult of a session and its graded questions, as JSON text.
std::string result_text(const progress::StoredPracticeSession& session, const std::vector<GradedQuestion>& questions,
                        long long total_points);

// The fields of a legacy PracticeSessionResponse, written into an open object (callers add theirs).
void write_legacy_session_fields(JsonWriter& w, const progress::StoredPracticeSession& session);
// One attempt of a legacy session detail.
nlohmann::json legacy_attempt_json(const progress::PracticeAttempt& attempt);

}  // namespace anzan::practice
