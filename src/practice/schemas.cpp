#include "practice/schemas.hpp"

namespace anzan::practice {
namespace {

constexpr const char* kOptions = R"json({
  "type":"object","required":["operations","max_questions","session_seconds"],
  "properties":{
    "max_questions":{"type":"integer"},"session_seconds":{"type":"number"},
    "operations":{"type":"array","items":{
      "type":"object","required":["operation_type","label","flash","settings","timing"],
      "properties":{
        "operation_type":{"type":"string"},"label":{"type":"string"},"flash":{"type":"boolean"},
        "settings":{"type":"array","items":{"type":"object","required":["name","label","min","max","default"],
          "properties":{"name":{"type":"string"},"label":{"type":"string"},"min":{"type":"integer"},
                        "max":{"type":"integer"},"default":{"type":"integer"}}}},
        "timing":{"type":"object","required":["unit","easy","medium","hard","custom_min","custom_max","custom_values",
                                                "answer_seconds"],
          "properties":{"unit":{"type":"string","enum":["row","question"]},"easy":{"type":"number"},
                        "medium":{"type":"number"},"hard":{"type":"number"},"custom_min":{"type":"number"},
                        "custom_max":{"type":"number"},"custom_values":{"type":"array","items":{"type":"number"}},
                        "answer_seconds":{"type":["number","null"]}}}}}}}})json";

constexpr const char* kSessionRequest = R"json({
  "type":"object","required":["operation_type"],
  "properties":{
    "operation_type":{"type":"string"},"total_questions":{"type":"integer","minimum":1,"maximum":50},
    "difficulty_mode":{"type":"string","enum":["easy","medium","hard","custom"]},
    "seconds":{"type":["number","null"]},
    "settings":{"type":"object","additionalProperties":{"type":["integer","null"]}}}})json";

constexpr const char* kQuestion = R"json({
  "type":"object","required":["question_number","text","rows","is_vertical"],
  "properties":{"question_number":{"type":"integer"},"text":{"type":"string"},
                "rows":{"type":"array","items":{"type":"string"}},"is_vertical":{"type":"boolean"}}})json";

constexpr const char* kResult = R"json({
  "type":"object",
  "required":["id","total_questions","correct_answers","wrong_answers","unattempted","accuracy","score","time_taken",
              "points_earned","total_points","completed_at","questions"],
  "properties":{
    "id":{"type":"integer"},"total_questions":{"type":"integer"},"correct_answers":{"type":"integer"},
    "wrong_answers":{"type":"integer"},"unattempted":{"type":"integer"},"accuracy":{"type":"number"},
    "score":{"type":"integer"},"time_taken":{"type":"number"},"points_earned":{"type":"integer"},
    "total_points":{"type":"integer"},"completed_at":{"type":["string","null"]},
    "questions":{"type":"array","items":{"type":"object",
      "required":["question_number","text","rows","is_vertical","given","correct_answer","answered","is_correct",
                  "time_taken"],
      "properties":{"question_number":{"type":"integer"},"text":{"type":"string"},
                    "rows":{"type":"array","items":{"type":"string"}},"is_vertical":{"type":"boolean"},
                    "given":{"type":["string","null"]},"correct_answer":{"type":"string"},
                    "answered":{"type":"boolean"},"is_correct":{"type":"boolean"},"time_taken":{"type":"number"}}}}}})json";

constexpr const char* kSession = R"json({
  "type":"object",
  "required":["id","status","operation_type","difficulty_mode","flash","seconds","answer_seconds","total_questions",
              "settings","started_at","expires_at","questions","result"],
  "properties":{
    "id":{"type":"integer"},"status":{"type":"string","enum":["open","completed","expired"]},
    "operation_type":{"type":"string"},"difficulty_mode":{"type":"string"},"flash":{"type":"boolean"},
    "seconds":{"type":"number"},"answer_seconds":{"type":"number"},"total_questions":{"type":"integer"},
    "settings":{"type":"object","additionalProperties":{"type":"integer"}},
    "started_at":{"type":"string"},"expires_at":{"type":"string"},
    "questions":{"type":"array","items":{"$ref":"#/components/schemas/PracticeQuestion"}},
    "result":{"oneOf":[{"$ref":"#/components/schemas/PracticeResult"},{"type":"null"}]}}})json";

