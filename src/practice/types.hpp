// Plain data of mental-maths practice: the operations a student picks from, a session's settings
// and its graded questions, and the legacy page's question objects. No behaviour; see rules.hpp.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "papers/types.hpp"

namespace anzan::practice {

// One setting of an operation: a generator constraint (wire name) with the legacy page's range.
struct SettingSpec {
    const char* name;  // constraint wire name, e.g. "digits"
    const char* label;
    int min, max, fallback;
};

// One operation of the mental-maths menu (docs/practice.md).
struct Operation {
    const char* name;            // "add_sub" (the legacy operation_type)
    const char* label;           // "Addition & Subtraction"
    const char* generator_type;  // the worksheet generator's question type
    bool flash;                  // rows shown one by one
    std::vector<SettingSpec> settings;
};

// What a student asks for (POST /api/practice/sessions).
struct SessionRequest {
    std::string operation_type;
    int total_questions = 10;
    std::string difficulty_mode = "medium";
    std::optional<double> seconds;  // custom mode only
    std::vector<std::pair<std::string, long long>> settings;
};

// A checked request: the generator's block and the timing.
struct SessionPlan {
    const Operation* operation = nullptr;
    papers::BlockConfig block;
    std::vector<std::pair<std::string, long long>> settings;  // every setting, defaults filled in
    double seconds = 0;         // per row (flash) or per question
    double answer_seconds = 0;  // the answer window after the last row (flash), else = seconds
};

// A generated question as a session stores it.
struct SessionQuestion {
    int number = 0;
    std::string text;
    std::vector<std::string> rows;  // vertical: "12", "+34", "-5"; horizontal: empty
    bool is_vertical = false;
    std::string answer;  // exact decimal text
};

// A submitted answer: nullopt = blank (already checked by progress::rules::read_answer).
struct GivenAnswer {
    int question_number = 0;
    std::optional<std::string> answer;
    double time_taken = 0;
};

// A submitted session (POST /api/practice/sessions/{id}/submit).
struct SubmitRequest {
    std::vector<GivenAnswer> answers;
    double time_taken = 0;
};

struct GradedQuestion {
    SessionQuestion question;
    std::optional<std::string> given;
    bool answered = false, correct = false;
    double time_taken = 0;
};

struct GradedSession {
    std::vector<GradedQuestion> questions;
    int correct = 0, wrong = 0, unattempted = 0;
    double accuracy = 0;
};

// A number of the legacy page: value = mantissa / 10^scale (exact; scale 0..18).
struct Exact {
    __int128 mantissa = 0;
    int scale = 0;
};

// The legacy page's `question_data`, read field by field (legacy/api.md): which fields are set
// depends on `type`.
struct LegacyQuestion {
    std::string type;
    std::optional<Exact> multiplicand, multiplier, dividend, divisor, first, second, number, percentage;
    std::vector<Exact> numbers;
    std::vector<std::string> operators;
};

}  // namespace anzan::practice
