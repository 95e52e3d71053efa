// Horizontal and decimal types over thousands of seeds: every answer recomputed with independent
// arithmetic (string multiplication, std::gcd, 128-bit long division), digit counts and ranges as
// asked, text matching operands, uniqueness within the block.
#include <gtest/gtest.h>

#include <map>
#include <numeric>
#include <regex>
#include <set>
#include <sstream>

#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

using test::multiply_strings;
using test::shift_decimal;
using UInt128 = unsigned __int128;

UInt128 parse_u128(const std::string& text) {
    UInt128 value = 0;
    for (char c : text) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

std::string u128_text(UInt128 value) {
    std::string text;
    do {
        text.insert(text.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    } while (value != 0);
    return text;
}

int whole_digits(const std::string& decimal) { return static_cast<int>(decimal.substr(0, decimal.find('.')).size()); }

using Check = void (*)(const Constraints&, const Question&);

struct TypeCase {
    const char* name;
    const char* type;
    Constraints constraints;
    Check check;
    int count = 10;
};

std::smatch match(const std::string& text, const char* pattern) {
    // std::regex construction is slow; each pattern is a string literal, so cache by address.
    static std::map<const char*, std::regex> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) it = compiled.emplace(pattern, std::regex(pattern)).first;
    std::smatch m;
    const bool ok = std::regex_match(text, m, it->second);
    EXPECT_TRUE(ok) << text << " !~ " << pattern;
    return m;
}

void check_multiplication(const Constraints& c, const Question& q) {
    const auto m = match(q.text, "(\\d+) × (\\d+) =");
    if (m.empty()) return;
    EXPECT_EQ(static_cast<int>(m[1].length()), c.multiplicand_digits.value_or(2));
    EXPECT_EQ(static_cast<int>(m[2].length()), c.multiplier_digits.value_or(1));
    EXPECT_NE(m[1].str(), "1");
    EXPECT_NE(m[2].str(), "1");
    EXPECT_EQ(q.operand_texts, (std::vector<std::string>{m[1], m[2]}));
    EXPECT_EQ(q.answer, multiply_strings(m[1], m[2]));
    EXPECT_EQ(q.op, "×");
}

void check_division(const Constraints& c, const Question& q) {
    const auto m = match(q.text, "(\\d+) ÷ (\\d+) =");
    if (m.empty()) return;
    EXPECT_EQ(static_cast<int>(m[1].length()), c.dividend_digits.value_or(2));
    EXPECT_EQ(static_cast<int>(m[2].length()), c.divisor_digits.value_or(1));
    EXPECT_NE(m[2].str(), "1");
    EXPECT_NE(q.answer, "1");
    EXPECT_EQ(multiply_strings(m[2], q.answer), m[1].str()) << "inexact division " << q.text;
    EXPECT_EQ(q.operand_texts, (std::vector<std::string>{m[1], m[2]}));
}

void check_decimal_add_sub(const Constraints& c, const Question& q) {
    std::stringstream in(q.text);
    long long total = 0;
    std::size_t row = 0;
    for (std::string line; std::getline(in, line); ++row) {
        const auto m = match(line, row == 0 ? "()(\\d+\\.\\d)" : "([+-]) (\\d+\\.\\d)");
        if (m.empty()) return;
        EXPECT_EQ(whole_digits(m[2]), c.digits.value_or(2));
        std::string scaled = m[2];
        scaled.erase(scaled.find('.'), 1);
        EXPECT_EQ(q.operand_texts.at(row), std::to_string(std::stoll(scaled)));
        const long long value = std::stoll(scaled);
        if (row > 0) { EXPECT_EQ(q.operators.at(row - 1), m[1].str()); }
        total += (row > 0 && m[1] == "-") ? -value : value;
        EXPECT_GE(total, 0) << q.text;
    }
    EXPECT_EQ(static_cast<int>(row), c.rows.value_or(3));
    EXPECT_EQ(q.answer, shift_decimal(std::to_string(total), 1));
}

void check_decimal_multiplication(const Constraints& c, const Question& q) {
    const bool whole = c.multiplier_digits.value_or(1) == 0;
    const auto m = match(q.text, whole ? "(\\d+\\.\\d) × (\\d) =" : "(\\d+\\.\\d) × (\\d+\\.\\d) =");
    if (m.empty()) return;
    EXPECT_EQ(whole_digits(m[1]), c.multiplicand_digits.value_or(2));
    if (!whole) { EXPECT_EQ(whole_digits(m[2]), c.multiplier_digits.value_or(1)); }
    std::string a = m[1], b = m[2];
    a.erase(a.find('.'), 1);
    if (!whole) b.erase(b.find('.'), 1);
    EXPECT_EQ(q.answer, shift_decimal(multiply_strings(a, b), whole ? 1 : 2));
}

void check_decimal_division(const Constraints& c, const Question& q) {
    const auto m = match(q.text, "(\\d+) ÷ (\\d+) =");
    if (m.empty()) return;
    EXPECT_EQ(static_cast<int>(m[1].length()), c.dividend_digits.value_or(2));
    EXPECT_EQ(static_cast<int>(m[2].length()), c.divisor_digits.value_or(1));
    const UInt128 dividend = parse_u128(m[1]), divisor = parse_u128(m[2]);
    // Round half up at two decimals, computed as quotient and remainder.
    const UInt128 hundredths = dividend * 100 / divisor;
    const UInt128 remainder = dividend * 100 % divisor;
    const UInt128 rounded = hundredths + (2 * remainder >= divisor ? 1 : 0);
    EXPECT_EQ(q.answer, shift_decimal(u128_text(rounded), 2)) << q.text;
    EXPECT_NE(q.answer, "0");
}

void check_integer_add_sub(const Constraints& c, const Question& q) {
    std::stringstream in(q.text);
    long long total = 0;
    std::size_t row = 0;
    for (std::string line; std::getline(in, line); ++row) {
        const auto m = match(line, row == 0 ? "()(\\d+)" : "([+-]) (\\d+)");
        if (m.empty()) return;
        EXPECT_EQ(static_cast<int>(m[2].length()), c.digits.value_or(2));
        total += (row > 0 && m[1] == "-") ? -std::stoll(m[2]) : std::stoll(m[2]);
    }
    EXPECT_EQ(static_cast<int>(row), c.rows.value_or(3));
    EXPECT_EQ(q.answer, std::to_string(total));
}

void check_lcm_gcd(const Constraints& c, const Question& q, bool lcm) {
    const auto m = match(q.text, lcm ? "LCM\\((\\d+), (\\d+)\\) =" : "GCD\\((\\d+), (\\d+)\\) =");
    if (m.empty()) return;
    EXPECT_EQ(static_cast<int>(m[1].length()), c.multiplicand_digits.value_or(lcm ? 2 : 3));
    EXPECT_EQ(static_cast<int>(m[2].length()), c.multiplier_digits.value_or(2));
    const unsigned long long a = std::stoull(m[1]), b = std::stoull(m[2]);
    EXPECT_NE(a, b);
    EXPECT_GE(std::min(a, b), 2u);
    if (lcm) {
        EXPECT_EQ(q.answer, u128_text(static_cast<UInt128>(a / std::gcd(a, b)) * b));
    } else {
        EXPECT_EQ(q.answer, std::to_string(std::gcd(a, b)));
        EXPECT_GE(std::gcd(a, b), 2u) << "GCD questions need a common factor";
    }
}
void check_lcm(const Constraints& c, const Question& q) { check_lcm_gcd(c, q, true); }
void check_gcd(const Constraints& c, const Question& q) { check_lcm_gcd(c, q, false); }

void check_root(const Constraints& c, const Question& q, bool square) {
    const auto m = match(q.text, square ? "√(\\d+) =" : "∛(\\d+) =");
    if (m.empty()) return;
    EXPECT_EQ(static_cast<int>(m[1].length()), c.root_digits.value_or(square ? 3 : 4));
    const std::string power = square ? multiply_strings(q.answer, q.answer)
                                     : multiply_strings(multiply_strings(q.answer, q.answer), q.answer);
    EXPECT_EQ(power, m[1].str());
    EXPECT_NE(q.answer, "1");
    EXPECT_EQ(q.operand_texts, std::vector<std::string>{m[1]});
}
void check_square_root(const Constraints& c, const Question& q) { check_root(c, q, true); }
void check_cube_root(const Constraints& c, const Question& q) { check_root(c, q, false); }

void check_percentage(const Constraints& c, const Question& q) {
    const auto m = match(q.text, "(\\d+)% of (\\d+) =");
    if (m.empty()) return;
    const int p = std::stoi(m[1]);
    EXPECT_GE(p, c.percentage_min.value_or(1));
    EXPECT_LE(p, c.percentage_max.value_or(100));
    EXPECT_EQ(static_cast<int>(m[2].length()), c.number_digits.value_or(4));
    EXPECT_EQ(q.answer, shift_decimal(multiply_strings(m[1], m[2]), 2));
}

Constraints digits2(std::optional<int> a, std::optional<int> b, bool division = false) {
    Constraints c;
    if (division) {
        c.dividend_digits = a;
        c.divisor_digits = b;
    } else {
        c.multiplicand_digits = a;
        c.multiplier_digits = b;
    }
    return c;
}
Constraints rows_digits(int digits, int rows) {
    Constraints c;
    c.digits = digits;
    c.rows = rows;
    return c;
}
Constraints root(int digits) {
    Constraints c;
    c.root_digits = digits;
    return c;
}
Constraints percent(int lo, int hi, int digits) {
    Constraints c;
    c.percentage_min = lo;
    c.percentage_max = hi;
    c.number_digits = digits;
    return c;
}

const TypeCase kTypeCases[] = {
    {"multiplication 2x1", "multiplication", digits2(2, 1), check_multiplication},
    {"multiplication 1x1", "multiplication", digits2(1, 1), check_multiplication},
    {"multiplication 20x20", "multiplication", digits2(20, 20), check_multiplication},
    {"multiplication 19x7", "multiplication", digits2(19, 7), check_multiplication},
    {"division 2/1", "division", digits2(2, 1, true), check_division},
    {"division 1/1", "division", digits2(1, 1, true), check_division, 5},
    {"division 7/1", "division", digits2(7, 1, true), check_division},
    {"division 20/1", "division", digits2(20, 1, true), check_division},
    {"division 20/10", "division", digits2(20, 10, true), check_division},
    {"division 20/20", "division", digits2(20, 20, true), check_division},
    {"division 4/2", "division", digits2(4, 2, true), check_division},
    {"decimal_add_sub 2D 3R", "decimal_add_sub", rows_digits(2, 3), check_decimal_add_sub},
    {"decimal_add_sub 10D 30R", "decimal_add_sub", rows_digits(10, 30), check_decimal_add_sub},
    {"decimal_multiplication 2x1", "decimal_multiplication", digits2(2, 1), check_decimal_multiplication},
    {"decimal_multiplication 3x0", "decimal_multiplication", digits2(3, 0), check_decimal_multiplication},
    {"decimal_multiplication 20x20", "decimal_multiplication", digits2(20, 20), check_decimal_multiplication},
    {"decimal_division 4/2", "decimal_division", digits2(4, 2, true), check_decimal_division},
    {"decimal_division 20/20", "decimal_division", digits2(20, 20, true), check_decimal_division},
    {"decimal_division 1/3", "decimal_division", digits2(1, 3, true), check_decimal_division},
    {"integer_add_sub 2D 8R", "integer_add_sub", rows_digits(2, 8), check_integer_add_sub},
    {"integer_add_sub 10D 30R", "integer_add_sub", rows_digits(10, 30), check_integer_add_sub},
    {"lcm 2x2", "lcm", digits2(2, 2), check_lcm},
    {"lcm 10x10", "lcm", digits2(10, 10), check_lcm},
    {"gcd 2x1", "gcd", digits2(2, 1), check_gcd},
    {"gcd 1x1", "gcd", digits2(1, 1), check_gcd, 5},
    {"gcd default 3x2", "gcd", Constraints{}, check_gcd},
    {"square_root 4", "square_root", root(4), check_square_root},
    {"square_root 1", "square_root", root(1), check_square_root, 2},
    {"square_root 30", "square_root", root(30), check_square_root},
    {"cube_root 5", "cube_root", root(5), check_cube_root},
    {"cube_root 2", "cube_root", root(2), check_cube_root, 2},
    {"cube_root 30", "cube_root", root(30), check_cube_root},
    {"percentage 2-89 3", "percentage", percent(2, 89, 3), check_percentage},
    {"percentage 50-50 1", "percentage", percent(50, 50, 1), check_percentage, 9},
    {"percentage 1-100 10", "percentage", percent(1, 100, 10), check_percentage},
};

TEST(GeneratorTypes, EveryAnswerIsRightOverThousandsOfSeeds) {
    for (const TypeCase& c : kTypeCases) {
        SCOPED_TRACE(c.name);
        const auto config = test::make_paper({test::make_block(c.type, c.count, c.constraints)});
        for (std::uint64_t seed = 0; seed < test::seed_count(2000); ++seed) {
            const auto paper = generate_paper(config, seed * 104729 + 11);
            ASSERT_TRUE(paper.has_value()) << paper.error().detail;
            ASSERT_EQ(paper->blocks[0].questions.size(), static_cast<std::size_t>(c.count));
            std::set<std::string> texts;
            for (const Question& q : paper->blocks[0].questions) {
                c.check(c.constraints, q);
                EXPECT_TRUE(texts.insert(q.text).second) << "duplicate " << q.text;
                EXPECT_EQ(q.operands.size(), q.operand_texts.size());
            }
            if (::testing::Test::HasFailure()) return;
        }
    }
}

TEST(GeneratorTypes, WideOperandsKeepExactTextsAndZeroInTheLegacyField) {
    Constraints c;
    c.root_digits = 30;
    const auto paper = generate_paper(test::make_paper({test::make_block("square_root", 3, c)}), 1);
    ASSERT_TRUE(paper.has_value());
    for (const auto& q : paper->blocks[0].questions) {
        EXPECT_EQ(q.operand_texts.at(0).size(), 30u);
        EXPECT_EQ(q.operands.at(0), 0);
        EXPECT_EQ(q.answer.size(), 15u);
    }
}

TEST(GeneratorTypes, LegacyExamplesKeepTheirShape) {
    // Shapes from the legacy spec: "45% of 900 = 405", "√5184 =", "52 × 4 =".
    Constraints c = percent(45, 45, 3);
    const auto paper = generate_paper(test::make_paper({test::make_block("percentage", 5, c)}), 3);
    ASSERT_TRUE(paper.has_value());
    for (const auto& q : paper->blocks[0].questions) {
        EXPECT_EQ(q.op, "%");
        EXPECT_EQ(q.operands.at(0), 45);
        EXPECT_FALSE(q.is_vertical);
        EXPECT_TRUE(q.operators.empty());
    }
}

}  // namespace
}  // namespace anzan::papers
