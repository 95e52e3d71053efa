#include "practice/rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "progress/rules.hpp"

namespace anzan::practice::rules {
namespace {

using Int = __int128;

const std::vector<SettingSpec> kSumSettings = {{"digits", "Digits per number", 1, 10, 2}, {"rows", "Rows", 3, 20, 3}};
const std::vector<SettingSpec> kJuniorSettings = {{"digits", "Digits per number", 1, 2, 1},
                                                  {"rows", "Rows", 2, 15, 3}};
const std::vector<SettingSpec> kPairSettings = {{"multiplicandDigits", "First number digits", 1, 10, 2},
                                                {"multiplierDigits", "Second number digits", 1, 10, 2}};
const std::vector<SettingSpec> kRootSettings = {{"rootDigits", "Digits under the root", 2, 30, 4}};

// Integer powers of ten up to 10^36.
Int pow10(int n) {
    Int p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}
Int absolute(Int v) { return v < 0 ? -v : v; }

std::optional<int>* constraint_member(papers::Constraints& c, std::string_view name) {
    if (name == "digits") return &c.digits;
    if (name == "rows") return &c.rows;
    if (name == "multiplicandDigits") return &c.multiplicand_digits;
    if (name == "multiplierDigits") return &c.multiplier_digits;
    if (name == "dividendDigits") return &c.dividend_digits;
    if (name == "divisorDigits") return &c.divisor_digits;
    if (name == "rootDigits") return &c.root_digits;
    if (name == "percentageMin") return &c.percentage_min;
    if (name == "percentageMax") return &c.percentage_max;
    if (name == "numberDigits") return &c.number_digits;
    return nullptr;
}

// Both numbers at the larger scale.
std::pair<Int, Int> aligned(const Exact& a, const Exact& b) {
    const int scale = std::max(a.scale, b.scale);
    return {a.mantissa * pow10(scale - a.scale), b.mantissa * pow10(scale - b.scale)};
}

// |n / d| rounded half away from zero to 2 decimals, as an Exact of scale 2.
Exact rounded_quotient(Int n, Int d) {
    const bool negative = (n < 0) != (d < 0);
    n = absolute(n) * 1000;
    d = absolute(d);
    Int q = n / d;  // three decimals, truncated
    q = (q + 5) / 10;
    return Exact{negative ? -q : q, 2};
}

Int gcd_of(Int a, Int b) {
    while (b != 0) {
        const Int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// The integer k-th root of n when exact; nullopt otherwise. `inexact_ok`: the number came as a
// JavaScript float beyond 2^53 and cannot be exact, so the nearest root is taken.
std::optional<Int> integer_root(Int n, int k, bool inexact_ok) {
    const long double guess = std::pow(static_cast<long double>(n), 1.0L / k);
    Int best = static_cast<Int>(std::llround(guess));
    for (Int r = std::max<Int>(0, best - 2); r <= best + 2; ++r) {
        Int p = 1;
        for (int i = 0; i < k; ++i) p *= r;
        if (p == n) return r;
    }
    if (inexact_ok) return best;
    return std::nullopt;
}

Result<Exact> need(const std::optional<Exact>& value, const char* field, const std::string& type) {
    if (!value) return Error::invalid("question_data of type '" + type + "' needs a number '" + field + "'");
    return *value;
}

bool is_integer(const Exact& v) { return v.scale == 0; }

// Legacy ranges, generously: anything beyond these was not made by the legacy page.
constexpr int kMaxScale = 6;
const Int kMaxMantissa = pow10(18);

Result<void> check_operand(const Exact& v, const char* field) {
    if (absolute(v.mantissa) >= kMaxMantissa || v.scale > kMaxScale || v.scale < 0)
        return Error::invalid(std::string("question_data.") + field +
                              " is out of range (at most 18 significant digits and 6 decimals)");
    return {};
}

}  // namespace

const std::vector<Operation>& operations() {
    static const std::vector<Operation> kOperations = {
        {"add_sub", "Addition & Subtraction", "add_sub", true, kSumSettings},
        {"integer_add_sub", "Integer Addition & Subtraction", "integer_add_sub", true, kSumSettings},
        {"direct_add_sub", "Direct Addition & Subtraction (junior)", "direct_add_sub", true, kJuniorSettings},
        {"small_friends_add_sub", "Small Friends (junior)", "small_friends_add_sub", true, kJuniorSettings},
        {"big_friends_add_sub", "Big Friends (junior)", "big_friends_add_sub", true, kJuniorSettings},
        {"multiplication", "Multiplication", "multiplication", false,
         {{"multiplicandDigits", "Multiplicand digits", 2, 10, 2}, {"multiplierDigits", "Multiplier digits", 1, 10, 1}}},
        {"division", "Division", "division", false,
         {{"dividendDigits", "Dividend digits", 2, 10, 2}, {"divisorDigits", "Divisor digits", 1, 10, 1}}},
        {"decimal_multiplication", "Decimal Multiplication", "decimal_multiplication", false,
         {{"multiplicandDigits", "Multiplicand digits", 2, 20, 2},
          {"multiplierDigits", "Multiplier digits (0 = whole)", 0, 20, 1}}},
        {"decimal_division", "Decimal Division", "decimal_division", false,
         {{"dividendDigits", "Dividend digits", 2, 20, 2}, {"divisorDigits", "Divisor digits", 1, 20, 1}}},
        {"lcm", "LCM", "lcm", false, kPairSettings},
        {"gcd", "GCD", "gcd", false, kPairSettings},
        {"square_root", "Square Root", "square_root", false, kRootSettings},
        {"cube_root", "Cube Root", "cube_root", false, kRootSettings},
        {"percentage", "Percentage", "percentage", false,
         {{"percentageMin", "Lowest percent", 1, 100, 1},
          {"percentageMax", "Highest percent", 1, 100, 100},
          {"numberDigits", "Number digits", 2, 10, 4}}},
    };
    return kOperations;
}

const Operation* find_operation(std::string_view name) {
    for (const auto& op : operations())
        if (name == op.name) return &op;
    return nullptr;
}

Timing timing_for(const Operation& operation) {
    if (operation.flash) return {1.8, 1.2, 0.6, 0.1, 5.0};
    return {30, 20, 10, 1, 40};
}

const std::vector<double>& flash_custom_values() {
    static const std::vector<double> kValues = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2,
                                                1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0};
    return kValues;
}

Result<SessionPlan> plan_session(const SessionRequest& request) {
    const Operation* operation = find_operation(request.operation_type);
    if (!operation) {
        std::string names;
        for (const auto& op : operations()) names += (names.empty() ? "" : ", ") + std::string(op.name);
        return Error::invalid("operation_type must be one of: " + names);
    }
    if (request.total_questions < 1 || request.total_questions > kMaxQuestions)
        return Error::invalid("total_questions must be between 1 and " + std::to_string(kMaxQuestions));
    SessionPlan plan;
    plan.operation = operation;
    plan.block.id = "practice";
    plan.block.type = operation->generator_type;
    plan.block.count = request.total_questions;
    for (const auto& setting : request.settings) {
        const auto& [name, value] = setting;
        // (clang 14 cannot capture a structured binding in a lambda)
        const auto spec = std::find_if(operation->settings.begin(), operation->settings.end(),
                                       [&setting](const SettingSpec& s) { return setting.first == s.name; });
        if (spec == operation->settings.end())
            return Error::invalid("settings." + name + " is not a setting of " + operation->name);
        if (value < spec->min || value > spec->max)
            return Error::invalid("settings." + name + " must be between " + std::to_string(spec->min) + " and " +
                                  std::to_string(spec->max));
    }
    for (const auto& spec : operation->settings) {
        long long value = spec.fallback;
        for (const auto& [name, given] : request.settings)
            if (name == spec.name) value = given;
        *constraint_member(plan.block.constraints, spec.name) = static_cast<int>(value);
        plan.settings.emplace_back(spec.name, value);
    }
    if (operation->name == std::string_view("percentage") &&
        *plan.block.constraints.percentage_min > *plan.block.constraints.percentage_max)
        return Error::invalid("settings.percentageMin must not be above settings.percentageMax");
    // Every correct answer must be one a student can type (progress::rules::kMaxAnswerLength). Only
    // decimal products can be longer: m1 + m2 whole digits, a point and 2 decimals (a whole
    // multiplier, m2 = 0: m1 + 1 whole digits and 1 decimal).
    if (operation->name == std::string_view("decimal_multiplication")) {
        const int m1 = *plan.block.constraints.multiplicand_digits, m2 = *plan.block.constraints.multiplier_digits;
        const std::size_t longest = static_cast<std::size_t>(m2 == 0 ? m1 + 3 : m1 + m2 + 3);
        if (longest > progress::rules::kMaxAnswerLength)
            return Error::invalid("settings.multiplicandDigits + settings.multiplierDigits must be at most " +
                                  std::to_string(progress::rules::kMaxAnswerLength - 3) +
                                  ": a longer product does not fit the " +
                                  std::to_string(progress::rules::kMaxAnswerLength) +
                                  " characters an answer may have");
    }

    const Timing timing = timing_for(*operation);
    const auto& mode = request.difficulty_mode;
    if (mode == "easy") plan.seconds = timing.easy;
    else if (mode == "medium") plan.seconds = timing.medium;
    else if (mode == "hard") plan.seconds = timing.hard;
    else if (mode == "custom") {
        if (!request.seconds) return Error::invalid("seconds is required when difficulty_mode is custom");
        const double s = *request.seconds;
        if (operation->flash) {
            const auto& values = flash_custom_values();
            const bool allowed =
                std::any_of(values.begin(), values.end(), [&](double v) { return std::fabs(v - s) < 1e-9; });
            if (!allowed) return Error::invalid("seconds per row must be 0.1 to 1.0 (step 0.1), 1.2, or 1.5 to 5.0 (step 0.5)");
        } else if (s < timing.custom_min || s > timing.custom_max || std::floor(s) != s) {
            return Error::invalid("seconds per question must be a whole number from 1 to 40");
        }
        plan.seconds = s;
    } else {
        return Error::invalid("difficulty_mode must be easy, medium, hard or custom");
    }
    plan.answer_seconds = operation->flash ? kFlashAnswerSeconds : plan.seconds;
    return plan;
}

SessionQuestion session_question(const papers::Question& q) {
    SessionQuestion out{.number = q.id, .text = q.text, .rows = {}, .is_vertical = q.is_vertical, .answer = q.answer};
    if (!q.is_vertical) return out;
    for (std::size_t i = 0; i < q.operand_texts.size(); ++i) {
        std::string operand = q.operand_texts[i];
        if (i == 0) {
            out.rows.push_back(operand);
            continue;
        }
        std::string sign = i - 1 < q.operators.size() ? q.operators[i - 1] : q.op;
        if (sign != "+" && sign != "-") sign = "+";
        // A negative operand after '+' reads as a subtraction ("-5", not "+-5").
        if (!operand.empty() && operand.front() == '-') {
            sign = sign == "+" ? "-" : "+";
            operand.erase(0, 1);
        }
        out.rows.push_back(sign + operand);
    }
    return out;
}

Result<GradedSession> grade_session(const std::vector<SessionQuestion>& questions,
                                    const std::vector<GivenAnswer>& answers) {
    if (answers.size() > questions.size())
        return Error::invalid("answers has " + std::to_string(answers.size()) + " entries; the session has " +
                              std::to_string(questions.size()) + " questions");
    GradedSession graded;
    graded.questions.reserve(questions.size());
    for (const auto& q : questions) graded.questions.push_back(GradedQuestion{.question = q});
    std::set<int> seen;
    for (const auto& a : answers) {
        if (a.question_number < 1 || a.question_number > static_cast<int>(questions.size()))
            return Error::invalid("question_number " + std::to_string(a.question_number) + " is not a question of this session (1.." +
                                  std::to_string(questions.size()) + ")");
        if (!seen.insert(a.question_number).second)
            return Error::invalid("question_number " + std::to_string(a.question_number) + " is answered twice");
        if (!(a.time_taken >= 0 && a.time_taken <= kMaxTimeTaken))
            return Error::invalid("time_taken of question " + std::to_string(a.question_number) +
                                  " must be between 0 and 86400 seconds");
        auto& g = graded.questions[static_cast<std::size_t>(a.question_number - 1)];
        g.given = a.answer;
        g.time_taken = a.time_taken;
    }
    for (auto& g : graded.questions) {
        const auto mark = progress::rules::grade(g.given, g.question.answer);
        g.answered = mark != progress::rules::Mark::Unattempted;
        g.correct = mark == progress::rules::Mark::Right;
        if (!g.answered) ++graded.unattempted;
        else if (g.correct) ++graded.correct;
        else ++graded.wrong;
    }
    graded.accuracy = progress::rules::accuracy_percent(graded.correct, static_cast<long long>(questions.size()));
    return graded;
}

Result<std::string> legacy_correct_answer(const LegacyQuestion& q) {
    const std::string& type = q.type;
    for (const auto* field : {&q.multiplicand, &q.multiplier, &q.dividend, &q.divisor, &q.first, &q.second, &q.number,
                              &q.percentage})
        if (*field) TRY(check_operand(**field, "operand"));
    for (const auto& n : q.numbers) TRY(check_operand(n, "numbers"));

    if (type == "add_sub" || type == "integer_add_sub" || type == "direct_add_sub" ||
        type == "small_friends_add_sub" || type == "big_friends_add_sub") {
        if (q.numbers.size() < 2 || q.numbers.size() > kMaxLegacyRows)
            return Error::invalid("question_data.numbers must hold 2 to " + std::to_string(kMaxLegacyRows) + " numbers");
        if (q.operators.size() != q.numbers.size() - 1)
            return Error::invalid("question_data.operators must hold one operator between each pair of numbers");
        Exact total = q.numbers[0];
        for (std::size_t i = 1; i < q.numbers.size(); ++i) {
            const auto& op = q.operators[i - 1];
            if (op != "+" && op != "-")
                return Error::invalid("question_data.operators[" + std::to_string(i - 1) + "] must be '+' or '-'");
            auto [a, b] = aligned(total, q.numbers[i]);
            total = Exact{op == "+" ? a + b : a - b, std::max(total.scale, q.numbers[i].scale)};
        }
        return exact_text(total);
    }
    if (type == "multiplication" || type == "decimal_multiplication") {
        const Exact a = TRY(need(q.multiplicand, "multiplicand", type));
        const Exact b = TRY(need(q.multiplier, "multiplier", type));
        return exact_text(Exact{a.mantissa * b.mantissa, a.scale + b.scale});
    }
    if (type == "division" || type == "decimal_division") {
        const Exact a = TRY(need(q.dividend, "dividend", type));
        const Exact b = TRY(need(q.divisor, "divisor", type));
        if (b.mantissa == 0) return Error::invalid("question_data.divisor must not be 0");
        auto [n, d] = aligned(a, b);
        if (type == "division") {
            if (!is_integer(a) || !is_integer(b) || n % d != 0)
                return Error::invalid("question_data of a division must divide exactly (whole numbers)");
            return exact_text(Exact{n / d, 0});
        }
        return exact_text(rounded_quotient(n, d));
    }
    if (type == "lcm" || type == "gcd") {
        const Exact a = TRY(need(q.first, "first", type));
        const Exact b = TRY(need(q.second, "second", type));
        if (!is_integer(a) || !is_integer(b) || a.mantissa <= 0 || b.mantissa <= 0)
            return Error::invalid("question_data.first and .second must be positive whole numbers");
        const Int g = gcd_of(a.mantissa, b.mantissa);
        return exact_text(Exact{type == "gcd" ? g : a.mantissa / g * b.mantissa, 0});
    }
    if (type == "square_root" || type == "cube_root") {
        const Exact n = TRY(need(q.number, "number", type));
        if (!is_integer(n) || n.mantissa < 0)
            return Error::invalid("question_data.number must be a whole number, not negative");
        const bool beyond_exact = n.mantissa > (Int{1} << 53);
        const auto root = integer_root(n.mantissa, type == "square_root" ? 2 : 3, beyond_exact);
        if (!root) return Error::invalid("question_data.number has no whole " +
                                         std::string(type == "square_root" ? "square" : "cube") + " root");
        return exact_text(Exact{*root, 0});
    }
    if (type == "percentage") {
        const Exact n = TRY(need(q.number, "number", type));
        const Exact p = TRY(need(q.percentage, "percentage", type));
        if (p.mantissa < 0 || p.mantissa > 1000 * pow10(p.scale))
            return Error::invalid("question_data.percentage must be between 0 and 1000");
        return exact_text(Exact{n.mantissa * p.mantissa, n.scale + p.scale + 2});
    }
    return Error::invalid("question_data.type '" + type + "' is not an operation this server can grade");
}

std::string exact_text(const Exact& value) {
    const bool negative = value.mantissa < 0;
    Int m = absolute(value.mantissa);
    std::string digits;
    do {
        digits.push_back(static_cast<char>('0' + static_cast<int>(m % 10)));
        m /= 10;
    } while (m != 0);
    while (static_cast<int>(digits.size()) <= value.scale) digits.push_back('0');
    std::reverse(digits.begin(), digits.end());
    std::string text = digits;
    if (value.scale > 0) {
        text.insert(text.size() - static_cast<std::size_t>(value.scale), ".");
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (negative && text != "0") text.insert(0, "-");
    return text;
}

}  // namespace anzan::practice::rules
