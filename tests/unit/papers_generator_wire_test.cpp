// Wire mapping: legacy field names in, the legacy PreviewResponse shape out, exact answers, and
// round trips (config -> JSON -> config, preview -> JSON -> preview).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "papers/generator/wire.hpp"
#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

using nlohmann::json;

json legacy_body() {
    return json::parse(R"({
        "level": "ab-3", "title": "Practice Paper", "totalQuestions": "20", "orientation": "portrait",
        "blocks": [
            {"id": "ab3-6", "type": "multiplication", "count": 10, "title": "Multiplication 2×1",
             "constraints": {"multiplicandDigits": 2, "multiplierDigits": 1, "digits": null, "tableNumber": 5}},
            {"id": "block-1", "type": "add_sub", "count": 5, "title": null,
             "constraints": {"digits": 2, "rows": 5.0, "allowBorrow": false, "minAnswer": 10, "maxAnswer": 400}}
        ]})");
}

TEST(GeneratorWire, ParsesLegacyBodiesIgnoringUnknownFields) {
    const auto config = parse_paper_config(legacy_body());
    ASSERT_TRUE(config.has_value()) << config.error().detail;
    EXPECT_EQ(config->level, "AB-3");
    ASSERT_EQ(config->blocks.size(), 2u);
    EXPECT_EQ(config->blocks[0].constraints.multiplicand_digits, 2);
    EXPECT_FALSE(config->blocks[0].constraints.digits.has_value());
    EXPECT_EQ(config->blocks[0].title, "Multiplication 2×1");
    EXPECT_FALSE(config->blocks[1].title.has_value());
    EXPECT_EQ(config->blocks[1].constraints.rows, 5);
    EXPECT_EQ(config->blocks[1].constraints.allow_borrow, false);
    EXPECT_EQ(config->blocks[1].constraints.max_answer, 400);
}

TEST(GeneratorWire, WrongShapesNameTheFieldPath) {
    struct Row { const char* name; const char* body; const char* expected; };
    const Row rows[] = {
        {"not an object", "[1]", "must be a JSON object"},
        {"no title", R"({"blocks": []})", "title is required"},
        {"long title", R"({"title": "abcdefghijklmnopqrstuvwxyz"})", "title must be 1 to 25 characters"},
        {"empty title", R"({"title": ""})", "title must be 1 to 25 characters"},
        {"title number", R"({"title": 5})", "title must be a string"},
        {"unknown level", R"({"title": "x", "level": "AB-11"})", "level \"AB-11\" is not a known level"},
        {"blocks object", R"({"title": "x", "blocks": {}})", "blocks must be an array"},
        {"digits string", R"({"title": "x", "blocks": [{}, {}, {"id": "a", "type": "addition", "constraints": {"digits": "2"}}]})",
         "blocks[0].id is required"},
        {"digits string 2", R"({"title": "x", "blocks": [{"id": "a", "type": "addition"}, {"id": "b", "type": "addition"},
            {"id": "c", "type": "addition", "constraints": {"digits": "2"}}]})",
         "blocks[2].constraints.digits must be an integer"},
        {"digits fraction", R"({"title": "x", "blocks": [{"id": "a", "type": "addition", "constraints": {"digits": 2.5}}]})",
         "blocks[0].constraints.digits must be an integer"},
        {"carry string", R"({"title": "x", "blocks": [{"id": "a", "type": "addition", "constraints": {"allowCarry": "no"}}]})",
         "blocks[0].constraints.allowCarry must be true or false"},
        {"count string", R"({"title": "x", "blocks": [{"id": "a", "type": "addition", "count": "10"}]})",
         "blocks[0].count must be an integer"},
        {"huge digits", R"({"title": "x", "blocks": [{"id": "a", "type": "addition", "constraints": {"digits": 99999999999}}]})",
         "blocks[0].constraints.digits"},
        {"no type", R"({"title": "x", "blocks": [{"id": "a"}]})", "blocks[0].type is required"},
        {"constraints array", R"({"title": "x", "blocks": [{"id": "a", "type": "addition", "constraints": []}]})",
         "blocks[0].constraints must be an object"},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.name);
        const auto result = parse_paper_config(json::parse(row.body));
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code, ErrorCode::Invalid);
        EXPECT_NE(result.error().detail.find(row.expected), std::string::npos) << result.error().detail;
    }
}

TEST(GeneratorWire, TitleLengthCountsCharactersNotBytes) {
    // 25 Devanagari characters are 75 bytes.
    std::string title;
    for (int i = 0; i < 25; ++i) title += "क";
    EXPECT_TRUE(parse_paper_config(json{{"title", title}}).has_value());
}

TEST(GeneratorWire, ConfigRoundTrips) {
    const auto config = parse_paper_config(legacy_body());
    ASSERT_TRUE(config.has_value());
    const json out = to_json(*config);
    EXPECT_TRUE(out["blocks"][0]["constraints"].contains("rootDigits"));
    EXPECT_TRUE(out["blocks"][0]["constraints"]["rootDigits"].is_null());
    EXPECT_TRUE(out["blocks"][0]["constraints"].contains("tableNumber"));  // legacy keys kept, null
    const auto again = parse_paper_config(out);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(to_json(*again).dump(), out.dump());
}

