#include "practice/json.hpp"

#include <cmath>

#include <rapidjson/document.h>
#include <set>

#include "platform/json_fields.hpp"
#include "platform/text.hpp"
#include "platform/time.hpp"
#include "practice/rules.hpp"
#include "progress/rules.hpp"

namespace anzan::practice {
namespace {

using json = nlohmann::json;
constexpr std::size_t kMaxQuestionDataBytes = 2048;

Result<double> read_seconds(const json& body, const char* key, const std::string& where, bool required) {
    const json* v = field_value(body, key);
    if (!v) {
        if (required) return Error::invalid(where + " is required");
        return 0.0;
    }
    if (!v->is_number()) return Error::invalid(where + " must be a number of seconds");
    const double s = v->get<double>();
    if (!(s >= 0 && s <= rules::kMaxTimeTaken)) return Error::invalid(where + " must be between 0 and 86400 seconds");
    return s;
}

// Decimal text (optional sign, digits, one '.', optional exponent) to an exact number.
std::optional<Exact> exact_from_text(std::string text) {
    int exponent = 0;
    if (const auto e = text.find_first_of("eE"); e != std::string::npos) {
        try {
            exponent = std::stoi(text.substr(e + 1));
        } catch (...) {
            return std::nullopt;
        }
        if (exponent > 36 || exponent < -36) return std::nullopt;
        text.resize(e);
    }
    bool negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text.erase(0, 1);
    }
    Exact out;
    bool seen_point = false, seen_digit = false;
    for (char c : text) {
        if (c == '.' && !seen_point) {
            seen_point = true;
        } else if (c >= '0' && c <= '9') {
            seen_digit = true;
            if (out.mantissa > (__int128{1} << 100)) return std::nullopt;
            out.mantissa = out.mantissa * 10 + (c - '0');
            if (seen_point) ++out.scale;
        } else {
            return std::nullopt;
        }
    }
    if (!seen_digit) return std::nullopt;
    out.scale -= exponent;
    while (out.scale < 0) {
        out.mantissa *= 10;
        ++out.scale;
    }
    while (out.scale > 0 && out.mantissa % 10 == 0) {
        out.mantissa /= 10;
        --out.scale;
    }
    if (negative) out.mantissa = -out.mantissa;
    return out;
}

Result<std::optional<Exact>> read_exact(const json& object, const char* key) {
    const json* v = field_value(object, key);
    if (!v) return std::optional<Exact>();
    std::optional<Exact> value;
    if (v->is_number_integer()) value = exact_from_text(std::to_string(v->get<long long>()));
    else if (v->is_number_unsigned()) value = exact_from_text(std::to_string(v->get<unsigned long long>()));
    else if (v->is_number_float() && std::isfinite(v->get<double>())) value = exact_from_text(v->dump());
    else if (v->is_string()) value = exact_from_text(v->get<std::string>());
    if (!value) return Error::invalid(std::string("question_data.") + key + " must be a number");
    return value;
}

Result<LegacyQuestion> read_legacy_question(const json& data, const std::string& fallback_type) {
    LegacyQuestion q;
    const json* type = field_value(data, "type");
    q.type = type && type->is_string() ? type->get<std::string>() : fallback_type;
    q.multiplicand = TRY(read_exact(data, "multiplicand"));
    q.multiplier = TRY(read_exact(data, "multiplier"));
    q.dividend = TRY(read_exact(data, "dividend"));
    q.divisor = TRY(read_exact(data, "divisor"));
    q.first = TRY(read_exact(data, "first"));
    q.second = TRY(read_exact(data, "second"));
    q.number = TRY(read_exact(data, "number"));
    q.percentage = TRY(read_exact(data, "percentage"));
    if (const json* numbers = field_value(data, "numbers")) {
        if (!numbers->is_array() || numbers->size() > rules::kMaxLegacyRows)
            return Error::invalid("question_data.numbers must be an array of at most 30 numbers");
        for (const auto& n : *numbers) {
            const json wrapper = {{"numbers", n}};
            const auto value = TRY(read_exact(wrapper, "numbers"));
            if (!value) return Error::invalid("question_data.numbers must hold numbers");
            q.numbers.push_back(*value);
        }
    }
    if (const json* operators = field_value(data, "operators")) {
        if (!operators->is_array() || operators->size() > rules::kMaxLegacyRows)
            return Error::invalid("question_data.operators must be an array of '+' and '-'");
        for (const auto& op : *operators) {
            if (!op.is_string()) return Error::invalid("question_data.operators must hold '+' or '-'");
            q.operators.push_back(op.get<std::string>());
        }
    }
    return q;
}


json question_json(const SessionQuestion& q) {
    return {{"question_number", q.number}, {"text", q.text}, {"rows", q.rows}, {"is_vertical", q.is_vertical}};
}

}  // namespace