constexpr const char* kSubmit = R"json({
  "type":"object",
  "properties":{
    "time_taken":{"type":"number","minimum":0,"maximum":86400},
    "answers":{"type":"array","maxItems":50,"items":{"type":"object","required":["question_number"],
      "properties":{"question_number":{"type":"integer"},"answer":{"type":["string","number","null"]},
                    "time_taken":{"type":"number","minimum":0}}}}}})json";

constexpr const char* kLegacyRequest = R"json({
  "type":"object","required":["operation_type","difficulty_mode"],
  "properties":{
    "operation_type":{"type":"string"},"difficulty_mode":{"type":"string"},"total_questions":{"type":"integer"},
    "correct_answers":{"type":"integer","description":"ignored: the server grades"},
    "wrong_answers":{"type":"integer","description":"ignored"},"accuracy":{"type":"number","description":"ignored"},
    "score":{"type":"integer","description":"ignored"},"time_taken":{"type":"number"},
    "points_earned":{"type":"integer","description":"ignored"},
    "attempts":{"type":"array","maxItems":50,"items":{"type":"object","required":["question_data"],
      "properties":{"question_data":{"type":"object"},"user_answer":{"type":["number","string","null"]},
                    "correct_answer":{"type":"number","description":"ignored: recomputed from question_data"},
                    "is_correct":{"type":"boolean","description":"ignored"},"time_taken":{"type":"number"},
                    "question_number":{"type":"integer"}}}}}})json";

constexpr const char* kLegacySession = R"json({
  "type":"object",
  "required":["id","operation_type","difficulty_mode","total_questions","correct_answers","wrong_answers","accuracy",
              "score","time_taken","points_earned","started_at","completed_at"],
  "properties":{
    "id":{"type":"integer"},"operation_type":{"type":"string"},"difficulty_mode":{"type":"string"},
    "total_questions":{"type":"integer"},"correct_answers":{"type":"integer"},"wrong_answers":{"type":"integer"},
    "accuracy":{"type":"number"},"score":{"type":"integer"},"time_taken":{"type":"number"},
    "points_earned":{"type":"integer"},"started_at":{"type":"string"},"completed_at":{"type":["string","null"]},
    "total_points":{"type":"integer"},"status":{"type":"string"},
    "attempts":{"type":"array","items":{"type":"object",
      "required":["id","question_data","user_answer","correct_answer","is_correct","time_taken","question_number"],
      "properties":{"id":{"type":"integer"},"question_data":{"type":"object"},"user_answer":{"type":["number","null"]},
                    "correct_answer":{"type":"number"},"is_correct":{"type":"boolean"},"time_taken":{"type":"number"},
                    "question_number":{"type":"integer"},"created_at":{"type":"string"}}}}}})json";

constexpr const char* kStats = R"json({
  "type":"object",
  "required":["total_sessions","total_questions","total_correct","total_wrong","overall_accuracy","total_points",
              "current_streak","longest_streak","badges","recent_sessions","recent_paper_attempts",
              "total_paper_attempts","paper_total_questions","paper_total_correct","paper_total_wrong",
              "paper_overall_accuracy"],
  "properties":{
    "total_sessions":{"type":"integer"},"total_questions":{"type":"integer"},"total_correct":{"type":"integer"},
    "total_wrong":{"type":"integer"},"overall_accuracy":{"type":"number"},"total_points":{"type":"integer"},
    "current_streak":{"type":"integer"},"longest_streak":{"type":"integer"},
    "badges":{"type":"array","items":{"type":"string"}},
    "recent_sessions":{"type":"array","items":{"$ref":"#/components/schemas/LegacyPracticeSession"}},
    "recent_paper_attempts":{"type":"array","items":{"type":"object"}},
    "total_paper_attempts":{"type":"integer"},"paper_total_questions":{"type":"integer"},
    "paper_total_correct":{"type":"integer"},"paper_total_wrong":{"type":"integer"},
    "paper_overall_accuracy":{"type":"number"}}})json";

