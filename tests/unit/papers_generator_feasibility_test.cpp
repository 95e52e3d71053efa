// Infeasible or out-of-range blocks are refused before generating: Invalid, with a reason that
// names the block (1-based, title or type) and the constraint. validate_config agrees with
// generate_paper. Table-driven: one row per rule.
#include <gtest/gtest.h>

#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

struct Refusal {
    const char* name;
    BlockConfig block;
    const char* expected;  // substring of the error detail
};

BlockConfig with(const char* type, int count, void (*set)(Constraints&), std::optional<std::string> title = {}) {
    Constraints c;
    set(c);
    return test::make_block(type, count, c, std::move(title));
}

std::vector<Refusal> refusals() {
    return {
        {"unknown type", with("vedic_magic", 10, [](Constraints&) {}), "unknown question type \"vedic_magic\""},
        {"count zero", with("addition", 0, [](Constraints&) {}), "count must be between 1 and 200 (got 0)"},
        {"count 201", with("addition", 201, [](Constraints&) {}), "count must be between 1 and 200 (got 201)"},
        {"digits 11", with("addition", 10, [](Constraints& c) { c.digits = 11; }, "Addition"),
         "Block 2 (\"Addition\"): digits must be between 1 and 10 (got 11)"},
        {"rows 31", with("add_sub", 10, [](Constraints& c) { c.rows = 31; }), "rows must be between 2 and 30 (got 31)"},
        {"junior digits 3", with("direct_add_sub", 10, [](Constraints& c) { c.digits = 3; }),
         "digits must be between 1 and 2 (got 3)"},
        {"junior rows 16", with("big_friends_add_sub", 10, [](Constraints& c) { c.rows = 16; }),
         "rows must be between 2 and 15"},
        {"too many 1-digit 2-row sums", with("addition", 100, [](Constraints& c) { c.digits = 1; c.rows = 2; }),
         "cannot produce 100 distinct questions with digits=1, rows=2 (only 81 exist)"},
        {"subtraction below zero", with("subtraction", 10, [](Constraints& c) { c.digits = 1; c.rows = 12; }),
         "digits=1, rows=12"},
        {"subtraction 3 digits 11 rows", with("subtraction", 10, [](Constraints& c) { c.digits = 3; c.rows = 11; }),
         "the running total would go below zero"},
        {"no carry, too many rows", with("addition", 10, [](Constraints& c) { c.digits = 3; c.rows = 10; c.allow_carry = false; }),
         "no question satisfies these rules (digits=3, rows=10, allowCarry=false)"},
        {"min above max", with("add_sub", 10, [](Constraints& c) { c.min_answer = 80; c.max_answer = 20; }),
         "minAnswer (80) must not exceed maxAnswer (20)"},
        {"answer window unreachable", with("add_sub", 10, [](Constraints& c) { c.digits = 1; c.rows = 3; c.min_answer = 100; }),
         "no question satisfies these rules"},
        {"narrow window on big numbers", with("add_sub", 10, [](Constraints& c) { c.digits = 5; c.rows = 3; c.min_answer = 50000; c.max_answer = 50001; }),
         "minAnswer=50000, maxAnswer=50001)"},
        {"multiplication window empty", with("multiplication", 10, [](Constraints& c) { c.multiplicand_digits = 2; c.multiplier_digits = 1; c.max_answer = 10; }),
         "no question has an answer between minAnswer and maxAnswer"},
        {"dividend shorter than divisor", with("division", 10, [](Constraints& c) { c.dividend_digits = 2; c.divisor_digits = 3; }),
         "dividendDigits (2) must be at least divisorDigits (3)"},
        {"dividend digits 21", with("division", 10, [](Constraints& c) { c.dividend_digits = 21; }),
         "dividendDigits must be between 1 and 20 (got 21)"},
        {"division 1/1 space", with("division", 10, [](Constraints& c) { c.dividend_digits = 1; c.divisor_digits = 1; }),
         "cannot produce 10 distinct questions with dividendDigits=1, divisorDigits=1 (only 6 exist)"},
        {"percentage reversed", with("percentage", 10, [](Constraints& c) { c.percentage_min = 60; c.percentage_max = 20; }),
         "percentageMin (60) must not exceed percentageMax (20)"},
        {"percentage 0", with("percentage", 10, [](Constraints& c) { c.percentage_min = 0; }),
         "percentageMin must be between 1 and 100 (got 0)"},
        {"root digits 31", with("square_root", 10, [](Constraints& c) { c.root_digits = 31; }),
         "rootDigits must be between 1 and 30 (got 31)"},
        {"square root 1 digit", with("square_root", 3, [](Constraints& c) { c.root_digits = 1; }),
         "cannot produce 3 distinct questions with rootDigits=1 (only 2 exist)"},
        {"cube root 2 digits", with("cube_root", 10, [](Constraints& c) { c.root_digits = 2; }), "(only 2 exist)"},
        {"gcd 1x1", with("gcd", 20, [](Constraints& c) { c.multiplicand_digits = 1; c.multiplier_digits = 1; }),
         "(only 18 exist)"},
        {"lcm digits 11", with("lcm", 10, [](Constraints& c) { c.multiplicand_digits = 11; }),
         "multiplicandDigits must be between 1 and 10"},
        {"decimal multiplier 21", with("decimal_multiplication", 10, [](Constraints& c) { c.multiplier_digits = 21; }),
         "multiplierDigits must be between 0 and 20"},
        {"decimal division all zero", with("decimal_division", 10, [](Constraints& c) { c.dividend_digits = 1; c.divisor_digits = 5; }),
         "no question fits these constraints"},
        {"small friends 1 digit 2 rows", with("small_friends_add_sub", 30, [](Constraints& c) { c.digits = 1; c.rows = 2; }),
         "cannot produce 30 distinct questions"},
    };
}