TEST(GeneratorWire, PreviewHasTheLegacyShapeAndExactAnswers) {
    Constraints pct;
    pct.percentage_min = 21;
    pct.percentage_max = 21;
    pct.number_digits = 3;
    Constraints sums;
    sums.digits = 2;
    sums.rows = 3;
    Constraints big;
    big.multiplicand_digits = 20;
    big.multiplier_digits = 20;
    const auto paper = generate_paper(test::make_paper({test::make_block("percentage", 3, pct),
                                                        test::make_block("add_sub", 2, sums),
                                                        test::make_block("multiplication", 1, big)}), 77);
    ASSERT_TRUE(paper.has_value());
    const json out = to_json(*paper);
    EXPECT_EQ(out["seed"], 77);
    const json& q = out["blocks"][0]["questions"][0];
    for (const char* key : {"id", "text", "operands", "operator", "operators", "answer", "answer_text", "isVertical"})
        EXPECT_TRUE(q.contains(key)) << key;
    EXPECT_TRUE(q["operators"].is_null());
    EXPECT_EQ(q["operator"], "%");
    // 21% of n: the number printed equals the exact text.
    EXPECT_EQ(json::parse(q["answer_text"].get<std::string>()).dump(), q["answer"].dump());
    const json& mixed = out["blocks"][1]["questions"][0];
    EXPECT_TRUE(mixed["operators"].is_array());
    EXPECT_TRUE(mixed["isVertical"].get<bool>());
    EXPECT_TRUE(mixed["answer"].is_number_integer());
    const json& wide = out["blocks"][2]["questions"][0];
    EXPECT_TRUE(wide["operands"][0].is_string());  // 20 digits: beyond 2^53
    EXPECT_GE(wide["answer_text"].get<std::string>().size(), 39u);
    const json& config = out["blocks"][0]["config"];
    EXPECT_EQ(config["type"], "percentage");
    EXPECT_TRUE(config["constraints"]["digits"].is_null());
}

TEST(GeneratorWire, PreviewRoundTripsForThePdfRoute) {
    Constraints c;
    c.root_digits = 30;
    const auto paper = generate_paper(test::make_paper({test::make_block("square_root", 3, c),
                                                        test::make_block("decimal_add_sub", 4),
                                                        test::make_block("integer_add_sub", 4)}), 2024);
    ASSERT_TRUE(paper.has_value());
    const json out = to_json(*paper);
    const auto back = parse_generated_blocks(json::parse(out.dump()));
    ASSERT_TRUE(back.has_value()) << back.error().detail;
    EXPECT_EQ(to_json(*back).dump(), out.dump());
    EXPECT_EQ(back->blocks[0].questions[0].operand_texts[0], paper->blocks[0].questions[0].operand_texts[0]);
    const auto blocks_only = parse_generated_blocks(out["blocks"]);
    ASSERT_TRUE(blocks_only.has_value());
    EXPECT_EQ(blocks_only->blocks.size(), 3u);
}

TEST(GeneratorWire, GeneratedBlocksRejectBadShapes) {
    const auto no_config = parse_generated_blocks(json::parse(R"({"blocks": [{"questions": []}]})"));
    ASSERT_FALSE(no_config.has_value());
    EXPECT_NE(no_config.error().detail.find("blocks[0].config is required"), std::string::npos);
    const auto bad_answer = parse_generated_blocks(json::parse(
        R"({"blocks": [{"config": {"id": "a", "type": "addition"}, "questions": [{"id": 1, "answer_text": "12abc"}]}]})"));
    ASSERT_FALSE(bad_answer.has_value());
    EXPECT_NE(bad_answer.error().detail.find("blocks[0].questions[0].answer_text"), std::string::npos);
    const auto legacy_float = parse_generated_blocks(json::parse(
        R"({"seed": 5, "blocks": [{"config": {"id": "a", "type": "addition"}, "questions": [{"id": 1, "text": "2\n+ 3", "operands": [2, 3], "operator": "+", "operators": null, "answer": 5.0, "isVertical": true}]}]})"));
    ASSERT_TRUE(legacy_float.has_value()) << legacy_float.error().detail;
    EXPECT_EQ(legacy_float->blocks[0].questions[0].answer, "5.0");
}

TEST(GeneratorWire, SeedsMustBeJavaScriptSafe) {
    EXPECT_TRUE(parse_seed(json(0), "seed").has_value());
    EXPECT_EQ(*parse_seed(json(kMaxWireSeed), "seed"), kMaxWireSeed);
    EXPECT_FALSE(parse_seed(json(kMaxWireSeed + 1), "seed").has_value());
    EXPECT_FALSE(parse_seed(json(-1), "seed").has_value());
    EXPECT_FALSE(parse_seed(json(1.5), "seed").has_value());
    EXPECT_FALSE(parse_seed(json("7"), "seed").has_value());
}

}  // namespace
}  // namespace anzan::papers
