#include "papers/schemas.hpp"

#include <nlohmann/json.hpp>

#include "papers/generator/catalogue.hpp"

namespace anzan::papers {
namespace {

using json = nlohmann::json;

void add_attempt_schemas(http::Router& router);

std::string question_type_enum() {
    json names = json::array();
    for (const auto& type : gen::question_type_catalogue()) names.push_back(std::string(type.name));
    return json{{"type", "string"}, {"enum", names}}.dump();
}

// Every field of the catalogue, optional and nullable, as the wire reader takes it.
std::string constraints_schema() {
    json properties = json::object();
    for (const auto& field : gen::constraint_fields()) {
        const char* kind = field.kind == gen::FieldKind::Boolean ? "boolean" : "integer";
        properties[std::string(field.name)] = {{"type", json::array({kind, "null"})},
                                               {"description", std::string(field.label)}};
    }
    return json{{"type", "object"}, {"properties", properties}}.dump();
}

// GET /api/question-types (catalogue_json.hpp).
constexpr const char* kQuestionTypesSchema = R"json({
  "type":"object","required":["question_types"],
  "properties":{"question_types":{"type":"array","items":{
    "type":"object","required":["type","label","orientation","constraints"],
    "properties":{
      "type":{"$ref":"#/components/schemas/QuestionType"},"label":{"type":"string"},
      "orientation":{"type":"string","enum":["vertical","horizontal"]},
      "constraints":{"type":"array","items":{
        "type":"object","required":["name","label","kind","min","max","default"],
        "properties":{
          "name":{"type":"string"},"label":{"type":"string"},"kind":{"type":"string","enum":["integer","boolean"]},
          "min":{"type":["integer","null"]},"max":{"type":["integer","null"]},
          "default":{"type":["integer","boolean","null"]}}}}}}}}})json";

}  // namespace

void add_schemas(http::Router& router) {
    router.add_schema("QuestionType", question_type_enum());
    // A block uses the fields its type reads (GET /api/question-types).
    router.add_schema("Constraints", constraints_schema());
    router.add_schema("QuestionTypes", kQuestionTypesSchema);
    router.add_schema("BlockConfig", R"json({
      "type":"object","required":["id","type","count","constraints","title"],
      "properties":{
        "id":{"type":"string"},"type":{"$ref":"#/components/schemas/QuestionType"},
        "count":{"type":"integer"},"constraints":{"$ref":"#/components/schemas/Constraints"},
        "title":{"type":["string","null"]}}})json");
    router.add_schema("PaperConfig", R"json({
      "type":"object","required":["title","level","blocks"],
      "properties":{
        "title":{"type":"string"},
        "level":{"type":"string","description":"Custom, Junior, AB-1 … AB-10, Advanced, Vedic-Level-1 …"},
        "blocks":{"type":"array","items":{"$ref":"#/components/schemas/BlockConfig"}}}})json");
    router.add_schema("Question", R"json({
      "type":"object","required":["id","text","operands","operator","operators","answer","answer_text","isVertical"],
      "properties":{
        "id":{"type":"integer"},"text":{"type":"string"},
        "operands":{"type":"array","items":{"type":["integer","string"]},
                    "description":"Numbers beyond JavaScript's safe integers come as text"},
        "operator":{"type":"string"},
        "operators":{"type":["array","null"],"items":{"type":"string"}},
        "answer":{"type":"number"},"answer_text":{"type":"string"},"isVertical":{"type":"boolean"}}})json");
    router.add_schema("GeneratedBlock", R"json({
      "type":"object","required":["config","questions"],
      "properties":{"config":{"$ref":"#/components/schemas/BlockConfig"},
                    "questions":{"type":"array","items":{"$ref":"#/components/schemas/Question"}}}})json");
    router.add_schema("Preview", R"json({
      "type":"object","required":["blocks","seed"],
      "properties":{"blocks":{"type":"array","items":{"$ref":"#/components/schemas/GeneratedBlock"}},
                    "seed":{"type":"integer","minimum":0}}})json");
    router.add_schema("PreviewRequest", R"json({
      "allOf":[{"$ref":"#/components/schemas/PaperConfig"}],
      "properties":{"seed":{"type":["integer","null"],"minimum":0,"description":"Absent: a random seed"}}})json");
    router.add_schema("PdfRequest", R"json({
      "type":"object",
      "description":"A paper config (at the top level or as config) with a seed, or the blocks a preview returned",
      "properties":{
        "title":{"type":"string"},"level":{"type":"string"},
        "blocks":{"type":"array","items":{"anyOf":[{"$ref":"#/components/schemas/BlockConfig"},
                                                  {"$ref":"#/components/schemas/GeneratedBlock"}]}},
        "config":{"$ref":"#/components/schemas/PaperConfig"},
        "generated_blocks":{"type":"array","items":{"$ref":"#/components/schemas/GeneratedBlock"}},
        "seed":{"type":["integer","null"],"minimum":0},
        "answer_key":{"type":"boolean"}}})json");
    router.add_schema("NewPaper", R"json({
      "type":"object","required":["config"],
      "properties":{"title":{"type":"string"},"level":{"type":"string"},
                    "config":{"$ref":"#/components/schemas/PaperConfig"},
                    "seed":{"type":["integer","null"],"minimum":0}}})json");
    router.add_schema("SavedPaper", R"json({
      "type":"object","required":["id","title","level","config","seed","created_at","created_by_user_id"],
      "properties":{
        "id":{"type":"integer"},"title":{"type":"string"},"level":{"type":"string"},
        "config":{"$ref":"#/components/schemas/PaperConfig"},
        "seed":{"type":["integer","null"],"description":"Staff only; null for students"},
        "created_at":{"type":"string","format":"date-time"},
        "created_by_user_id":{"type":["integer","null"]}}})json");
    router.add_schema("AnswerKeyRequest", R"json({
      "type":"object","properties":{"answer_key":{"type":"boolean"}}})json");
    add_attempt_schemas(router);
}

