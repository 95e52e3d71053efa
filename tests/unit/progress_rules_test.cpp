// Proves src/progress/rules.cpp: reading a student's answer, grading it against the exact correct
// answer (integers exactly, decimals within 0.01 computed on the digits), the points an answer
// earns, the daily cap and the accuracy. No database, no clock.
#include <gtest/gtest.h>

#include "progress/rules.hpp"

namespace anzan::progress::rules_test {
namespace {

using rules::grade;
using rules::Mark;
using rules::read_answer;

std::optional<std::string> given(const char* text) { return std::string(text); }

TEST(ProgressRulesReadAnswer, BlankIsUnattempted) {
    for (const char* blank : {"", " ", "   ", "\t", " \t "}) {
        SCOPED_TRACE(std::string("'") + blank + "'");
        const auto answer = read_answer(blank, "Question 1");
        ASSERT_TRUE(answer.has_value());
        EXPECT_FALSE(answer->has_value());
    }
}

TEST(ProgressRulesReadAnswer, NumbersAreTrimmedAndKept) {
    const std::pair<const char*, const char*> rows[] = {
        {"42", "42"},     {"  42 ", "42"}, {"\t-7\t", "-7"}, {"007", "007"}, {"3.5", "3.5"},
        {"-0.25", "-0.25"}, {".5", ".5"},  {"5.", "5."},     {"-0", "-0"},   {"0", "0"},
    };
    for (const auto& [text, kept] : rows) {
        SCOPED_TRACE(text);
        const auto answer = read_answer(text, "Question 1");
        ASSERT_TRUE(answer.has_value()) << answer.error().detail;
        ASSERT_TRUE(answer->has_value());
        EXPECT_EQ(**answer, kept);
    }
}

TEST(ProgressRulesReadAnswer, AnythingButADecimalIsInvalidAndNamesTheQuestion) {
    const std::string thousand_digits(1000, '7');
    const std::string twenty_five(25, '1');
    for (const std::string& text :
         {std::string("abc"), std::string("12a"), std::string("a12"), std::string("1e5"), std::string("1E5"),
          std::string("1.2.3"), std::string("1..2"), std::string("-"), std::string("."), std::string("-."),
          std::string("+5"), std::string("5-"), std::string("--5"), std::string("1 2"), std::string("½"),
          std::string("0x1F"), std::string("1,000"), std::string("Infinity"), std::string("NaN"), twenty_five,
          thousand_digits}) {
        SCOPED_TRACE(text.substr(0, 40));
        const auto answer = read_answer(text, "Question 3");
        ASSERT_FALSE(answer.has_value());
        EXPECT_EQ(answer.error().code, ErrorCode::Invalid);
        EXPECT_EQ(answer.error().detail.rfind("Question 3: ", 0), 0u) << answer.error().detail;
    }
}

TEST(ProgressRulesReadAnswer, TheLengthLimitIsTwentyFourCharacters) {
    EXPECT_EQ(rules::kMaxAnswerLength, 24u);
    const std::string longest(24, '9');
    const auto ok = read_answer(longest, "Q");
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(**ok, longest);
    EXPECT_TRUE(read_answer("-" + std::string(23, '9'), "Q").has_value());
    EXPECT_TRUE(read_answer("  " + longest + "  ", "Q").has_value()) << "spaces around do not count";
    EXPECT_FALSE(read_answer(longest + "9", "Q").has_value());
    EXPECT_FALSE(read_answer("-" + longest, "Q").has_value());
}

TEST(ProgressRulesGrade, BlankIsUnattempted) {
    EXPECT_EQ(grade(std::nullopt, "12"), Mark::Unattempted);
    EXPECT_EQ(grade(std::nullopt, "0"), Mark::Unattempted);
    EXPECT_EQ(grade(std::nullopt, "3.5"), Mark::Unattempted);
}

TEST(ProgressRulesGrade, IntegersAreExact) {
    EXPECT_EQ(grade(given("7"), "7"), Mark::Right);
    EXPECT_EQ(grade(given("007"), "7"), Mark::Right);
    EXPECT_EQ(grade(given("7"), "007"), Mark::Right);
    EXPECT_EQ(grade(given("-0"), "0"), Mark::Right);
    EXPECT_EQ(grade(given("0"), "-0"), Mark::Right);
    EXPECT_EQ(grade(given("000"), "0"), Mark::Right);
    EXPECT_EQ(grade(given("-12"), "-12"), Mark::Right);
    EXPECT_EQ(grade(given("-0012"), "-12"), Mark::Right);
    EXPECT_EQ(grade(given("12"), "-12"), Mark::Wrong);
    EXPECT_EQ(grade(given("-12"), "12"), Mark::Wrong);
    EXPECT_EQ(grade(given("8"), "7"), Mark::Wrong);
    EXPECT_EQ(grade(given("6"), "7"), Mark::Wrong);
    EXPECT_EQ(grade(given("70"), "7"), Mark::Wrong);
    EXPECT_EQ(grade(given("1"), "0"), Mark::Wrong);
    // Exact on numbers far beyond 64 bits: no float anywhere.
    EXPECT_EQ(grade(given("123456789012345678901234"), "123456789012345678901234"), Mark::Right);
    EXPECT_EQ(grade(given("123456789012345678901235"), "123456789012345678901234"), Mark::Wrong);
    EXPECT_EQ(grade(given("9007199254740993"), "9007199254740992"), Mark::Wrong) << "2^53 + 1 is not 2^53";
}

TEST(ProgressRulesGrade, DecimalsAreRightWithinAHundredth) {
    EXPECT_EQ(grade(given("3.33"), "3.3333"), Mark::Right);
    EXPECT_EQ(grade(given("3.3333"), "3.33"), Mark::Right);
    EXPECT_EQ(grade(given("3.32"), "3.335"), Mark::Wrong);   // 0.015 away
    EXPECT_EQ(grade(given("3.34"), "3.335"), Mark::Right);   // 0.005 away
    EXPECT_EQ(grade(given("3.33"), "3.335"), Mark::Right);   // 0.005 away
    EXPECT_EQ(grade(given("2"), "2.0"), Mark::Right);
    EXPECT_EQ(grade(given("2.0"), "2"), Mark::Right);
    EXPECT_EQ(grade(given("2.000000"), "2"), Mark::Right);
    EXPECT_EQ(grade(given("1.999"), "2"), Mark::Right);
    EXPECT_EQ(grade(given("2.001"), "2"), Mark::Right);
    EXPECT_EQ(grade(given("1.99"), "2"), Mark::Wrong) << "exactly 0.01 away is wrong (strictly less)";
    EXPECT_EQ(grade(given("2.01"), "2"), Mark::Wrong);
    EXPECT_EQ(grade(given("1.9901"), "2"), Mark::Right);
    EXPECT_EQ(grade(given("109.88"), "109.875"), Mark::Right);
    EXPECT_EQ(grade(given("109.87"), "109.875"), Mark::Right);
    EXPECT_EQ(grade(given("109.86"), "109.875"), Mark::Wrong);
    EXPECT_EQ(grade(given(".5"), "0.5"), Mark::Right);
    EXPECT_EQ(grade(given("5."), "5"), Mark::Right);
    EXPECT_EQ(grade(given("0.004"), "0"), Mark::Right);
    EXPECT_EQ(grade(given("33.6"), "33.6"), Mark::Right);
    EXPECT_EQ(grade(given("33.7"), "33.6"), Mark::Wrong);
}

TEST(ProgressRulesGrade, NegativeDecimals) {
    EXPECT_EQ(grade(given("-3.33"), "-3.3333"), Mark::Right);
    EXPECT_EQ(grade(given("-3.32"), "-3.335"), Mark::Wrong);
    EXPECT_EQ(grade(given("-2"), "-2.0"), Mark::Right);
    EXPECT_EQ(grade(given("-1.999"), "-2"), Mark::Right);
    EXPECT_EQ(grade(given("1.999"), "-2"), Mark::Wrong);
    EXPECT_EQ(grade(given("-3.33"), "3.33"), Mark::Wrong);
    // Across zero the distance is the sum of both sides.
    EXPECT_EQ(grade(given("-0.004"), "0.004"), Mark::Right);
    EXPECT_EQ(grade(given("-0.005"), "0.005"), Mark::Wrong);
    EXPECT_EQ(grade(given("0.004"), "-0.005"), Mark::Right);
    EXPECT_EQ(grade(given("-0.0"), "0"), Mark::Right);
    EXPECT_EQ(grade(given("-0.01"), "0"), Mark::Wrong);
}

TEST(ProgressRulesGrade, VeryLongCorrectAnswersAreComparedOnTheirDigits) {
    const std::string forty = "1234567890123456789012345678901234567890";
    EXPECT_EQ(grade(forty, forty), Mark::Right);
    EXPECT_EQ(grade(given("0001234567890123456789012345678901234567890"), forty), Mark::Right);
    EXPECT_EQ(grade(given("1234567890123456789012345678901234567891"), forty), Mark::Wrong);
    EXPECT_EQ(grade(given("234567890123456789012345678901234567890"), forty), Mark::Wrong);
    EXPECT_EQ(grade(forty + ".004", forty), Mark::Right);
    EXPECT_EQ(grade(forty + ".01", forty), Mark::Wrong);
    const std::string long_decimal = "98765432109876543210987654321098765432.12";
    EXPECT_EQ(grade(long_decimal, long_decimal), Mark::Right);
    EXPECT_EQ(grade(given("98765432109876543210987654321098765432.125"), long_decimal), Mark::Right);
    EXPECT_EQ(grade(given("98765432109876543210987654321098765432.13"), long_decimal), Mark::Wrong);
    EXPECT_EQ(grade(given("98765432109876543210987654321098765433.12"), long_decimal), Mark::Wrong);
    // A carry across the whole number when subtracting.
    EXPECT_EQ(grade(given("99999999999999999999999999999.999"), "100000000000000000000000000000"), Mark::Right);
    EXPECT_EQ(grade(given("99999999999999999999999999999.99"), "100000000000000000000000000000"), Mark::Wrong);
}

TEST(ProgressRulesPoints, AnsweredAndCorrect) {
    const PointRules defaults;
    EXPECT_EQ(rules::points_for(0, 0, defaults), 0);
    EXPECT_EQ(rules::points_for(10, 6, defaults), 10 * 1 + 6 * 5);
    EXPECT_EQ(rules::points_for(3, 0, defaults), 3);
    EXPECT_EQ(rules::points_for(50, 50, defaults), 300);
    PointRules custom;
    custom.per_answered = 0;
    custom.per_correct = 10;
    EXPECT_EQ(rules::points_for(7, 4, custom), 40);
    custom.per_answered = 2;
    custom.per_correct = 0;
    EXPECT_EQ(rules::points_for(7, 4, custom), 14);
    PointRules negative;
    negative.per_answered = -5;
    negative.per_correct = 1;
    EXPECT_EQ(rules::points_for(10, 2, negative), 0) << "never below 0";
}

TEST(ProgressRulesPoints, TheDailyCap) {
    EXPECT_EQ(rules::capped_points(36, 0, 0), 36) << "cap 0 is off";
    EXPECT_EQ(rules::capped_points(36, 500, 0), 36);
    EXPECT_EQ(rules::capped_points(36, 0, 20), 20);
    EXPECT_EQ(rules::capped_points(15, 0, 20), 15);
    EXPECT_EQ(rules::capped_points(15, 10, 20), 10);
    EXPECT_EQ(rules::capped_points(15, 20, 20), 0);
    EXPECT_EQ(rules::capped_points(15, 35, 20), 0) << "never below 0 even past the cap";
    EXPECT_EQ(rules::capped_points(0, 0, 20), 0);
    EXPECT_EQ(rules::capped_points(-30, 100, 20), -30) << "debits are never capped";
}

TEST(ProgressRulesPoints, Accuracy) {
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(5, 0), 0.0);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(6, 10), 60.0);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(10, 10), 100.0);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(0, 10), 0.0);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(1, 3), 33.33);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(2, 3), 66.67);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(1, 7), 14.29);
    EXPECT_DOUBLE_EQ(rules::accuracy_percent(49, 50), 98.0);
}

}  // namespace
}  // namespace anzan::progress::rules_test
