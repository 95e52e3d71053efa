#include "papers/schemas.hpp"

#include <nlohmann/json.hpp>

#include "papers/generator/catalogue.hpp"

namespace anzan::papers {
namespace {

using json = nlohmann::json;

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
}

}  // namespace anzan::papers