Result<std::optional<std::string>> answer_text(const json* value, const std::string& what) {
    if (!value || value->is_null()) return std::optional<std::string>();
    std::string text;
    if (value->is_string()) {
        text = value->get<std::string>();
    } else if (value->is_number_integer()) {
        text = std::to_string(value->get<long long>());
    } else if (value->is_number_unsigned()) {
        text = std::to_string(value->get<unsigned long long>());
    } else if (value->is_number_float()) {
        const double d = value->get<double>();
        if (!std::isfinite(d) || std::fabs(d) >= 1e18) return Error::invalid(what + ": the answer is too large");
        text = value->dump();  // shortest form that reads back as the same double
        if (text.find_first_of("eE") != std::string::npos) {
            const auto exact = exact_from_text(text);
            if (!exact) return Error::invalid(what + ": the answer must be a number");
            text = rules::exact_text(*exact);
        }
    } else {
        return Error::invalid(what + ": the answer must be a number, a string or null");
    }
    return progress::rules::read_answer(text, what);
}

Result<SessionRequest> parse_session_request(const json& body) {
    SessionRequest r;
    r.operation_type = TRY(read_required_string(body, "operation_type", "operation_type"));
    r.total_questions = static_cast<int>(
        TRY(read_optional_integer(body, "total_questions", "total_questions", 1, rules::kMaxQuestions)).value_or(10));
    r.difficulty_mode =
        TRY(read_optional_string(body, "difficulty_mode", "difficulty_mode")).value_or(std::string("medium"));
    if (const json* s = field_value(body, "seconds")) {
        if (!s->is_number()) return Error::invalid("seconds must be a number");
        r.seconds = s->get<double>();
    }
    if (const json* settings = field_value(body, "settings")) {
        if (!settings->is_object()) return Error::invalid("settings must be an object");
        if (settings->size() > 8) return Error::invalid("settings has too many fields");
        for (const auto& [key, value] : settings->items()) {
            if (value.is_null()) continue;
            const auto v = TRY(read_optional_integer(*settings, key.c_str(), "settings." + key, -1000, 1000));
            if (v) r.settings.emplace_back(key, *v);
        }
    }
    return r;
}

Result<SubmitRequest> parse_submit_request(const json& body) {
    SubmitRequest r;
    r.time_taken = TRY(read_seconds(body, "time_taken", "time_taken", false));
    const json* answers = field_value(body, "answers");
    if (!answers) return r;
    if (!answers->is_array()) return Error::invalid("answers must be an array");
    if (answers->size() > rules::kMaxQuestions)
        return Error::invalid("answers has more entries than a session can have questions (50)");
    for (std::size_t i = 0; i < answers->size(); ++i) {
        const json& a = (*answers)[i];
        const std::string where = "answers[" + std::to_string(i) + "]";
        if (!a.is_object()) return Error::invalid(where + " must be an object");
        GivenAnswer given;
        const auto number = TRY(read_optional_integer(a, "question_number", where + ".question_number", -1000000, 1000000));
        if (!number) return Error::invalid(where + ".question_number is required");
        given.question_number = static_cast<int>(*number);
        given.answer = TRY(answer_text(field_value(a, "answer"), "Question " + std::to_string(*number)));
        given.time_taken = TRY(read_seconds(a, "time_taken", where + ".time_taken", false));
        r.answers.push_back(std::move(given));
    }
    return r;
}

