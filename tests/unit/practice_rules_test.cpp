// Proves src/practice/rules.cpp: the operation menu and its ranges, turning a request into a
// generator block, the rows a vertical question shows, grading a submitted session, and the legacy
// page's question objects. The answers of generated questions and of legacy questions are checked
// against arithmetic done here, independently of the generator and of the rules (exact integers,
// 128 bits, and digit strings where 128 bits are not enough). No database, no clock.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "papers/service.hpp"
#include "practice/rules.hpp"
#include "progress/rules.hpp"

namespace anzan::practice::rules_test {
namespace {

using I128 = __int128;
using U128 = unsigned __int128;
using progress::rules::grade;
using progress::rules::Mark;

// ---------------------------------------------------------------------------------------------
// Independent arithmetic.

U128 parse_u128(const std::string& digits) {
    U128 value = 0;
    for (char c : digits) {
        EXPECT_TRUE(c >= '0' && c <= '9') << "not a whole number: " << digits;
        value = value * 10 + static_cast<U128>(c - '0');
    }
    return value;
}

std::string u128_text(U128 value) {
    std::string out;
    do {
        out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    } while (value != 0);
    return out;
}

std::string i128_text(I128 value) {
    return value < 0 ? "-" + u128_text(static_cast<U128>(-value)) : u128_text(static_cast<U128>(value));
}

// Schoolbook product of two digit strings (for products beyond 128 bits).
std::string multiply_digits(const std::string& a, const std::string& b) {
    std::vector<int> cells(a.size() + b.size(), 0);
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = 0; j < b.size(); ++j)
            cells[i + j + 1] += (a[i] - '0') * (b[j] - '0');
    for (std::size_t k = cells.size() - 1; k > 0; --k) {
        cells[k - 1] += cells[k] / 10;
        cells[k] %= 10;
    }
    std::string out;
    for (int cell : cells) out.push_back(static_cast<char>('0' + cell));
    const auto first = out.find_first_not_of('0');
    return first == std::string::npos ? "0" : out.substr(first);
}

// A decimal number as sign, digits and scale, in one canonical form (no leading zeros, no
// trailing fractional zeros, zero not negative), so equal values compare equal.
struct Decimal {
    bool negative = false;
    std::string digits = "0";
    int scale = 0;
    bool operator==(const Decimal&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Decimal& d) {
    return out << (d.negative ? "-" : "") << d.digits << "e-" << d.scale;
}

Decimal canonical(bool negative, std::string digits, int scale) {
    while (scale > 0 && digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        --scale;
    }
    if (scale > 0 && digits == "0") scale = 0;
    const auto first = digits.find_first_not_of('0');
    digits = first == std::string::npos ? "0" : digits.substr(first);
    if (digits == "0") {
        negative = false;
        scale = 0;
    }
    return {negative, digits, scale};
}

// "-12.50" -> {-, "125", 1}. Fails the test on anything but a plain decimal.
Decimal parse_decimal_text(std::string text) {
    bool negative = false;
    if (!text.empty() && text[0] == '-') {
        negative = true;
        text.erase(0, 1);
    }
    const auto point = text.find('.');
    std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
    std::string whole = text.substr(0, point);
    EXPECT_FALSE(whole.empty() && fraction.empty()) << text;
    for (char c : whole + fraction) EXPECT_TRUE(c >= '0' && c <= '9') << "not a decimal: " << text;
    return canonical(negative, whole + fraction, static_cast<int>(fraction.size()));
}

// `text` (a non-negative decimal or a small negative one) plus one.
std::string plus_one(const std::string& text) {
    if (!text.empty() && text[0] == '-') {
        const auto point = text.find('.');
        const I128 whole = -static_cast<I128>(parse_u128(text.substr(1, point == std::string::npos ? point : point - 1)));
        // -12.5 + 1 = -11.5; -0.5 + 1 = 0.5 (the fraction changes side).
        if (point == std::string::npos) return i128_text(whole + 1);
        const std::string fraction = text.substr(point + 1);
        if (whole == 0) {
            // -0.f + 1 = 1 - 0.f
            const U128 unit = parse_u128("1" + std::string(fraction.size(), '0'));
            const std::string rest = u128_text(unit - parse_u128(fraction));
            return "0." + std::string(fraction.size() - rest.size(), '0') + rest;
        }
        return i128_text(whole + 1) + "." + fraction;
    }
    const auto point = text.find('.');
    std::string whole = text.substr(0, point);
    int i = static_cast<int>(whole.size()) - 1;
    while (i >= 0 && whole[static_cast<std::size_t>(i)] == '9') whole[static_cast<std::size_t>(i--)] = '0';
    if (i < 0) whole.insert(whole.begin(), '1');
    else ++whole[static_cast<std::size_t>(i)];
    return point == std::string::npos ? whole : whole + text.substr(point);
}

TEST(PracticeRulesTestHelpers, TheIndependentArithmeticIsRight) {
    EXPECT_EQ(multiply_digits("123", "456"), "56088");
    EXPECT_EQ(multiply_digits("99999999999999999999", "99999999999999999999"),
              "9999999999999999999800000000000000000001");
    EXPECT_EQ(plus_one("999"), "1000");
    EXPECT_EQ(plus_one("12.75"), "13.75");
    EXPECT_EQ(plus_one("-7"), "-6");
    EXPECT_EQ(plus_one("-1"), "0");
    EXPECT_EQ(plus_one("-12.5"), "-11.5");
    EXPECT_EQ(plus_one("-0.25"), "0.75");
    EXPECT_EQ(parse_decimal_text("-12.50"), (Decimal{true, "125", 1}));
    EXPECT_EQ(parse_decimal_text("007"), (Decimal{false, "7", 0}));
    EXPECT_EQ(parse_decimal_text("-0.0"), (Decimal{false, "0", 0}));
    EXPECT_EQ(parse_decimal_text("100"), (Decimal{false, "100", 0}));
}

// ---------------------------------------------------------------------------------------------
// The menu and plan_session.

SessionRequest request_for(const std::string& operation, std::vector<std::pair<std::string, long long>> settings = {},
                           std::string mode = "medium", int total = 10, std::optional<double> seconds = std::nullopt) {
    SessionRequest r;
    r.operation_type = operation;
    r.settings = std::move(settings);
    r.difficulty_mode = std::move(mode);
    r.total_questions = total;
    r.seconds = seconds;
    return r;
}

void expect_invalid(const Result<SessionPlan>& plan, const std::string& mentions) {
    ASSERT_FALSE(plan.has_value());
    EXPECT_EQ(plan.error().code, ErrorCode::Invalid);
    EXPECT_NE(plan.error().detail.find(mentions), std::string::npos) << plan.error().detail;
}

// The generator constraint a setting sets, read back by wire name (independent of the rules' map).
std::optional<int> constraint_by_name(const papers::Constraints& c, const std::string& name) {
    const std::map<std::string, std::optional<int>> members = {
        {"digits", c.digits},
        {"rows", c.rows},
        {"multiplicandDigits", c.multiplicand_digits},
        {"multiplierDigits", c.multiplier_digits},
        {"dividendDigits", c.dividend_digits},
        {"divisorDigits", c.divisor_digits},
        {"rootDigits", c.root_digits},
        {"percentageMin", c.percentage_min},
        {"percentageMax", c.percentage_max},
        {"numberDigits", c.number_digits},
    };
    return members.at(name);
}

const std::vector<std::string> kOperationNames = {
    "add_sub", "integer_add_sub", "direct_add_sub", "small_friends_add_sub", "big_friends_add_sub",
    "multiplication", "division", "decimal_multiplication", "decimal_division", "lcm", "gcd",
    "square_root", "cube_root", "percentage"};

TEST(PracticeRulesMenu, FourteenOperationsInMenuOrder) {
    const auto& operations = rules::operations();
    ASSERT_EQ(operations.size(), 14u);
    for (std::size_t i = 0; i < operations.size(); ++i) {
        EXPECT_EQ(operations[i].name, kOperationNames[i]);
        EXPECT_EQ(operations[i].generator_type, kOperationNames[i]);
        EXPECT_EQ(rules::find_operation(kOperationNames[i]), &operations[i]);
        EXPECT_EQ(operations[i].flash, i < 5) << "the five sums are flashed row by row";
        EXPECT_FALSE(operations[i].settings.empty());
    }
    EXPECT_EQ(rules::find_operation("addition"), nullptr);
    EXPECT_EQ(rules::find_operation(""), nullptr);
    EXPECT_EQ(rules::find_operation("ADD_SUB"), nullptr);
}

TEST(PracticeRulesMenu, TheLegacyRangesAndDefaults) {
    struct Row {
        const char* operation;
        const char* setting;
        int min, max, fallback;
    };
    const Row rows[] = {
        {"add_sub", "digits", 1, 10, 2},
        {"add_sub", "rows", 3, 20, 3},
        {"integer_add_sub", "digits", 1, 10, 2},
        {"integer_add_sub", "rows", 3, 20, 3},
        {"direct_add_sub", "digits", 1, 2, 1},
        {"direct_add_sub", "rows", 2, 15, 3},
        {"small_friends_add_sub", "rows", 2, 15, 3},
        {"big_friends_add_sub", "digits", 1, 2, 1},
        {"multiplication", "multiplicandDigits", 2, 10, 2},
        {"multiplication", "multiplierDigits", 1, 10, 1},
        {"division", "dividendDigits", 2, 10, 2},
        {"division", "divisorDigits", 1, 10, 1},
        {"decimal_multiplication", "multiplicandDigits", 2, 20, 2},
        {"decimal_multiplication", "multiplierDigits", 0, 20, 1},
        {"decimal_division", "dividendDigits", 2, 20, 2},
        {"decimal_division", "divisorDigits", 1, 20, 1},
        {"lcm", "multiplicandDigits", 1, 10, 2},
        {"gcd", "multiplierDigits", 1, 10, 2},
        {"square_root", "rootDigits", 2, 30, 4},
        {"cube_root", "rootDigits", 2, 30, 4},
        {"percentage", "percentageMin", 1, 100, 1},
        {"percentage", "percentageMax", 1, 100, 100},
        {"percentage", "numberDigits", 2, 10, 4},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(std::string(row.operation) + "." + row.setting);
        const Operation* op = rules::find_operation(row.operation);
        ASSERT_NE(op, nullptr);
        const auto spec = std::find_if(op->settings.begin(), op->settings.end(),
                                       [&](const SettingSpec& s) { return std::string(s.name) == row.setting; });
        ASSERT_NE(spec, op->settings.end());
        EXPECT_EQ(spec->min, row.min);
        EXPECT_EQ(spec->max, row.max);
        EXPECT_EQ(spec->fallback, row.fallback);
    }
}

TEST(PracticeRulesPlan, DefaultsAreFilledIn) {
    for (const auto& op : rules::operations()) {
        SCOPED_TRACE(op.name);
        const auto plan = rules::plan_session(request_for(op.name));
        ASSERT_TRUE(plan.has_value()) << plan.error().detail;
        EXPECT_EQ(plan->operation, &op);
        EXPECT_EQ(plan->block.type, op.generator_type);
        EXPECT_EQ(plan->block.count, 10);
        ASSERT_EQ(plan->settings.size(), op.settings.size());
        for (std::size_t i = 0; i < op.settings.size(); ++i) {
            EXPECT_EQ(plan->settings[i].first, op.settings[i].name);
            EXPECT_EQ(plan->settings[i].second, op.settings[i].fallback);
            EXPECT_EQ(constraint_by_name(plan->block.constraints, op.settings[i].name), op.settings[i].fallback);
        }
        EXPECT_DOUBLE_EQ(plan->seconds, op.flash ? 1.2 : 20);
        EXPECT_DOUBLE_EQ(plan->answer_seconds, op.flash ? 15 : 20);
    }
}

TEST(PracticeRulesPlan, GivenSettingsReachTheBlockAndTheOthersKeepTheirDefaults) {
    const auto plan = rules::plan_session(request_for("add_sub", {{"rows", 7}}, "hard", 25));
    ASSERT_TRUE(plan.has_value()) << plan.error().detail;
    EXPECT_EQ(plan->block.count, 25);
    EXPECT_EQ(plan->block.constraints.rows, 7);
    EXPECT_EQ(plan->block.constraints.digits, 2);
    EXPECT_EQ(plan->block.constraints.multiplicand_digits, std::nullopt) << "nothing else is set";
    EXPECT_DOUBLE_EQ(plan->seconds, 0.6);
    EXPECT_DOUBLE_EQ(plan->answer_seconds, 15);
    const auto square = rules::plan_session(request_for("square_root", {{"rootDigits", 6}}, "easy"));
    ASSERT_TRUE(square.has_value());
    EXPECT_EQ(square->block.constraints.root_digits, 6);
    EXPECT_DOUBLE_EQ(square->seconds, 30);
    EXPECT_DOUBLE_EQ(square->answer_seconds, 30);
}

TEST(PracticeRulesPlan, EverySettingIsCheckedAgainstItsRange) {
    for (const auto& op : rules::operations()) {
        for (const auto& spec : op.settings) {
            SCOPED_TRACE(std::string(op.name) + "." + spec.name);
            expect_invalid(rules::plan_session(request_for(op.name, {{spec.name, spec.min - 1}})),
                           std::string("settings.") + spec.name);
            expect_invalid(rules::plan_session(request_for(op.name, {{spec.name, spec.max + 1}})),
                           std::string("settings.") + spec.name);
            expect_invalid(rules::plan_session(request_for(op.name, {{spec.name, -1000}})),
                           std::string("settings.") + spec.name);
            // The bounds themselves, with every other setting at its minimum.
            for (const int value : {spec.min, spec.max}) {
                std::vector<std::pair<std::string, long long>> settings;
                for (const auto& other : op.settings)
                    settings.emplace_back(other.name, other.name == std::string(spec.name) ? value : other.min);
                if (op.name == std::string("percentage") && spec.name == std::string("percentageMin"))
                    settings[1].second = 100;  // keep min <= max
                const auto plan = rules::plan_session(request_for(op.name, settings));
                if (op.name == std::string("decimal_multiplication") && spec.name == std::string("multiplierDigits") &&
                    value == 20) {
                    // 2 + 20 digits: a product of up to 25 characters, more than a student may type.
                    expect_invalid(plan, "24 characters");
                    continue;
                }
                ASSERT_TRUE(plan.has_value()) << value << ": " << plan.error().detail;
                EXPECT_EQ(constraint_by_name(plan->block.constraints, spec.name), value);
            }
        }
    }
}

TEST(PracticeRulesPlan, UnknownSettingsOperationsAndModesAreRefused) {
    expect_invalid(rules::plan_session(request_for("add_sub", {{"rootDigits", 4}})), "settings.rootDigits");
    expect_invalid(rules::plan_session(request_for("add_sub", {{"allowCarry", 1}})), "settings.allowCarry");
    expect_invalid(rules::plan_session(request_for("multiplication", {{"digits", 2}})), "settings.digits");
    const auto unknown = rules::plan_session(request_for("addition"));
    expect_invalid(unknown, "operation_type must be one of");
    for (const auto& name : kOperationNames) EXPECT_NE(unknown.error().detail.find(name), std::string::npos) << name;
    expect_invalid(rules::plan_session(request_for("")), "operation_type");
    expect_invalid(rules::plan_session(request_for("add_sub", {}, "insane")), "difficulty_mode");
    expect_invalid(rules::plan_session(request_for("add_sub", {}, "")), "difficulty_mode");
    expect_invalid(rules::plan_session(request_for("add_sub", {}, "Medium")), "difficulty_mode");
}

TEST(PracticeRulesPlan, TotalQuestionsIsOneToFifty) {
    for (const int bad : {0, -1, 51, 1000}) expect_invalid(rules::plan_session(request_for("gcd", {}, "easy", bad)), "total_questions");
    EXPECT_TRUE(rules::plan_session(request_for("gcd", {}, "easy", 1)).has_value());
    EXPECT_TRUE(rules::plan_session(request_for("gcd", {}, "easy", 50)).has_value());
}

TEST(PracticeRulesPlan, PercentageMinMayNotExceedMax) {
    expect_invalid(rules::plan_session(request_for("percentage", {{"percentageMin", 60}, {"percentageMax", 40}})),
                   "percentageMin");
    expect_invalid(rules::plan_session(request_for("percentage", {{"percentageMax", 0}})), "percentageMax");
    const auto equal = rules::plan_session(request_for("percentage", {{"percentageMin", 40}, {"percentageMax", 40}}));
    ASSERT_TRUE(equal.has_value());
    EXPECT_EQ(equal->block.constraints.percentage_min, 40);
}

TEST(PracticeRulesPlan, DecimalMultiplicationAnswersMustFitWhatAStudentMayType) {
    // multiplicandDigits + multiplierDigits <= 21: the product has at most 21 whole digits, a point
    // and 2 decimals = 24 characters. A whole multiplier (0) adds one digit and one decimal.
    EXPECT_TRUE(rules::plan_session(request_for("decimal_multiplication", {{"multiplicandDigits", 20}})).has_value());
    EXPECT_TRUE(rules::plan_session(request_for("decimal_multiplication", {{"multiplicandDigits", 20}, {"multiplierDigits", 0}}))
                    .has_value());
    EXPECT_TRUE(rules::plan_session(request_for("decimal_multiplication", {{"multiplicandDigits", 2}, {"multiplierDigits", 19}}))
                    .has_value());
    EXPECT_TRUE(rules::plan_session(request_for("decimal_multiplication", {{"multiplicandDigits", 11}, {"multiplierDigits", 10}}))
                    .has_value());
    for (const auto& [m1, m2] : std::vector<std::pair<int, int>>{{20, 20}, {2, 20}, {12, 10}, {20, 2}}) {
        SCOPED_TRACE(std::to_string(m1) + " x " + std::to_string(m2));
        expect_invalid(rules::plan_session(request_for("decimal_multiplication",
                                                       {{"multiplicandDigits", m1}, {"multiplierDigits", m2}})),
                       "24 characters");
    }
}

TEST(PracticeRulesPlan, CustomSecondsForFlashOperations) {
    const std::vector<double> allowed = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0,
                                         1.2, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0};
    EXPECT_EQ(rules::flash_custom_values(), allowed);
    for (const double s : allowed) {
        const auto plan = rules::plan_session(request_for("big_friends_add_sub", {}, "custom", 10, s));
        ASSERT_TRUE(plan.has_value()) << s << ": " << plan.error().detail;
        EXPECT_DOUBLE_EQ(plan->seconds, s);
        EXPECT_DOUBLE_EQ(plan->answer_seconds, 15);
    }
    // 0.1 + 0.2 is not exactly 0.3 in binary; the step still matches.
    EXPECT_TRUE(rules::plan_session(request_for("add_sub", {}, "custom", 10, 0.1 + 0.2)).has_value());
    for (const double s : {0.0, 0.05, 0.15, 1.1, 1.3, 1.4, 1.7, 5.5, 6.0, 10.0, -1.0}) {
        SCOPED_TRACE(s);
        expect_invalid(rules::plan_session(request_for("add_sub", {}, "custom", 10, s)), "seconds per row");
    }
    expect_invalid(rules::plan_session(request_for("add_sub", {}, "custom")), "seconds is required");
}

TEST(PracticeRulesPlan, CustomSecondsForOtherOperationsAreWholeSecondsOneToForty) {
    for (const double s : {1.0, 2.0, 17.0, 39.0, 40.0}) {
        const auto plan = rules::plan_session(request_for("lcm", {}, "custom", 10, s));
        ASSERT_TRUE(plan.has_value()) << s;
        EXPECT_DOUBLE_EQ(plan->seconds, s);
        EXPECT_DOUBLE_EQ(plan->answer_seconds, s);
    }
    for (const double s : {0.0, 0.5, 1.5, 40.5, 41.0, 100.0, -5.0}) {
        SCOPED_TRACE(s);
        expect_invalid(rules::plan_session(request_for("lcm", {}, "custom", 10, s)), "whole number from 1 to 40");
    }
    expect_invalid(rules::plan_session(request_for("percentage", {}, "custom")), "seconds is required");
}

TEST(PracticeRulesPlan, SecondsAreIgnoredOutsideCustom) {
    const auto plan = rules::plan_session(request_for("division", {}, "easy", 10, 999.0));
    ASSERT_TRUE(plan.has_value());
    EXPECT_DOUBLE_EQ(plan->seconds, 30);
    const auto flash = rules::plan_session(request_for("add_sub", {}, "hard", 10, 0.123));
    ASSERT_TRUE(flash.has_value());
    EXPECT_DOUBLE_EQ(flash->seconds, 0.6);
}

// ---------------------------------------------------------------------------------------------
// session_question

TEST(PracticeRulesQuestion, VerticalRowsCarryTheirSigns) {
    papers::Question q;
    q.id = 4;
    q.text = "12\n+ 34\n- 5";
    q.operand_texts = {"12", "34", "5"};
    q.op = "±";
    q.operators = {"+", "-"};
    q.answer = "41";
    q.is_vertical = true;
    const SessionQuestion s = rules::session_question(q);
    EXPECT_EQ(s.number, 4);
    EXPECT_EQ(s.text, q.text);
    EXPECT_EQ(s.rows, (std::vector<std::string>{"12", "+34", "-5"}));
    EXPECT_TRUE(s.is_vertical);
    EXPECT_EQ(s.answer, "41");
}

TEST(PracticeRulesQuestion, WithoutOperatorsTheQuestionsOperatorIsTheSign) {
    papers::Question q;
    q.id = 1;
    q.operand_texts = {"50", "20", "7"};
    q.op = "-";
    q.answer = "23";
    q.is_vertical = true;
    EXPECT_EQ(rules::session_question(q).rows, (std::vector<std::string>{"50", "-20", "-7"}));
    q.op = "+";
    EXPECT_EQ(rules::session_question(q).rows, (std::vector<std::string>{"50", "+20", "+7"}));
}

TEST(PracticeRulesQuestion, ANegativeOperandFlipsItsSign) {
    papers::Question q;
    q.id = 2;
    q.operand_texts = {"-8", "-5", "-3", "9"};
    q.op = "±";
    q.operators = {"+", "-", "-"};
    q.answer = "-1";
    q.is_vertical = true;
    // -8 + (-5) - (-3) - 9 = -19 reads -8, -5, +3, -9.
    EXPECT_EQ(rules::session_question(q).rows, (std::vector<std::string>{"-8", "-5", "+3", "-9"}));
}

TEST(PracticeRulesQuestion, HorizontalQuestionsHaveNoRows) {
    papers::Question q;
    q.id = 3;
    q.text = "52 × 4 =";
    q.operand_texts = {"52", "4"};
    q.op = "×";
    q.answer = "208";
    const SessionQuestion s = rules::session_question(q);
    EXPECT_TRUE(s.rows.empty());
    EXPECT_FALSE(s.is_vertical);
    EXPECT_EQ(s.text, "52 × 4 =");
    EXPECT_EQ(s.answer, "208");
}

// ---------------------------------------------------------------------------------------------
// grade_session

std::vector<SessionQuestion> five_questions() {
    std::vector<SessionQuestion> out;
    const char* answers[] = {"41", "-12", "33.6", "109.88", "0"};
    for (int i = 0; i < 5; ++i)
        out.push_back(SessionQuestion{.number = i + 1, .text = "q", .rows = {}, .is_vertical = false, .answer = answers[i]});
    return out;
}

GivenAnswer answer(int number, std::optional<std::string> text, double time = 1) {
    return GivenAnswer{.question_number = number, .answer = std::move(text), .time_taken = time};
}

TEST(PracticeRulesGrade, CountsRightWrongAndUnattempted) {
    const auto graded = rules::grade_session(five_questions(), {answer(1, "41", 2.5), answer(2, "12"),
                                                                answer(3, "33.60"), answer(4, "109.875"),
                                                                answer(5, std::nullopt)});
    ASSERT_TRUE(graded.has_value()) << graded.error().detail;
    EXPECT_EQ(graded->correct, 3);
    EXPECT_EQ(graded->wrong, 1);
    EXPECT_EQ(graded->unattempted, 1);
    EXPECT_DOUBLE_EQ(graded->accuracy, 60.0);
    ASSERT_EQ(graded->questions.size(), 5u);
    EXPECT_TRUE(graded->questions[0].answered);
    EXPECT_TRUE(graded->questions[0].correct);
    EXPECT_DOUBLE_EQ(graded->questions[0].time_taken, 2.5);
    EXPECT_TRUE(graded->questions[1].answered);
    EXPECT_FALSE(graded->questions[1].correct);
    EXPECT_FALSE(graded->questions[4].answered);
    EXPECT_FALSE(graded->questions[4].correct);
    EXPECT_EQ(graded->questions[2].given, "33.60");
}

TEST(PracticeRulesGrade, MissingEntriesAreUnattemptedAndOrderDoesNotMatter) {
    const auto graded = rules::grade_session(five_questions(), {answer(5, "0"), answer(2, "-12")});
    ASSERT_TRUE(graded.has_value());
    EXPECT_EQ(graded->correct, 2);
    EXPECT_EQ(graded->wrong, 0);
    EXPECT_EQ(graded->unattempted, 3);
    EXPECT_DOUBLE_EQ(graded->accuracy, 40.0);
    EXPECT_TRUE(graded->questions[4].correct);
    EXPECT_TRUE(graded->questions[1].correct);
    const auto none = rules::grade_session(five_questions(), {});
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(none->unattempted, 5);
    EXPECT_DOUBLE_EQ(none->accuracy, 0.0);
}

TEST(PracticeRulesGrade, BadAnswerListsAreInvalid) {
    const auto questions = five_questions();
    struct Row {
        const char* name;
        std::vector<GivenAnswer> answers;
        const char* mentions;
    };
    const Row rows[] = {
        {"number 0", {answer(0, "1")}, "question_number 0"},
        {"number 6", {answer(6, "1")}, "question_number 6"},
        {"number 99", {answer(99, "1")}, "question_number 99"},
        {"negative number", {answer(-1, "1")}, "question_number -1"},
        {"duplicate", {answer(2, "1"), answer(2, "-12")}, "answered twice"},
        {"too many", {answer(1, "1"), answer(2, "1"), answer(3, "1"), answer(4, "1"), answer(5, "1"), answer(1, "1")},
         "6 entries"},
        {"negative time", {answer(1, "41", -0.5)}, "time_taken"},
        {"time beyond a day", {answer(1, "41", 86401)}, "time_taken"},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const auto graded = rules::grade_session(questions, row.answers);
        ASSERT_FALSE(graded.has_value());
        EXPECT_EQ(graded.error().code, ErrorCode::Invalid);
        EXPECT_NE(graded.error().detail.find(row.mentions), std::string::npos) << graded.error().detail;
    }
    EXPECT_TRUE(rules::grade_session(questions, {answer(1, "41", 86400)}).has_value());
    EXPECT_TRUE(rules::grade_session(questions, {answer(1, "41", 0)}).has_value());
}

// ---------------------------------------------------------------------------------------------
// Every operation's generated answers against an independent recomputation.

// The answer of `q` recomputed here from its operands; `multiplier_whole`: decimal_multiplication
// with multiplierDigits 0 (the multiplier is not scaled by 10).
void check_answer(const std::string& operation, const papers::Question& q, bool multiplier_whole) {
    const auto& t = q.operand_texts;
    const std::set<std::string> sums = {"add_sub", "integer_add_sub", "direct_add_sub", "small_friends_add_sub",
                                        "big_friends_add_sub"};
    if (sums.count(operation)) {
        ASSERT_TRUE(q.is_vertical);
        ASSERT_EQ(q.op, "±");
        ASSERT_EQ(q.operators.size() + 1, t.size());
        I128 total = static_cast<I128>(parse_u128(t[0]));
        for (std::size_t i = 1; i < t.size(); ++i) {
            ASSERT_TRUE(q.operators[i - 1] == "+" || q.operators[i - 1] == "-");
            const I128 value = static_cast<I128>(parse_u128(t[i]));
            total += q.operators[i - 1] == "+" ? value : -value;
            if (operation != "integer_add_sub") {
                ASSERT_TRUE(total >= 0) << "the running total never goes below 0";
            }
        }
        EXPECT_EQ(q.answer, i128_text(total));
        // The rows a student sees: the operands with their signs.
        std::vector<std::string> rows = {t[0]};
        for (std::size_t i = 1; i < t.size(); ++i) rows.push_back(q.operators[i - 1] + t[i]);
        EXPECT_EQ(rules::session_question(q).rows, rows);
        return;
    }
    EXPECT_FALSE(q.is_vertical);
    EXPECT_TRUE(rules::session_question(q).rows.empty());
    if (operation == "multiplication") {
        ASSERT_EQ(q.op, "×");
        ASSERT_EQ(t.size(), 2u);
        EXPECT_EQ(q.answer, u128_text(parse_u128(t[0]) * parse_u128(t[1])));
    } else if (operation == "division") {
        ASSERT_EQ(q.op, "÷");
        const U128 dividend = parse_u128(t[0]), divisor = parse_u128(t[1]);
        ASSERT_TRUE(divisor >= 2);
        ASSERT_TRUE(dividend % divisor == 0) << "an exact division";
        EXPECT_EQ(q.answer, u128_text(dividend / divisor));
    } else if (operation == "decimal_multiplication") {
        ASSERT_EQ(q.op, "×");
        // Operands are held ×10 ("60.1" is 601); a whole multiplier is not.
        const std::string product = multiply_digits(t[0], t[1]);
        EXPECT_EQ(parse_decimal_text(q.answer), canonical(false, product, multiplier_whole ? 1 : 2));
    } else if (operation == "decimal_division") {
        ASSERT_EQ(q.op, "÷");
        const U128 dividend = parse_u128(t[0]), divisor = parse_u128(t[1]);
        ASSERT_TRUE(divisor >= 2);
        const Decimal given = parse_decimal_text(q.answer);
        ASSERT_LE(given.scale, 2) << q.answer;
        const U128 hundredths = parse_u128(given.digits) * (given.scale == 0 ? 100 : given.scale == 1 ? 10 : 1);
        // |answer - dividend/divisor| <= 0.005, i.e. |hundredths·divisor - 100·dividend| <= divisor/2; a tie rounds up.
        const U128 lhs = hundredths * divisor, rhs = dividend * 100;
        const U128 distance = lhs > rhs ? lhs - rhs : rhs - lhs;
        EXPECT_TRUE(2 * distance <= divisor) << q.text << " answered " << q.answer;
        if (2 * distance == divisor) {
            EXPECT_TRUE(lhs > rhs) << "half rounds up: " << q.text;
        }
        EXPECT_TRUE(hundredths > 0) << "questions whose answer rounds to 0 are not asked";
    } else if (operation == "lcm" || operation == "gcd") {
        ASSERT_EQ(q.op, operation == "lcm" ? "LCM" : "GCD");
        const U128 a = parse_u128(t[0]), b = parse_u128(t[1]);
        U128 x = a, y = b;
        while (y != 0) {
            const U128 r = x % y;
            x = y;
            y = r;
        }
        EXPECT_EQ(q.answer, u128_text(operation == "gcd" ? x : a / x * b));
        if (operation == "gcd") {
            EXPECT_TRUE(x >= 2);
        }
    } else if (operation == "square_root" || operation == "cube_root") {
        ASSERT_EQ(t.size(), 1u);
        const U128 radicand = parse_u128(t[0]);
        const U128 root = parse_u128(q.answer);
        const U128 power = operation == "square_root" ? root * root : root * root * root;
        EXPECT_EQ(u128_text(power), u128_text(radicand)) << q.text;
        EXPECT_TRUE(root >= 2);
    } else if (operation == "percentage") {
        ASSERT_EQ(q.op, "%");
        const U128 percent = parse_u128(t[0]), number = parse_u128(t[1]);
        EXPECT_EQ(parse_decimal_text(q.answer), canonical(false, u128_text(percent * number), 2));
    } else {
        FAIL() << "no recomputation for " << operation;
    }
}

// Settings to try for an operation: defaults, every setting at its minimum, every setting at its
// maximum (within what plan_session accepts), and the largest decimal products that fit.
std::vector<std::vector<std::pair<std::string, long long>>> settings_to_try(const Operation& op) {
    std::vector<std::vector<std::pair<std::string, long long>>> out = {{}};
    std::vector<std::pair<std::string, long long>> lowest, highest;
    for (const auto& spec : op.settings) {
        lowest.emplace_back(spec.name, spec.min);
        highest.emplace_back(spec.name, spec.max);
    }
    out.push_back(lowest);
    if (op.name == std::string("decimal_multiplication")) {
        out.push_back({{"multiplicandDigits", 20}, {"multiplierDigits", 1}});
        out.push_back({{"multiplicandDigits", 2}, {"multiplierDigits", 19}});
        out.push_back({{"multiplicandDigits", 11}, {"multiplierDigits", 10}});
        out.push_back({{"multiplicandDigits", 20}, {"multiplierDigits", 0}});
    } else {
        out.push_back(highest);
    }
    if (op.name == std::string("percentage")) out.push_back({{"percentageMin", 5}, {"percentageMax", 95}, {"numberDigits", 3}});
    if (op.name == std::string("decimal_division")) out.push_back({{"dividendDigits", 3}, {"divisorDigits", 4}});
    if (op.name == std::string("square_root") || op.name == std::string("cube_root")) out.push_back({{"rootDigits", 17}});
    return out;
}

TEST(PracticeRulesGrading, EveryOperationsAnswersMatchAnIndependentRecomputation) {
    int checked = 0;
    for (const auto& op : rules::operations()) {
        for (const auto& settings : settings_to_try(op)) {
            std::string label = op.name;
            for (const auto& [name, value] : settings) label += " " + name + "=" + std::to_string(value);
            SCOPED_TRACE(label);
            for (const std::uint64_t seed : {1ULL, 77ULL, 20261203ULL, 9007199254740991ULL}) {
                SCOPED_TRACE("seed " + std::to_string(seed));
                // As many questions as the settings allow, up to a session's 50.
                std::optional<papers::GeneratedPaper> paper;
                SessionPlan plan;
                for (const int count : {50, 20, 5, 1}) {
                    const auto planned = rules::plan_session(request_for(op.name, settings, "medium", count));
                    ASSERT_TRUE(planned.has_value()) << planned.error().detail;
                    plan = *planned;
                    papers::PreviewRequest preview;
                    preview.config.title = "Mental maths";
                    preview.config.blocks = {plan.block};
                    preview.seed = seed;
                    auto generated = papers::preview_paper(preview, "");
                    if (generated.has_value()) {
                        paper = std::move(*generated);
                        break;
                    }
                    EXPECT_EQ(generated.error().code, ErrorCode::Invalid) << generated.error().detail;
                }
                ASSERT_TRUE(paper.has_value()) << "not even one question";
                ASSERT_EQ(paper->blocks.size(), 1u);
                const bool multiplier_whole = plan.block.constraints.multiplier_digits == 0;
                std::vector<SessionQuestion> session;
                for (const auto& q : paper->blocks[0].questions) {
                    SCOPED_TRACE(q.text);
                    check_answer(op.name, q, multiplier_whole);
                    // A student can type every correct answer, and it is graded right; one more is wrong.
                    const auto typed = progress::rules::read_answer(q.answer, "Question");
                    ASSERT_TRUE(typed.has_value()) << q.answer << ": " << typed.error().detail;
                    EXPECT_EQ(grade(*typed, q.answer), Mark::Right);
                    EXPECT_EQ(grade(plus_one(q.answer), q.answer), Mark::Wrong) << plus_one(q.answer);
                    session.push_back(rules::session_question(q));
                    ++checked;
                }
                // The whole session graded with every answer right.
                std::vector<GivenAnswer> answers;
                for (const auto& s : session) answers.push_back(answer(s.number, s.answer));
                const auto graded = rules::grade_session(session, answers);
                ASSERT_TRUE(graded.has_value()) << graded.error().detail;
                EXPECT_EQ(graded->correct, static_cast<int>(session.size()));
                EXPECT_DOUBLE_EQ(graded->accuracy, 100.0);
            }
        }
    }
    EXPECT_GT(checked, 3000);
}

// ---------------------------------------------------------------------------------------------
// Legacy question objects against an independent computation.

Exact exact(I128 mantissa, int scale = 0) { return Exact{mantissa, scale}; }

// A whole number of exactly `digits` digits (1..18).
long long random_digits(std::mt19937_64& rng, int digits) {
    long long lo = 1;
    for (int i = 1; i < digits; ++i) lo *= 10;
    const long long hi = lo * 10 - 1;
    return std::uniform_int_distribution<long long>(digits == 1 ? 1 : lo, hi)(rng);
}
int random_int(std::mt19937_64& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

LegacyQuestion legacy(const std::string& type) {
    LegacyQuestion q;
    q.type = type;
    return q;
}

std::string legacy_answer(const LegacyQuestion& q) {
    const auto answer = rules::legacy_correct_answer(q);
    EXPECT_TRUE(answer.has_value()) << q.type << ": " << (answer.has_value() ? "" : answer.error().detail);
    return answer.has_value() ? *answer : "";
}

constexpr int kRandomPerType = 200;

TEST(PracticeRulesLegacy, SumsOfEveryKind) {
    std::mt19937_64 rng(20261203);
    for (const char* type : {"add_sub", "integer_add_sub", "direct_add_sub", "small_friends_add_sub",
                             "big_friends_add_sub"}) {
        const bool junior = std::string(type).find("friends") != std::string::npos || std::string(type) == "direct_add_sub";
        for (int n = 0; n < kRandomPerType; ++n) {
            auto q = legacy(type);
            const int digits = junior ? random_int(rng, 1, 2) : random_int(rng, 1, 10);
            const int rows = junior ? random_int(rng, 2, 15) : random_int(rng, 3, 20);
            long long total = 0;
            for (int r = 0; r < rows; ++r) {
                const long long value = random_digits(rng, digits);
                q.numbers.push_back(exact(value));
                if (r == 0) {
                    total = value;
                    continue;
                }
                const bool minus = random_int(rng, 0, 1) == 1;
                q.operators.push_back(minus ? "-" : "+");
                total += minus ? -value : value;
            }
            EXPECT_EQ(legacy_answer(q), std::to_string(total)) << type;
        }
    }
    // Decimal rows (the legacy page's decimal add/sub sends values like 96.5).
    auto q = legacy("add_sub");
    q.numbers = {exact(965, 1), exact(690, 1), exact(537, 1), exact(1, 2)};
    q.operators = {"-", "+", "-"};
    EXPECT_EQ(legacy_answer(q), "81.19");
}

TEST(PracticeRulesLegacy, MultiplicationAndDivision) {
    std::mt19937_64 rng(7);
    for (int n = 0; n < kRandomPerType; ++n) {
        auto q = legacy("multiplication");
        const long long a = random_digits(rng, random_int(rng, 2, 10)), b = random_digits(rng, random_int(rng, 1, 10));
        q.multiplicand = exact(a);
        q.multiplier = exact(b);
        EXPECT_EQ(legacy_answer(q), i128_text(static_cast<I128>(a) * b)) << a << " x " << b;
    }
    for (int n = 0; n < kRandomPerType; ++n) {
        auto q = legacy("division");
        const long long divisor = random_digits(rng, random_int(rng, 1, 6)) + 1;
        const long long quotient = random_digits(rng, random_int(rng, 1, 8));
        q.dividend = exact(static_cast<I128>(divisor) * quotient);
        q.divisor = exact(divisor);
        EXPECT_EQ(legacy_answer(q), std::to_string(quotient));
    }
}

TEST(PracticeRulesLegacy, DecimalMultiplicationIsExact) {
    std::mt19937_64 rng(11);
    for (int n = 0; n < kRandomPerType; ++n) {
        auto q = legacy("decimal_multiplication");
        const long long a = random_digits(rng, random_int(rng, 2, 9)), b = random_digits(rng, random_int(rng, 1, 9));
        const int sa = random_int(rng, 0, 3), sb = random_int(rng, 0, 3);
        q.multiplicand = exact(a, sa);
        q.multiplier = exact(b, sb);
        const std::string product = multiply_digits(std::to_string(a), std::to_string(b));
        EXPECT_EQ(parse_decimal_text(legacy_answer(q)), canonical(false, product, sa + sb)) << a << "e-" << sa << " x " << b << "e-" << sb;
    }
    auto q = legacy("decimal_multiplication");
    q.multiplicand = exact(601, 1);
    q.multiplier = exact(56, 1);
    EXPECT_EQ(legacy_answer(q), "336.56");
    q.multiplier = exact(-5);
    EXPECT_EQ(legacy_answer(q), "-300.5");
}

TEST(PracticeRulesLegacy, DecimalDivisionRoundsHalfUpToTwoDecimals) {
    std::mt19937_64 rng(13);
    for (int n = 0; n < kRandomPerType; ++n) {
        auto q = legacy("decimal_division");
        const long long a = random_digits(rng, random_int(rng, 1, 10)), b = random_digits(rng, random_int(rng, 1, 6));
        const int sa = random_int(rng, 0, 2), sb = random_int(rng, 0, 2);
        q.dividend = exact(a, sa);
        q.divisor = exact(b, sb);
        const Decimal given = parse_decimal_text(legacy_answer(q));
        ASSERT_LE(given.scale, 2);
        // value = (a / 10^sa) / (b / 10^sb); in hundredths: a·10^sb·100 / (b·10^sa).
        U128 numerator = static_cast<U128>(a) * 100, denominator = static_cast<U128>(b);
        for (int i = 0; i < sb; ++i) numerator *= 10;
        for (int i = 0; i < sa; ++i) denominator *= 10;
        U128 hundredths = parse_u128(given.digits);
        for (int i = given.scale; i < 2; ++i) hundredths *= 10;
        const U128 lhs = hundredths * denominator;
        const U128 distance = lhs > numerator ? lhs - numerator : numerator - lhs;
        EXPECT_TRUE(2 * distance <= denominator) << a << "e-" << sa << " / " << b << "e-" << sb;
        if (2 * distance == denominator) {
            EXPECT_TRUE(lhs > numerator) << "a half rounds up";
        }
    }
    auto q = legacy("decimal_division");
    q.dividend = exact(879);
    q.divisor = exact(8);
    EXPECT_EQ(legacy_answer(q), "109.88");
    q.dividend = exact(1);
    q.divisor = exact(3);
    EXPECT_EQ(legacy_answer(q), "0.33");
    q.dividend = exact(1);
    q.divisor = exact(200);
    EXPECT_EQ(legacy_answer(q), "0.01") << "0.005 rounds up";
    q.dividend = exact(-879);
    q.divisor = exact(8);
    EXPECT_EQ(legacy_answer(q), "-109.88") << "half away from zero";
}

TEST(PracticeRulesLegacy, LcmAndGcd) {
    std::mt19937_64 rng(17);
    for (int n = 0; n < kRandomPerType; ++n) {
        const long long a = random_digits(rng, random_int(rng, 1, 9)), b = random_digits(rng, random_int(rng, 1, 9));
        long long x = a, y = b;
        while (y != 0) {
            const long long r = x % y;
            x = y;
            y = r;
        }
        auto gcd = legacy("gcd");
        gcd.first = exact(a);
        gcd.second = exact(b);
        EXPECT_EQ(legacy_answer(gcd), std::to_string(x)) << a << ", " << b;
        auto lcm = legacy("lcm");
        lcm.first = exact(a);
        lcm.second = exact(b);
        EXPECT_EQ(legacy_answer(lcm), i128_text(static_cast<I128>(a / x) * b)) << a << ", " << b;
    }
}

TEST(PracticeRulesLegacy, RootsOfPerfectPowers) {
    std::mt19937_64 rng(19);
    for (int n = 0; n < kRandomPerType; ++n) {
        const long long root = random_digits(rng, random_int(rng, 1, 9));
        auto square = legacy("square_root");
        square.number = exact(static_cast<I128>(root) * root);
        EXPECT_EQ(legacy_answer(square), std::to_string(root));
        const long long small_root = random_digits(rng, random_int(rng, 1, 6));
        auto cube = legacy("cube_root");
        cube.number = exact(static_cast<I128>(small_root) * small_root * small_root);
        EXPECT_EQ(legacy_answer(cube), std::to_string(small_root));
    }
    auto square = legacy("square_root");
    square.number = exact(0);
    EXPECT_EQ(legacy_answer(square), "0");
    square.number = exact(999999999LL * 999999999LL);
    EXPECT_EQ(legacy_answer(square), "999999999");
}

TEST(PracticeRulesLegacy, PercentageIsExact) {
    std::mt19937_64 rng(23);
    for (int n = 0; n < kRandomPerType; ++n) {
        auto q = legacy("percentage");
        const long long number = random_digits(rng, random_int(rng, 2, 10));
        const int percent = random_int(rng, 1, 100);
        q.number = exact(number);
        q.percentage = exact(percent);
        EXPECT_EQ(parse_decimal_text(legacy_answer(q)),
                  canonical(false, i128_text(static_cast<I128>(number) * percent), 2))
            << percent << "% of " << number;
    }
    auto q = legacy("percentage");
    q.number = exact(900);
    q.percentage = exact(45);
    EXPECT_EQ(legacy_answer(q), "405");
    q.number = exact(333);
    q.percentage = exact(125, 1);  // 12.5%
    EXPECT_EQ(legacy_answer(q), "41.625");
}

TEST(PracticeRulesLegacy, UnknownTypesAreInvalid) {
    // An unknown type, or none at all, cannot be graded.
    for (const char* type : {"exponent", "", "MULTIPLICATION", "addition"}) {
        auto q = legacy(type);
        q.multiplicand = exact(2);
        q.multiplier = exact(3);
        q.numbers = {exact(1), exact(2)};
        q.operators = {"+"};
        const auto answer = rules::legacy_correct_answer(q);
        ASSERT_FALSE(answer.has_value()) << type;
        EXPECT_EQ(answer.error().code, ErrorCode::Invalid);
    }
}

TEST(PracticeRulesLegacy, QuestionsThatCannotBeGradedAreInvalid) {
    struct Row {
        const char* name;
        LegacyQuestion q;
        const char* mentions;
    };
    std::vector<Row> rows;
    {
        auto q = legacy("add_sub");
        q.numbers = {exact(5), exact(3)};
        q.operators = {"*"};
        rows.push_back({"operator *", q, "operators[0]"});
        q.operators = {"x"};
        rows.push_back({"operator x", q, "operators[0]"});
        q.operators = {"+", "-"};
        rows.push_back({"too many operators", q, "operators"});
        q.numbers = {exact(5), exact(3), exact(1)};
        q.operators = {"+"};
        rows.push_back({"too few operators", q, "operators"});
        q.numbers = {exact(5)};
        q.operators = {};
        rows.push_back({"one number", q, "numbers"});
        q.numbers.assign(31, exact(1));
        q.operators.assign(30, "+");
        rows.push_back({"31 rows", q, "numbers"});
        q.numbers = {exact(1), exact(I128{1000000000000000000})};
        q.operators = {"+"};
        rows.push_back({"19-digit row", q, "out of range"});
    }
    {
        auto q = legacy("multiplication");
        q.multiplicand = exact(I128{1000000000000000000});  // 19 digits
        q.multiplier = exact(2);
        rows.push_back({"19-digit operand", q, "out of range"});
        q.multiplicand = exact(-I128{1000000000000000000});
        rows.push_back({"19-digit negative operand", q, "out of range"});
        q.multiplicand = exact(15, 7);
        rows.push_back({"7 decimals", q, "out of range"});
        q.multiplicand = exact(15);
        q.multiplier.reset();
        rows.push_back({"missing multiplier", q, "multiplier"});
    }
    {
        auto q = legacy("division");
        q.dividend = exact(10);
        q.divisor = exact(0);
        rows.push_back({"divisor 0", q, "divisor"});
        q.divisor = exact(3);
        rows.push_back({"inexact division", q, "exactly"});
        q.dividend = exact(105, 1);
        q.divisor = exact(5);
        rows.push_back({"decimal dividend", q, "exactly"});
        q.dividend.reset();
        rows.push_back({"missing dividend", q, "dividend"});
    }
    {
        auto q = legacy("decimal_division");
        q.dividend = exact(10);
        q.divisor = exact(0, 2);
        rows.push_back({"decimal divisor 0", q, "divisor"});
    }
    {
        auto q = legacy("square_root");
        q.number = exact(50);
        rows.push_back({"non-square", q, "square root"});
        q.number = exact(-49);
        rows.push_back({"negative radicand", q, "not negative"});
        q.number = exact(495, 1);
        rows.push_back({"decimal radicand", q, "whole number"});
        auto cube = legacy("cube_root");
        cube.number = exact(26);
        rows.push_back({"non-cube", cube, "cube root"});
    }
    {
        auto q = legacy("lcm");
        q.first = exact(0);
        q.second = exact(4);
        rows.push_back({"lcm of 0", q, "positive whole"});
        auto g = legacy("gcd");
        g.first = exact(-6);
        g.second = exact(4);
        rows.push_back({"gcd of a negative", g, "positive whole"});
        g.first = exact(6);
        g.second.reset();
        rows.push_back({"gcd missing second", g, "second"});
    }
    {
        auto q = legacy("percentage");
        q.number = exact(100);
        q.percentage = exact(1001);
        rows.push_back({"percentage beyond 1000", q, "percentage"});
        q.percentage = exact(-1);
        rows.push_back({"negative percentage", q, "percentage"});
    }
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const auto answer = rules::legacy_correct_answer(row.q);
        ASSERT_FALSE(answer.has_value()) << *answer;
        EXPECT_EQ(answer.error().code, ErrorCode::Invalid);
        EXPECT_NE(answer.error().detail.find(row.mentions), std::string::npos) << answer.error().detail;
    }
}

TEST(PracticeRulesLegacy, TheLimitsThemselvesAreAccepted) {
    auto q = legacy("add_sub");
    q.numbers.assign(30, exact(I128{999999999999999999}));  // 30 rows of 18 digits
    q.operators.assign(29, "+");
    EXPECT_EQ(legacy_answer(q), i128_text(I128{999999999999999999} * 30));
    auto m = legacy("multiplication");
    m.multiplicand = exact(I128{999999999999999999});
    m.multiplier = exact(I128{999999999999999999});
    EXPECT_EQ(legacy_answer(m), "999999999999999998000000000000000001");
    m.multiplicand = exact(123456, 6);
    m.multiplier = exact(2);
    EXPECT_EQ(legacy_answer(m), "0.246912");
}

TEST(PracticeRulesExactText, DecimalTextOfExactNumbers) {
    EXPECT_EQ(rules::exact_text(Exact{-1250, 2}), "-12.5");
    EXPECT_EQ(rules::exact_text(Exact{0, 3}), "0");
    EXPECT_EQ(rules::exact_text(Exact{5, 3}), "0.005");
    EXPECT_EQ(rules::exact_text(Exact{-5, 3}), "-0.005");
    EXPECT_EQ(rules::exact_text(Exact{1000, 3}), "1");
    EXPECT_EQ(rules::exact_text(Exact{42, 0}), "42");
    EXPECT_EQ(rules::exact_text(Exact{-42, 0}), "-42");
    EXPECT_EQ(rules::exact_text(Exact{I128{999999999999999999} * 1000000000000000000, 0}),
              "999999999999999999000000000000000000");
}

}  // namespace
}  // namespace anzan::practice::rules_test
