// Vertical abacus sums over thousands of seeds: answers recomputed from the shown rows, digit and
// row counts, no negative running totals, carry/borrow and junior rules checked on the
// independent bead simulator (papers_generator_soroban_sim.hpp), answer bounds, uniqueness.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "papers_generator_soroban_sim.hpp"
#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

using test::SorobanSim;

struct SumCase {
    const char* name;
    const char* type;
    int digits, rows;
    std::optional<bool> allow_carry, allow_borrow;
    std::optional<long long> min_answer, max_answer;
    int count = 10;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::stringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

int digits_of(long long value) { return static_cast<int>(std::to_string(value).size()); }

// Checks one question against the case's rules; returns which complements it used overall.
test::StepUse check_question(const SumCase& c, const Question& q) {
    const std::string type = c.type;
    const bool junior = type == "direct_add_sub" || type == "small_friends_add_sub" || type == "big_friends_add_sub";
    const bool mixed = type != "addition" && type != "subtraction";
    EXPECT_TRUE(q.is_vertical);
    EXPECT_EQ(q.operands.size(), static_cast<std::size_t>(c.rows));
    const auto lines = lines_of(q.text);
    EXPECT_EQ(lines.size(), static_cast<std::size_t>(c.rows)) << q.text;
    EXPECT_EQ(q.operators.size(), mixed ? static_cast<std::size_t>(c.rows - 1) : 0u);
    SorobanSim sim;
    test::StepUse overall;
    long long total = 0;
    for (std::size_t row = 0; row < q.operands.size() && row < lines.size(); ++row) {
        const long long operand = q.operands[row];
        EXPECT_EQ(digits_of(operand), c.digits) << q.text;
        EXPECT_GT(operand, 0);
        std::string sign = "+";
        if (row > 0) sign = mixed ? q.operators[row - 1] : (type == "addition" ? "+" : "-");
        std::string expected_line = std::to_string(operand);
        if (row > 0 && (mixed || type == "subtraction")) expected_line = sign + " " + expected_line;
        if (type == "addition" && row > 0 && row + 1 == q.operands.size()) expected_line = "+ " + expected_line;
        EXPECT_EQ(lines[row], expected_line) << q.text;
        if (row == 0) {
            sim.set(operand);
            total = operand;
            continue;
        }
        const bool plus = sign == "+";
        EXPECT_TRUE(plus || total >= operand) << "negative running total in " << q.text;
        if (!plus && total < operand) return overall;
        const auto use = sim.apply(static_cast<std::uint64_t>(operand), plus);
        total += plus ? operand : -operand;
        EXPECT_EQ(sim.value(), static_cast<std::uint64_t>(total));
        overall.five |= use.five;
        overall.ten |= use.ten;
        if (!junior) {
            if (plus && c.allow_carry == false) { EXPECT_FALSE(use.ten) << "carry in " << q.text; }
            if (!plus && c.allow_borrow == false) { EXPECT_FALSE(use.ten) << "borrow in " << q.text; }
        }
        if (type == "direct_add_sub") { EXPECT_FALSE(use.five || use.ten) << q.text; }
        if (type == "small_friends_add_sub") { EXPECT_FALSE(use.ten) << q.text; }
        long long rods_limit = 1;
        for (int i = 0; i < c.digits + (type == "big_friends_add_sub" ? 1 : 0); ++i) rods_limit *= 10;
        if (junior) { EXPECT_LT(total, rods_limit) << q.text; }
    }
    EXPECT_EQ(q.answer, std::to_string(total)) << q.text;
    if (c.min_answer) { EXPECT_GE(total, *c.min_answer); }
    if (c.max_answer) { EXPECT_LE(total, *c.max_answer); }
    if (type == "small_friends_add_sub") { EXPECT_TRUE(overall.five) << "no small friend in " << q.text; }
    if (type == "big_friends_add_sub") { EXPECT_TRUE(overall.ten) << "no big friend in " << q.text; }
    return overall;
}

const SumCase kSumCases[] = {
    {"addition 1D 3R", "addition", 1, 3, {}, {}, {}, {}},
    {"addition 2D 5R", "addition", 2, 5, {}, {}, {}, {}},
    {"addition 1D 4R no carry", "addition", 1, 4, false, {}, {}, {}},
    {"addition 3D 4R no carry", "addition", 3, 4, false, {}, {}, {}},
    {"addition 5D 30R", "addition", 5, 30, {}, {}, {}, {}},
    {"subtraction 1D 3R", "subtraction", 1, 3, {}, {}, {}, {}},
    {"subtraction 2D 5R no borrow", "subtraction", 2, 5, {}, false, {}, {}},
    {"subtraction 3D 10R", "subtraction", 3, 10, {}, {}, {}, {}},
    {"subtraction 4D 6R no borrow", "subtraction", 4, 6, {}, false, {}, {}},
    {"add_sub 1D 5R", "add_sub", 1, 5, {}, {}, {}, {}},
    {"add_sub 1D 10R", "add_sub", 1, 10, {}, {}, {}, {}},
    {"add_sub 2D 6R no carry no borrow", "add_sub", 2, 6, false, false, {}, {}},
    {"add_sub 3D 8R no carry", "add_sub", 3, 8, false, {}, {}, {}},
    {"add_sub 4D 7R no borrow", "add_sub", 4, 7, {}, false, {}, {}},
    {"add_sub 1D 10R answers 5..15", "add_sub", 1, 10, {}, {}, 5, 15},
    {"add_sub 2D 12R answers 100..150", "add_sub", 2, 12, {}, {}, 100, 150},
    {"add_sub 4D 10R answers 1000..5000", "add_sub", 4, 10, {}, {}, 1000, 5000},
    {"direct 1D 3R", "direct_add_sub", 1, 3, {}, {}, {}, {}},
    {"direct 2D 5R", "direct_add_sub", 2, 5, {}, {}, {}, {}},
    {"small friends 1D 3R", "small_friends_add_sub", 1, 3, {}, {}, {}, {}},
    {"small friends 2D 6R", "small_friends_add_sub", 2, 6, {}, {}, {}, {}},
    {"big friends 1D 3R", "big_friends_add_sub", 1, 3, {}, {}, {}, {}},
    {"big friends 2D 5R", "big_friends_add_sub", 2, 5, {}, {}, {}, {}},
};

TEST(GeneratorSums, EveryQuestionFollowsItsRulesOverThousandsOfSeeds) {
    for (const SumCase& c : kSumCases) {
        SCOPED_TRACE(c.name);
        Constraints constraints;
        constraints.digits = c.digits;
        constraints.rows = c.rows;
        constraints.allow_carry = c.allow_carry;
        constraints.allow_borrow = c.allow_borrow;
        constraints.min_answer = c.min_answer;
        constraints.max_answer = c.max_answer;
        const auto config = test::make_paper({test::make_block(c.type, c.count, constraints)});
        int used_ten = 0, used_five = 0, questions = 0;
        for (std::uint64_t seed = 0; seed < test::seed_count(2000); ++seed) {
            const auto paper = generate_paper(config, seed * 7919 + 3);
            ASSERT_TRUE(paper.has_value()) << paper.error().detail;
            std::set<std::string> texts;
            for (const Question& q : paper->blocks[0].questions) {
                const auto use = check_question(c, q);
                used_ten += use.ten;
                used_five += use.five;
                ++questions;
                EXPECT_TRUE(texts.insert(q.text).second) << "duplicate " << q.text;
            }
            if (::testing::Test::HasFailure()) return;  // one broken case is enough output
        }
        // The unconstrained 1-digit mixes must really exercise both kinds of complements.
        if (std::string(c.name) == "add_sub 1D 10R") {
            EXPECT_GT(used_ten, questions / 2);
            EXPECT_GT(used_five, questions / 4);
        }
    }
}

TEST(GeneratorSums, SimulatorAgreesWithHandWorkedExamples) {
    struct Row { std::uint64_t start, operand; bool plus, five, ten; };
    const Row rows[] = {
        {3, 1, true, false, false},  {4, 1, true, true, false},   {3, 4, true, true, false},
        {7, 5, true, false, true},   {5, 6, true, true, true},    {6, 2, false, true, false},
        {8, 5, false, false, false}, {12, 5, false, false, true},  {12, 3, false, false, true},
        {19, 1, true, false, true},  {99, 1, true, false, true},  {45, 10, true, true, false},
        {50, 1, false, true, true},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::to_string(row.start) + (row.plus ? " + " : " - ") + std::to_string(row.operand));
        SorobanSim sim;
        sim.set(row.start);
        const auto use = sim.apply(row.operand, row.plus);
        EXPECT_EQ(use.five, row.five);
        EXPECT_EQ(use.ten, row.ten);
        EXPECT_EQ(sim.value(), row.plus ? row.start + row.operand : row.start - row.operand);
    }
}