Result<LegacyRequest> parse_legacy_request(const json& body) {
    LegacyRequest r;
    r.operation_type = TRY(read_required_string(body, "operation_type", "Field 'operation_type'"));
    r.difficulty_mode = TRY(read_required_string(body, "difficulty_mode", "Field 'difficulty_mode'"));
    if (r.operation_type.size() > 50 || r.difficulty_mode.size() > 50)
        return Error::invalid("operation_type and difficulty_mode have at most 50 characters");
    r.total_questions = static_cast<int>(
        TRY(read_optional_integer(body, "total_questions", "Field 'total_questions'", 0, rules::kMaxQuestions))
            .value_or(0));
    r.time_taken = TRY(read_seconds(body, "time_taken", "Field 'time_taken'", false));
    const json* attempts = field_value(body, "attempts");
    if (attempts && !attempts->is_array()) return Error::invalid("Field 'attempts' must be an array");
    if (attempts && attempts->size() > rules::kMaxQuestions)
        return Error::invalid("Field 'attempts' has more than 50 entries");
    std::set<int> numbers;
    if (attempts) {
        for (std::size_t i = 0; i < attempts->size(); ++i) {
            const json& a = (*attempts)[i];
            const std::string where = "attempts[" + std::to_string(i) + "]";
            if (!a.is_object()) return Error::invalid(where + " must be an object");
            LegacyAttempt attempt;
            const json* data = field_value(a, "question_data");
            if (!data || !data->is_object()) return Error::invalid(where + ".question_data must be an object");
            if (data->dump().size() > kMaxQuestionDataBytes)
                return Error::invalid(where + ".question_data is too large");
            attempt.question_data = *data;
            attempt.question = TRY(read_legacy_question(*data, r.operation_type));
            attempt.given = TRY(answer_text(field_value(a, "user_answer"), where + ".user_answer"));
            attempt.time_taken = TRY(read_seconds(a, "time_taken", where + ".time_taken", false));
            attempt.question_number = static_cast<int>(
                TRY(read_optional_integer(a, "question_number", where + ".question_number", 0, 1000))
                    .value_or(static_cast<long long>(i + 1)));
            if (!numbers.insert(attempt.question_number).second)
                return Error::invalid(where + ".question_number repeats an earlier attempt's");
            r.attempts.push_back(std::move(attempt));
        }
    }
    // The legacy page counts the questions it generated; never fewer than it answered.
    r.total_questions = std::max(r.total_questions, static_cast<int>(r.attempts.size()));
    return r;
}

std::string stored_questions(const std::vector<SessionQuestion>& questions) {
    json out = json::array();
    for (const auto& q : questions)
        out.push_back({{"n", q.number}, {"text", q.text}, {"rows", q.rows}, {"v", q.is_vertical}, {"answer", q.answer}});
    return out.dump();
}

// Read on every submit: RapidJSON's parser, several times faster than building an nlohmann document.
Result<std::vector<SessionQuestion>> read_stored_questions(const std::string& text) {
    const Error unreadable = Error::internal("A stored practice session is unreadable");
    rapidjson::Document stored;
    stored.Parse(text.data(), text.size());
    if (stored.HasParseError() || !stored.IsArray()) return unreadable;
    std::vector<SessionQuestion> out;
    out.reserve(stored.Size());
    for (const auto& q : stored.GetArray()) {
        if (!q.IsObject()) return unreadable;
        const auto n = q.FindMember("n"), body = q.FindMember("text"), rows = q.FindMember("rows"),
                   vertical = q.FindMember("v"), answer = q.FindMember("answer");
        if (n == q.MemberEnd() || !n->value.IsInt() || body == q.MemberEnd() || !body->value.IsString() ||
            rows == q.MemberEnd() || !rows->value.IsArray() || vertical == q.MemberEnd() || !vertical->value.IsBool() ||
            answer == q.MemberEnd() || !answer->value.IsString())
            return unreadable;
        SessionQuestion question{.number = n->value.GetInt(),
                                 .text = {body->value.GetString(), body->value.GetStringLength()},
                                 .rows = {},
                                 .is_vertical = vertical->value.GetBool(),
                                 .answer = {answer->value.GetString(), answer->value.GetStringLength()}};
        for (const auto& row : rows->value.GetArray()) {
            if (!row.IsString()) return unreadable;
            question.rows.emplace_back(row.GetString(), row.GetStringLength());
        }
        out.push_back(std::move(question));
    }
    return out;
}

std::string stored_config(const SessionPlan& plan) {
    json settings = json::object();
    for (const auto& [name, value] : plan.settings) settings[name] = value;
    return json{{"settings", settings},
                {"seconds", plan.seconds},
                {"answer_seconds", plan.answer_seconds},
                {"flash", plan.operation->flash}}
        .dump();
}

std::string graded_question_data(const GradedQuestion& g) {
    JsonWriter w;
    w.start_object();
    w.field("type", "anzan");
    w.field("question_number", g.question.number);
    w.field("text", g.question.text);
    w.key("rows");
    w.start_array();
    for (const auto& row : g.question.rows) w.value(row);
    w.end_array();
    w.field("is_vertical", g.question.is_vertical);
    w.field("answer", g.question.answer);
    w.field("given", g.given);
    w.end_object();
    return w.take();
}

