// Public API of the generator: ids, determinism across calls, block independence, errors.
#include <gtest/gtest.h>

#include "papers/generator/generator.hpp"

namespace anzan::papers {
namespace {

BlockConfig block(std::string type, int count, Constraints c = {}, std::optional<std::string> title = std::nullopt) {
    BlockConfig b;
    b.id = "b-" + type;
    b.type = std::move(type);
    b.count = count;
    b.constraints = c;
    b.title = std::move(title);
    return b;
}

PaperConfig paper(std::vector<BlockConfig> blocks) {
    PaperConfig config;
    config.title = "Test";
    config.blocks = std::move(blocks);
    return config;
}

TEST(GeneratorApi, ListsTheSeventeenAbacusTypes) {
    const auto types = question_types();
    EXPECT_EQ(types.size(), 17u);
    EXPECT_EQ(types.front(), "addition");
    EXPECT_EQ(types.back(), "percentage");
}

TEST(GeneratorApi, APaperHasAWorkBudget) {
    // 100 blocks x 200 questions: refused before anything is generated.
    std::vector<BlockConfig> many(100, block("multiplication", 200));
    auto result = generate_paper(paper(many), 1);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_NE(result.error().detail.find("20,000 questions; at most 2,000"), std::string::npos) << result.error().detail;
    // 2,000 questions of 30 rows are within the question cap but over the row budget.
    Constraints tall;
    tall.digits = 1;
    tall.rows = 30;
    std::vector<BlockConfig> tall_blocks(10, block("add_sub", 200, tall));
    result = generate_paper(paper(tall_blocks), 1);
    ASSERT_FALSE(result.has_value());
    EXPECT_NE(result.error().detail.find("printed rows"), std::string::npos) << result.error().detail;
    EXPECT_FALSE(validate_config(paper(tall_blocks)).has_value());
    // Exactly at the budget is fine.
    Constraints ten;
    ten.digits = 1;
    ten.rows = 10;
    std::vector<BlockConfig> at_limit(10, block("add_sub", 200, ten));
    EXPECT_TRUE(generate_paper(paper(at_limit), 1).has_value());
}

TEST(GeneratorApi, ThePlanCacheStaysWithinItsByteBudget) {
    // Each big-friends 2-digit 15-row plan holds a ~1.8 MB table; distinct maxAnswer values make
    // distinct plans. 512 of them once filled 900 MB.
    test_clear_plan_cache();
    std::size_t largest = 0;
    for (int round = 0; round < 3; ++round) {
        std::vector<BlockConfig> blocks;
        for (int index = 0; index < 30; ++index) {
            Constraints c;
            c.digits = 2;
            c.rows = 15;
            c.max_answer = 300 + round * 30 + index;
            blocks.push_back(block("big_friends_add_sub", 1, c));
        }
        ASSERT_TRUE(generate_paper(paper(blocks), 5).has_value());
        largest = std::max(largest, plan_cache_bytes());
    }
    EXPECT_GT(largest, 32u << 20);  // the plans are really that big
    EXPECT_LE(largest, 64u << 20);
    test_clear_plan_cache();
}

TEST(GeneratorApi, IdsRunAcrossBlocksFromOne) {
    Constraints c;
    c.digits = 2;
    c.rows = 3;
    const auto result = generate_paper(paper({block("add_sub", 5, c), block("multiplication", 7)}), 42);
    ASSERT_TRUE(result.has_value()) << result.error().detail;
    int expected = 1;
    for (const auto& b : result->blocks)
        for (const auto& q : b.questions) EXPECT_EQ(q.id, expected++);
    EXPECT_EQ(expected, 13);
}

TEST(GeneratorApi, SameSeedSameQuestionsOtherSeedOtherQuestions) {
    const auto config = paper({block("multiplication", 10), block("division", 10)});
    const auto a = generate_paper(config, 7), b = generate_paper(config, 7), c = generate_paper(config, 8);
    ASSERT_TRUE(a && b && c);
    for (std::size_t i = 0; i < 10; ++i) {
        EXPECT_EQ(a->blocks[0].questions[i].text, b->blocks[0].questions[i].text);
    }
    int differing = 0;
    for (std::size_t i = 0; i < 10; ++i) differing += a->blocks[1].questions[i].text != c->blocks[1].questions[i].text;
    EXPECT_GT(differing, 5);
}

TEST(GeneratorApi, ChangingOneBlockLeavesTheOthersAlone) {
    auto config = paper({block("multiplication", 10), block("division", 10)});
    const auto before = generate_paper(config, 99);
    config.blocks[0].count = 3;
    const auto after = generate_paper(config, 99);
    ASSERT_TRUE(before && after);
    for (std::size_t i = 0; i < 10; ++i)
        EXPECT_EQ(before->blocks[1].questions[i].text, after->blocks[1].questions[i].text);
}

TEST(GeneratorApi, EmptyPaperIsABadRequest) {
    const auto result = generate_paper(paper({}), 1);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::BadRequest);
}

TEST(GeneratorApi, DecoratedTitleFollowsTheLegacyNames) {
    PaperConfig config;
    config.title = "Practice";
    config.level = "AB-3";
    EXPECT_EQ(decorated_title(config), "Practice - Basic Level 3");
    config.level = "AB-10";
    EXPECT_EQ(decorated_title(config), "Practice - Advanced Level 10");
    config.level = "Junior";
    EXPECT_EQ(decorated_title(config), "Practice - Junior");
    config.title = "Junior drills";
    EXPECT_EQ(decorated_title(config), "Junior drills");
    config.level = "Custom";
    EXPECT_EQ(decorated_title(config), "Junior drills");
}

}  // namespace
}  // namespace anzan::papers

namespace anzan::papers {
namespace {

TEST(GeneratorApi, EveryTypeGeneratesWithItsDefaults) {
    for (const std::string& type : question_types()) {
        SCOPED_TRACE(type);
        const auto result = generate_paper(paper({block(type, 10)}), 11);
        ASSERT_TRUE(result.has_value()) << result.error().detail;
        EXPECT_EQ(result->blocks[0].questions.size(), 10u);
        for (const auto& q : result->blocks[0].questions) {
            EXPECT_FALSE(q.text.empty());
            EXPECT_FALSE(q.answer.empty());
            EXPECT_FALSE(q.op.empty());
        }
    }
}

TEST(GeneratorApi, ValidateAgreesWithGenerateOnGoodConfigs) {
    const auto config = paper({block("gcd", 10), block("percentage", 20), block("big_friends_add_sub", 10)});
    EXPECT_TRUE(validate_config(config).has_value());
    EXPECT_TRUE(generate_paper(config, 0).has_value());
}

}  // namespace
}  // namespace anzan::papers
