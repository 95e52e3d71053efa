#include "papers/json_attempts.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "papers/attempt_rules.hpp"
#include "papers/generator/wire.hpp"
#include "papers/rules.hpp"
#include "platform/json_fields.hpp"
#include "progress/rules.hpp"

namespace anzan::papers {
namespace {
using json = nlohmann::json;

constexpr std::size_t kMaxPaperLevelLength = 50;

// An answer as text: a string as is, a number as its decimal text (33.6 → "33.6"), null as
// nullopt. The outer nullopt: a value of another type.
std::optional<std::optional<std::string>> answer_text_of(const json& value) {
    if (value.is_null()) return std::optional<std::string>();
    if (value.is_string()) return std::optional<std::string>(value.get<std::string>());
    if (value.is_number_unsigned()) return std::optional<std::string>(std::to_string(value.get<unsigned long long>()));
    if (value.is_number_integer()) return std::optional<std::string>(std::to_string(value.get<long long>()));
    if (value.is_number_float()) return std::optional<std::string>(value.dump());
    return std::nullopt;
}

Result<AnswerEntries> read_answer_entries(const json* answers) {
    if (!answers || !answers->is_object())
        return Error::invalid("answers must be an object of question id → answer (a number, a string or null)");
    AnswerEntries entries;
    for (const auto& [key, value] : answers->items()) {
        auto text = answer_text_of(value);
        if (!text) return Error::invalid("answers." + key.substr(0, 20) + " must be a number, a string or null");
        entries.emplace_back(key, std::move(*text));
    }
    return entries;
}

// Stored JSON text as JSON; a string holding the text when it is not JSON (legacy rows).
json stored_json(const std::string& text) {
    json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
    return value.is_discarded() ? json(text) : value;
}

// `blocks` without the answer key: every question's answer and answer_text removed.
void strip_answers(json& blocks) {
    if (!blocks.is_array()) return;
    for (auto& block : blocks) {
        if (!block.is_object() || !block.contains("questions") || !block["questions"].is_array()) continue;
        for (auto& question : block["questions"]) {
            if (!question.is_object()) continue;
            question.erase("answer");
            question.erase("answer_text");
        }
    }
}


}  // namespace

Result<AttemptStart> parse_attempt_start(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    constexpr long long kMaxId = 1'000'000'000'000'000;
    AttemptStart start;
    if (const auto id = TRY(read_optional_integer(body, "assignment_id", "Field 'assignment_id'", 1, kMaxId))) {
        start.source = AttemptStart::Source::Assignment;
        start.assignment_id = *id;
        return start;
    }
    if (const auto id = TRY(read_optional_integer(body, "paper_id", "Field 'paper_id'", 1, kMaxId))) {
        start.source = AttemptStart::Source::SavedPaper;
        start.paper_id = *id;
        return start;
    }
    const json* config = field_value(body, "paper_config");
    if (!config || !config->is_object())
        return Error::invalid("paper_config must be a paper config object (or send paper_id or assignment_id)");
    const auto title = TRY(read_optional_string(body, "paper_title", "Field 'paper_title'"));
    const auto level = TRY(read_optional_string(body, "paper_level", "Field 'paper_level'"));
    if (level && level->size() > kMaxPaperLevelLength) return Error::invalid("paper_level must be at most 50 characters");
    // The legacy page sent its form state: a config without a title or level takes the body's.
    json filled = *config;
    const json* config_title = field_value(filled, "title");
    if (title && !title->empty() && (!config_title || (config_title->is_string() && config_title->empty())))
        filled["title"] = *title;
    if (level && !level->empty() && !field_value(filled, "level")) filled["level"] = *level;
    start.config = TRY(parse_paper_config(filled));
    start.paper_title = TRY(check_saved_title(title && !title->empty() ? *title : start.config.title));
    start.paper_level = level && !level->empty() ? *level : start.config.level;
    if (const json* seed = field_value(body, "seed")) start.seed = TRY(parse_seed(*seed, "seed"));
    return start;
}

Result<AnswerEntries> parse_autosave(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    return read_answer_entries(field_value(body, "answers"));
}

Result<AttemptSubmit> parse_attempt_submit(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    AttemptSubmit submit;
    if (const json* answers = field_value(body, "answers")) submit.answers = TRY(read_answer_entries(answers));
    const json* time_taken = field_value(body, "time_taken");
    if (!time_taken || !time_taken->is_number())
        return Error::invalid("time_taken is required: the seconds the paper took (0 to 86400)");
    submit.time_taken = time_taken->get<double>();
    return submit;
}

Result<NewAssignment> parse_new_assignment(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    NewAssignment assignment;
    assignment.branch = TRY(read_required_string(body, "branch", "Field 'branch'"));
    assignment.level = TRY(read_optional_string(body, "level", "Field 'level'"));
    return assignment;
}

std::string answer_sheet_json(const AnswerSheet& sheet) {
    json out = json::object();
    for (const auto& [id, answer] : sheet) out[std::to_string(id)] = answer;
    return out.dump();
}

AnswerSheet read_stored_answers(const std::string& answers_json) {
    AnswerSheet sheet;
    const json answers = json::parse(answers_json, nullptr, /*allow_exceptions=*/false);
    if (!answers.is_object()) return sheet;
    for (const auto& [key, value] : answers.items()) {
        const auto text = answer_text_of(value);
        if (!text || !*text || key.empty() || key.size() > 9 ||
            !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        auto answer = progress::rules::read_answer(**text, "answer");
        if (answer && *answer) sheet[std::stoi(key)] = **answer;
    }
    return sheet;
}

namespace {

// "-12", "33.6", "208.0": what a stored answer must look like.
bool is_decimal(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    const auto point = text.find('.');
    const auto digits = [](std::string_view part) {
        return part.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (point == std::string_view::npos) return !text.empty() && digits(text);
    return point > 0 && point + 1 < text.size() && digits(text.substr(0, point)) && digits(text.substr(point + 1));
}

// A stored answer: "answer_text" (exact), else the legacy numeric "answer" as its JSON text.
std::optional<std::string> stored_answer(const rapidjson::Value& question) {
    if (const auto text = question.FindMember("answer_text");
        text != question.MemberEnd() && text->value.IsString())
        return std::string(text->value.GetString(), text->value.GetStringLength());
    const auto answer = question.FindMember("answer");
    if (answer == question.MemberEnd() || !answer->value.IsNumber()) return std::nullopt;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    answer->value.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

// Read on every submit of a paper (100 questions and more): RapidJSON's parser, and only what
// grading needs (each question's id and exact answer); several times faster than a document.
Result<std::vector<GeneratedBlock>> read_stored_blocks(const std::string& generated_blocks) {
    const auto unreadable = [](const std::string& why) {
        return Error::invalid("This attempt's questions cannot be read: " + why);
    };
    rapidjson::Document stored;
    stored.Parse(generated_blocks.data(), generated_blocks.size());
    if (stored.HasParseError()) return unreadable("not JSON");
    const rapidjson::Value& root = stored;  // const: iterators of one kind (clang's C++20 ==)
    const rapidjson::Value* blocks = &root;
    if (root.IsObject()) {
        const auto member = root.FindMember("blocks");
        if (member == root.MemberEnd()) return unreadable("no blocks");
        blocks = &member->value;
    }
    if (!blocks->IsArray()) return unreadable("blocks must be an array");
    std::vector<GeneratedBlock> out;
    for (const auto& block : blocks->GetArray()) {
        const auto questions = block.IsObject() ? block.FindMember("questions") : block.MemberEnd();
        if (!block.IsObject() || questions == block.MemberEnd() || !questions->value.IsArray())
            return unreadable("a block without questions");
        GeneratedBlock read;
        for (const auto& question : questions->value.GetArray()) {
            const auto id = question.IsObject() ? question.FindMember("id") : question.MemberEnd();
            if (!question.IsObject() || id == question.MemberEnd() || !id->value.IsInt())
                return unreadable("a question without an id");
            auto answer = stored_answer(question);
            if (!answer || !is_decimal(*answer)) return unreadable("question " + std::to_string(id->value.GetInt()) +
                                                                   " has no decimal answer");
            Question q;
            q.id = id->value.GetInt();
            q.answer = std::move(*answer);
            read.questions.push_back(std::move(q));
        }
        out.push_back(std::move(read));
    }
    return out;
}

std::string attempt_credit_extra_json(const PaperAttempt& attempt, const AttemptGrade& grade) {
    return json{{"paper_title", attempt.paper_title},
                {"paper_level", attempt.paper_level},
                {"correct_answers", grade.correct},
                {"wrong_answers", grade.wrong},
                {"attempted_questions", grade.correct + grade.wrong},
                {"total_questions", grade.total_questions},
                {"accuracy", grade.accuracy}}
        .dump();
}

void write_attempt(JsonWriter& w, const PaperAttempt& attempt) {
    const AttemptStatus status = attempt_status(attempt);
    w.start_object();
    w.field("id", attempt.id);
    w.field("paper_title", attempt.paper_title);
    w.field("paper_level", attempt.paper_level);
    w.field("total_questions", attempt.total_questions);
    w.field("correct_answers", attempt.correct_answers);
    w.field("wrong_answers", attempt.wrong_answers);
    w.field("unattempted", std::max(0, attempt.total_questions - attempt.correct_answers - attempt.wrong_answers));
    w.field("accuracy", attempt.accuracy);
    w.field("score", attempt.score);
    w.field("time_taken", attempt.time_taken);
    w.field("points_earned", attempt.points_earned);
    w.field("started_at", storage_to_iso(attempt.started_at));
    w.instant("completed_at", attempt.completed_at);
    w.key("seed");
    if (status == AttemptStatus::Open) w.null();
    else w.value(static_cast<long long>(attempt.seed));
    w.field("status", status_name(status));
    w.field("attempt_number", attempt.attempt_number);
    w.field("assignment_id", attempt.assignment_id);
    w.end_object();
}

// The same object as a document, for answers that add fields to it.
json attempt_json(const PaperAttempt& attempt) {
    JsonWriter w;
    write_attempt(w, attempt);
    return json::parse(w.take());
}

json attempt_result_json(const PaperAttempt& attempt, long long total_points) {
    json out = attempt_json(attempt);
    out["total_points"] = total_points;
    return out;
}

json attempt_detail_json(const PaperAttempt& attempt, long long total_points, const std::optional<AttemptGrade>& grade) {
    json out = attempt_result_json(attempt, total_points);
    out["paper_config"] = stored_json(attempt.paper_config);
    json blocks = stored_json(attempt.generated_blocks);
    if (attempt_status(attempt) == AttemptStatus::Open) strip_answers(blocks);
    out["generated_blocks"] = std::move(blocks);
    json answers = json::parse(attempt.answers_json, nullptr, /*allow_exceptions=*/false);
    out["answers"] = answers.is_object() ? answers : json::object();
    const auto expires = attempt_expires_at(attempt);
    out["expires_at"] = expires ? json(format_iso(*expires)) : json();
    if (!grade) {
        out["results"] = nullptr;
        return out;
    }
    json results = json::array();
    for (const auto& question : grade->questions)
        results.push_back({{"question_id", question.question_id},
                           {"given", question.given ? json(*question.given) : json()},
                           {"correct_answer", question.correct_answer},
                           {"is_correct", question.is_correct},
                           {"answered", question.given.has_value()}});
    out["results"] = std::move(results);
    return out;
}

json assignment_json(const PaperAssignment& assignment) {
    return {{"id", assignment.id},
            {"paper_id", assignment.paper_id},
            {"paper_title", assignment.paper_title},
            {"paper_level", assignment.paper_level},
            {"branch", assignment.branch},
            {"level", assignment.level ? json(*assignment.level) : json()},
            {"assigned_by_user_id", assignment.assigned_by_user_id ? json(*assignment.assigned_by_user_id) : json()},
            {"created_at", storage_to_iso(assignment.created_at)}};
}

json assignment_for_student_json(const AssignmentForStudent& item) {
    const PaperAssignment& assignment = item.assignment;
    return {{"assignment_id", assignment.id},
            {"paper_id", assignment.paper_id},
            {"title", assignment.paper_title},
            {"level", assignment.paper_level},
            {"branch", assignment.branch},
            {"assignment_level", assignment.level ? json(*assignment.level) : json()},
            {"assigned_at", storage_to_iso(assignment.created_at)},
            {"attempts_used", item.attempts_used},
            {"max_attempts", kMaxAttemptsPerPaper},
            {"can_attempt", item.attempts_used < kMaxAttemptsPerPaper}};
}

}  // namespace anzan::papers