GradedQuestion graded_from_attempt(const progress::PracticeAttempt& a) {
    GradedQuestion g;
    g.question.number = a.question_number;
    g.correct = a.is_correct;
    g.time_taken = a.time_taken;
    const json data = json::parse(a.question_data, nullptr, false);
    if (data.is_object() && data.value("type", "") == "anzan") {
        g.question.text = data.value("text", "");
        if (const auto rows = data.find("rows"); rows != data.end() && rows->is_array())
            for (const auto& row : *rows)
                if (row.is_string()) g.question.rows.push_back(row.get<std::string>());
        g.question.is_vertical = data.value("is_vertical", false);
        g.question.answer = data.value("answer", "");
        if (const auto given = data.find("given"); given != data.end() && given->is_string())
            g.given = given->get<std::string>();
    } else if (a.user_answer) {  // a legacy row: only the numbers were kept
        g.given = json(*a.user_answer).dump();
    }
    g.answered = g.given.has_value();
    return g;
}

json session_json(const progress::StoredPracticeSession& s, const std::vector<SessionQuestion>& questions,
                  const std::string& expires_at, const json& result) {
    json config = json::parse(s.config_json.empty() ? "{}" : s.config_json, nullptr, false);
    if (!config.is_object()) config = json::object();
    json list = json::array();
    for (const auto& q : questions) list.push_back(question_json(q));
    return {{"id", s.id},
            {"status", s.status},
            {"operation_type", s.operation_type},
            {"difficulty_mode", s.difficulty_mode},
            {"flash", config.value("flash", false)},
            {"seconds", config.value("seconds", 0.0)},
            {"answer_seconds", config.value("answer_seconds", 0.0)},
            {"total_questions", s.total_questions},
            {"settings", config.value("settings", json::object())},
            {"started_at", storage_to_iso(s.started_at)},
            {"expires_at", expires_at},
            {"questions", list},
            {"result", result}};
}

std::string result_text(const progress::StoredPracticeSession& s, const std::vector<GradedQuestion>& questions,
                        long long total_points) {
    JsonWriter w;
    w.start_object();
    w.field("id", s.id);
    w.field("total_questions", s.total_questions);
    w.field("correct_answers", s.correct_answers);
    w.field("wrong_answers", s.wrong_answers);
    w.field("unattempted", std::max(0, s.total_questions - s.correct_answers - s.wrong_answers));
    w.field("accuracy", s.accuracy);
    w.field("score", s.score);
    w.field("time_taken", s.time_taken);
    w.field("points_earned", s.points_earned);
    w.field("total_points", total_points);
    w.instant("completed_at", s.completed_at);
    w.key("questions");
    w.start_array();
    for (const auto& g : questions) {
        w.start_object();
        w.field("question_number", g.question.number);
        w.field("text", g.question.text);
        w.key("rows");
        w.start_array();
        for (const auto& row : g.question.rows) w.value(row);
        w.end_array();
        w.field("is_vertical", g.question.is_vertical);
        w.field("given", g.given);
        w.field("correct_answer", g.question.answer);
        w.field("answered", g.answered);
        w.field("is_correct", g.correct);
        w.field("time_taken", g.time_taken);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

void write_legacy_session_fields(JsonWriter& w, const progress::StoredPracticeSession& s) {
    w.field("id", s.id);
    w.field("operation_type", s.operation_type);
    w.field("difficulty_mode", s.difficulty_mode);
    w.field("total_questions", s.total_questions);
    w.field("correct_answers", s.correct_answers);
    w.field("wrong_answers", s.wrong_answers);
    w.field("accuracy", s.accuracy);
    w.field("score", s.score);
    w.field("time_taken", s.time_taken);
    w.field("points_earned", s.points_earned);
    w.field("started_at", storage_to_iso(s.started_at));
    w.instant("completed_at", s.completed_at);
}

json legacy_attempt_json(const progress::PracticeAttempt& a) {
    json data = json::parse(a.question_data, nullptr, false);
    if (data.is_discarded()) data = json::object();
    return {{"id", a.id},
            {"question_data", data},
            {"user_answer", a.user_answer ? json(*a.user_answer) : json(nullptr)},
            {"correct_answer", a.correct_answer},
            {"is_correct", a.is_correct},
            {"time_taken", a.time_taken},
            {"question_number", a.question_number},
            {"created_at", storage_to_iso(a.created_at)}};
}

}  // namespace anzan::practice