TEST(GeneratorSums, SmallSpacesAreUsedUpExactly) {
    // Subtraction 1 digit 2 rows: (a, b) with 1 <= b <= a <= 9 gives exactly 45 questions.
    Constraints c;
    c.digits = 1;
    c.rows = 2;
    auto config = test::make_paper({test::make_block("subtraction", 45, c)});
    const auto paper = generate_paper(config, 5);
    ASSERT_TRUE(paper.has_value()) << paper.error().detail;
    std::set<std::string> texts;
    for (const auto& q : paper->blocks[0].questions) texts.insert(q.text);
    EXPECT_EQ(texts.size(), 45u);
    config.blocks[0].count = 46;
    const auto too_many = generate_paper(config, 5);
    ASSERT_FALSE(too_many.has_value());
    EXPECT_EQ(too_many.error().code, ErrorCode::Invalid);
    EXPECT_NE(too_many.error().detail.find("only 45 exist"), std::string::npos) << too_many.error().detail;
}

}  // namespace
}  // namespace anzan::papers

namespace anzan::papers {
namespace {

TEST(GeneratorSums, ExactTablesDrawEveryQuestionEquallyOften) {
    // 81 two-row 1-digit additions, 81,000 single-question papers: about 1000 each.
    Constraints c;
    c.digits = 1;
    c.rows = 2;
    const auto config = test::make_paper({test::make_block("addition", 1, c)});
    std::map<std::string, int> counts;
    for (std::uint64_t seed = 0; seed < 81'000; ++seed) counts[generate_paper(config, seed)->blocks[0].questions[0].text]++;
    ASSERT_EQ(counts.size(), 81u);
    for (const auto& [text, count] : counts) {
        EXPECT_GT(count, 850) << text;
        EXPECT_LT(count, 1150) << text;
    }
}

TEST(GeneratorSums, DirectSumsNeverNeedTheFiveBead) {
    // Legacy bug §8.6: "direct" allowed 3 + 4, which needs the 5-bead (+5 -1).
    Constraints c;
    c.digits = 1;
    c.rows = 2;
    const auto config = test::make_paper({test::make_block("direct_add_sub", 1, c)});
    for (std::uint64_t seed = 0; seed < test::seed_count(2000); ++seed) {
        const auto paper = generate_paper(config, seed);
        ASSERT_TRUE(paper.has_value()) << paper.error().detail;
        const auto& q = paper->blocks[0].questions[0];
        EXPECT_NE(q.text, "3\n+ 4");
        EXPECT_NE(q.text, "4\n+ 1");
        EXPECT_NE(q.text, "7\n+ 5");
    }
}

}  // namespace
}  // namespace anzan::papers

namespace anzan::papers {
namespace {

// Counts, by brute force on the bead simulator, the questions a rule allows; the generator's own
// count (quoted in its "only N exist" refusal) must agree, so it is neither too strict nor too lax.
struct CountCase {
    const char* type;
    int digits, rows;
    bool no_carry = false, no_borrow = false;
};

long long count_by_simulation(const CountCase& c) {
    const std::string type = c.type;
    long long lo = 1;
    for (int i = 1; i < c.digits; ++i) lo *= 10;
    const long long hi = lo * 10 - 1;
    const bool junior = type.find("friends") != std::string::npos || type == "direct_add_sub";
    const long long limit = type == "big_friends_add_sub" ? hi * 10 + 9 : (junior ? hi : 1LL << 40);
    long long count = 0;
    // Depth-first over every sequence of rows.
    std::function<void(int, long long, bool, bool)> walk = [&](int row, long long total, bool five, bool ten) {
        if (row == c.rows) {
            if (type == "small_friends_add_sub" && !five) return;
            if (type == "big_friends_add_sub" && !ten) return;
            ++count;
            return;
        }
        for (int sign = 0; sign < 2; ++sign) {
            const bool plus = sign == 0;
            if (type == "addition" && !plus) continue;
            if (type == "subtraction" && plus) continue;
            for (long long operand = lo; operand <= hi; ++operand) {
                if (!plus && operand > total) continue;
                SorobanSim sim;
                sim.set(static_cast<std::uint64_t>(total));
                const auto use = sim.apply(static_cast<std::uint64_t>(operand), plus);
                const long long next = plus ? total + operand : total - operand;
                if (next > limit) continue;
                if (type == "direct_add_sub" && (use.five || use.ten)) continue;
                if (type == "small_friends_add_sub" && use.ten) continue;
                if (!junior && use.ten && ((plus && c.no_carry) || (!plus && c.no_borrow))) continue;
                walk(row + 1, next, five || use.five, ten || use.ten);
            }
        }
    };
    for (long long first = lo; first <= hi; ++first) walk(1, first, false, false);
    return count;
}

TEST(GeneratorSums, SpaceCountsAgreeWithTheBeadSimulator) {
    const CountCase cases[] = {
        {"direct_add_sub", 1, 2}, {"direct_add_sub", 1, 3}, {"small_friends_add_sub", 1, 2},
        {"small_friends_add_sub", 1, 3}, {"big_friends_add_sub", 1, 2}, {"big_friends_add_sub", 1, 3},
        {"addition", 1, 3, true}, {"subtraction", 1, 3, false, true}, {"add_sub", 1, 2, true, true},
        {"direct_add_sub", 2, 2}, {"small_friends_add_sub", 2, 2}, {"addition", 2, 2, true},
    };
    for (const CountCase& c : cases) {
        SCOPED_TRACE(std::string(c.type) + " " + std::to_string(c.digits) + "D " + std::to_string(c.rows) + "R");
        const long long expected = count_by_simulation(c);
        Constraints constraints;
        constraints.digits = c.digits;
        constraints.rows = c.rows;
        if (c.no_carry) constraints.allow_carry = false;
        if (c.no_borrow) constraints.allow_borrow = false;
        const auto result = validate_config(test::make_paper({test::make_block(c.type, 200, constraints)}));
        if (expected >= 200) {
            EXPECT_TRUE(result.has_value()) << "simulator counts " << expected << ": " << result.error().detail;
        } else {
            ASSERT_FALSE(result.has_value()) << "simulator counts only " << expected;
            EXPECT_NE(result.error().detail.find("(only " + std::to_string(expected) + " exist)"), std::string::npos)
                << result.error().detail;
        }
    }
}

}  // namespace
}  // namespace anzan::papers