namespace {

// Online attempts and assignments (routes_attempts.cpp, json_attempts.cpp).
void add_attempt_schemas(http::Router& router) {
    router.add_schema("PaperAttemptStart", R"json({
      "type":"object",
      "description":"One of: assignment_id; paper_id (a saved paper); or the legacy body, whose generated_blocks are ignored (the server generates the questions from paper_config and seed)",
      "properties":{
        "assignment_id":{"type":"integer","minimum":1},"paper_id":{"type":"integer","minimum":1},
        "paper_title":{"type":"string"},"paper_level":{"type":"string"},
        "paper_config":{"$ref":"#/components/schemas/PaperConfig"},
        "seed":{"type":["integer","null"],"minimum":0,"description":"Absent: a random seed"},
        "generated_blocks":{"description":"Ignored"}}})json");
    router.add_schema("PaperAttempt", R"json({
      "type":"object",
      "required":["id","paper_title","paper_level","total_questions","correct_answers","wrong_answers","unattempted",
                  "accuracy","score","time_taken","points_earned","started_at","completed_at","seed","status",
                  "attempt_number","assignment_id"],
      "properties":{
        "id":{"type":"integer"},"paper_title":{"type":"string"},"paper_level":{"type":"string"},
        "total_questions":{"type":"integer"},"correct_answers":{"type":"integer"},"wrong_answers":{"type":"integer"},
        "unattempted":{"type":"integer"},"accuracy":{"type":"number","description":"correct / total × 100, 2 dp"},
        "score":{"type":"integer"},"time_taken":{"type":["number","null"],"description":"Seconds; null while open and when abandoned"},
        "points_earned":{"type":"integer"},
        "started_at":{"type":"string","format":"date-time"},"completed_at":{"type":["string","null"],"format":"date-time"},
        "seed":{"type":["integer","null"],"description":"Null while the attempt is open (with the config it would give the answers)"},
        "status":{"type":"string","enum":["open","completed","abandoned"]},
        "attempt_number":{"type":["integer","null"],"enum":[1,2,null]},
        "assignment_id":{"type":["integer","null"]}}})json");
    router.add_schema("PaperAttemptResult", R"json({
      "allOf":[{"$ref":"#/components/schemas/PaperAttempt"}],
      "required":["total_points"],
      "properties":{"total_points":{"type":"integer","description":"The caller's balance"}}})json");
    router.add_schema("AttemptQuestion", R"json({
      "type":"object","required":["id","text","operands","operator","operators","isVertical"],
      "description":"A Question; answer and answer_text only once the attempt is closed",
      "properties":{
        "id":{"type":"integer"},"text":{"type":"string"},
        "operands":{"type":"array","items":{"type":["integer","string"]}},
        "operator":{"type":"string"},"operators":{"type":["array","null"],"items":{"type":"string"}},
        "answer":{"type":"number"},"answer_text":{"type":"string"},"isVertical":{"type":"boolean"}}})json");
    router.add_schema("PaperAttemptDetail", R"json({
      "allOf":[{"$ref":"#/components/schemas/PaperAttemptResult"}],
      "required":["paper_config","generated_blocks","answers","expires_at","results"],
      "properties":{
        "paper_config":{"$ref":"#/components/schemas/PaperConfig"},
        "generated_blocks":{"type":"array","items":{
          "type":"object","required":["config","questions"],
          "properties":{"config":{"$ref":"#/components/schemas/BlockConfig"},
                        "questions":{"type":"array","items":{"$ref":"#/components/schemas/AttemptQuestion"}}}}},
        "answers":{"type":"object","additionalProperties":{"type":["string","number","null"]},
                   "description":"Question id → the answer saved or submitted"},
        "expires_at":{"type":["string","null"],"format":"date-time",
                      "description":"When an open attempt is abandoned unless autosaved or submitted first"},
        "results":{"type":["array","null"],"description":"Completed attempts only","items":{
          "type":"object","required":["question_id","given","correct_answer","is_correct","answered"],
          "properties":{"question_id":{"type":"integer"},"given":{"type":["string","null"]},
                        "correct_answer":{"type":"string"},"is_correct":{"type":"boolean"},
                        "answered":{"type":"boolean"}}}}}})json");
    router.add_schema("PaperAttemptAnswers", R"json({
      "type":"object","required":["answers"],
      "properties":{"answers":{"type":"object","additionalProperties":{"type":["string","number","null"]},
                               "description":"Question id → answer; blank or null = unattempted"}}})json");
    router.add_schema("PaperAttemptSubmit", R"json({
      "type":"object","required":["time_taken"],
      "properties":{"answers":{"type":"object","additionalProperties":{"type":["string","number","null"]},
                               "description":"Absent: the autosaved answers"},
                    "time_taken":{"type":"number","minimum":0,"maximum":86400}}})json");
    router.add_schema("PaperAttemptAutosave", R"json({
      "type":"object","required":["id","saved_at","expires_at","answered"],
      "properties":{"id":{"type":"integer"},"saved_at":{"type":"string","format":"date-time"},
                    "expires_at":{"type":"string","format":"date-time"},"answered":{"type":"integer"}}})json");
    router.add_schema("PaperAttemptValidity", R"json({
      "type":"object","required":["valid","reason","expires_at"],
      "properties":{"valid":{"type":"boolean"},
                    "reason":{"type":["string","null"],"enum":["not_found","completed","expired",null]},
                    "expires_at":{"type":["string","null"],"format":"date-time"}}})json");
    router.add_schema("PaperAttemptCount", R"json({
      "type":"object","required":["count","can_reattempt","max_attempts"],
      "properties":{"count":{"type":"integer"},"can_reattempt":{"type":"boolean"},"max_attempts":{"type":"integer"}}})json");
    router.add_schema("NewPaperAssignment", R"json({
      "type":"object","required":["branch"],
      "properties":{"branch":{"type":"string"},"level":{"type":["string","null"],"description":"Absent: every level"}}})json");
    router.add_schema("PaperAssignment", R"json({
      "type":"object",
      "required":["id","paper_id","paper_title","paper_level","branch","level","assigned_by_user_id","created_at"],
      "properties":{"id":{"type":"integer"},"paper_id":{"type":"integer"},"paper_title":{"type":"string"},
                    "paper_level":{"type":"string"},"branch":{"type":"string"},"level":{"type":["string","null"]},
                    "assigned_by_user_id":{"type":["integer","null"]},
                    "created_at":{"type":"string","format":"date-time"}}})json");
    router.add_schema("AssignedPaper", R"json({
      "type":"object",
      "required":["assignment_id","paper_id","title","level","branch","assignment_level","assigned_at",
                  "attempts_used","max_attempts","can_attempt"],
      "properties":{"assignment_id":{"type":"integer"},"paper_id":{"type":"integer"},"title":{"type":"string"},
                    "level":{"type":"string","description":"The paper's level"},"branch":{"type":"string"},
                    "assignment_level":{"type":["string","null"],"description":"The student level it was set for; null: all"},
                    "assigned_at":{"type":"string","format":"date-time"},"attempts_used":{"type":"integer"},
                    "max_attempts":{"type":"integer"},"can_attempt":{"type":"boolean"}}})json");
}

}  // namespace
}  // namespace anzan::papers