TEST(GeneratorFeasibility, RefusesWithAReasonNamingBlockAndConstraint) {
    for (const Refusal& refusal : refusals()) {
        SCOPED_TRACE(refusal.name);
        // The refused block is the second one, so the message must say "Block 2".
        const auto config = test::make_paper({test::make_block("multiplication", 5), refusal.block});
        const auto generated = generate_paper(config, 12345);
        ASSERT_FALSE(generated.has_value());
        EXPECT_EQ(generated.error().code, ErrorCode::Invalid);
        EXPECT_NE(generated.error().detail.find("Block 2 ("), std::string::npos) << generated.error().detail;
        EXPECT_NE(generated.error().detail.find(refusal.expected), std::string::npos) << generated.error().detail;
        const auto validated = validate_config(config);
        ASSERT_FALSE(validated.has_value());
        EXPECT_EQ(validated.error().detail, generated.error().detail);
    }
}

TEST(GeneratorFeasibility, AcceptedEdgeConfigsGenerateForManySeeds) {
    const BlockConfig edges[] = {
        with("addition", 81, [](Constraints& c) { c.digits = 1; c.rows = 2; }),
        with("subtraction", 1, [](Constraints& c) { c.digits = 1; c.rows = 10; }),  // only 9-1-1-...-1
        with("addition", 10, [](Constraints& c) { c.digits = 3; c.rows = 9; c.allow_carry = false; }),
        with("add_sub", 200, [](Constraints& c) { c.digits = 1; c.rows = 30; c.allow_carry = false; c.allow_borrow = false; }),
        with("add_sub", 50, [](Constraints& c) { c.digits = 2; c.rows = 30; c.min_answer = 0; c.max_answer = 300; }),
        with("square_root", 2, [](Constraints& c) { c.root_digits = 1; }),
        with("cube_root", 1, [](Constraints& c) { c.root_digits = 1; }),
        with("gcd", 18, [](Constraints& c) { c.multiplicand_digits = 1; c.multiplier_digits = 1; }),
        with("division", 6, [](Constraints& c) { c.dividend_digits = 1; c.divisor_digits = 1; }),
        with("direct_add_sub", 200, [](Constraints& c) { c.digits = 2; c.rows = 15; }),
        with("big_friends_add_sub", 200, [](Constraints& c) { c.digits = 2; c.rows = 15; }),
        with("multiplication", 200, [](Constraints& c) { c.multiplicand_digits = 20; c.multiplier_digits = 20; c.min_answer = 1; }),
    };
    for (const BlockConfig& block : edges) {
        SCOPED_TRACE(block.type + " x" + std::to_string(block.count));
        const auto config = test::make_paper({block});
        ASSERT_TRUE(validate_config(config).has_value()) << validate_config(config).error().detail;
        for (std::uint64_t seed = 0; seed < test::seed_count(200); ++seed) {
            const auto paper = generate_paper(config, seed);
            ASSERT_TRUE(paper.has_value()) << paper.error().detail;
            ASSERT_EQ(paper->blocks[0].questions.size(), static_cast<std::size_t>(block.count));
        }
    }
}

TEST(GeneratorFeasibility, TooManyBlocksIsABadRequest) {
    std::vector<BlockConfig> blocks(kMaxBlocks + 1, test::make_block("multiplication", 1));
    const auto result = validate_config(test::make_paper(blocks));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::BadRequest);
}

}  // namespace
}  // namespace anzan::papers

namespace anzan::papers {
namespace {

TEST(GeneratorFeasibility, CountIsCheckedEvenWhenThePlanIsCached) {
    // The plan cache once skipped the count check for a block seen before.
    Constraints c;
    c.digits = 3;
    c.rows = 5;
    ASSERT_TRUE(generate_paper(test::make_paper({test::make_block("add_sub", 10, c)}), 1).has_value());
    const auto result = generate_paper(test::make_paper({test::make_block("add_sub", 500, c)}), 1);
    ASSERT_FALSE(result.has_value());
    EXPECT_NE(result.error().detail.find("count must be between 1 and 200 (got 500)"), std::string::npos);
}

}  // namespace
}  // namespace anzan::papers