constexpr const char* kPointsLogs = R"json({
  "type":"object","required":["total_points_from_logs","total_points_from_user","match","logs","total_entries"],
  "properties":{
    "total_points_from_logs":{"type":"integer"},"total_points_from_user":{"type":"integer"},"match":{"type":"boolean"},
    "total_entries":{"type":"integer"},
    "logs":{"type":"array","items":{"type":"object",
      "required":["id","points","source_type","description","source_id","metadata","created_at"],
      "properties":{"id":{"type":"integer"},"points":{"type":"integer"},"source_type":{"type":"string"},
                    "description":{"type":"string"},"source_id":{"type":["integer","null"]},
                    "metadata":{"type":"object"},"created_at":{"type":"string"}}}}}})json";

constexpr const char* kPointRules = R"json({
  "type":"array","items":{"type":"object","required":["key","points","description","updated_at","updated_by_user_id"],
    "properties":{"key":{"type":"string"},"points":{"type":"integer"},"description":{"type":"string"},
                  "updated_at":{"type":["string","null"]},"updated_by_user_id":{"type":["integer","null"]}}}})json";

constexpr const char* kPointRulesUpdate = R"json({
  "type":"object","required":["rules"],
  "properties":{"rules":{"type":"object","additionalProperties":{"type":"integer","minimum":0,"maximum":1000000}}}})json";

constexpr const char* kAdjustment = R"json({
  "type":"object","required":["points","reason"],
  "properties":{"points":{"type":"integer","minimum":-1000000,"maximum":1000000},
                "reason":{"type":"string","minLength":1,"maxLength":200},
                "idempotency_key":{"type":"string","maxLength":100}}})json";

constexpr const char* kAdjusted = R"json({
  "type":"object","required":["user_id","points","total_points","reason","credited"],
  "properties":{"user_id":{"type":"integer"},"points":{"type":"integer"},"total_points":{"type":"integer"},
                "reason":{"type":"string"},"credited":{"type":"boolean"}}})json";

constexpr const char* kLegacySetPoints = R"json({
  "type":"object","required":["points"],"properties":{"points":{"type":"integer"}}})json";

constexpr const char* kLegacyPointsSet = R"json({
  "type":"object","required":["message","old_points","new_points"],
  "properties":{"message":{"type":"string"},"old_points":{"type":"integer"},"new_points":{"type":"integer"}}})json";

}  // namespace

void add_schemas(http::Router& router) {
    router.add_schema("PracticeOptions", kOptions);
    router.add_schema("PracticeSessionRequest", kSessionRequest);
    router.add_schema("PracticeQuestion", kQuestion);
    router.add_schema("PracticeResult", kResult);
    router.add_schema("PracticeSession", kSession);
    router.add_schema("PracticeSubmit", kSubmit);
    router.add_schema("LegacyPracticeRequest", kLegacyRequest);
    router.add_schema("LegacyPracticeSession", kLegacySession);
    router.add_schema("StudentStats", kStats);
    router.add_schema("PointsLogs", kPointsLogs);
    router.add_schema("PointRules", kPointRules);
    router.add_schema("PointRulesUpdate", kPointRulesUpdate);
    router.add_schema("PointsAdjustment", kAdjustment);
    router.add_schema("PointsAdjusted", kAdjusted);
    router.add_schema("LegacySetPoints", kLegacySetPoints);
    router.add_schema("LegacyPointsSet", kLegacyPointsSet);
}

}  // namespace anzan::practice
