// Level presets (presets/*.json): every level loads, matches the legacy block lists' totals, and
// generates for 1,000 seeds without error; lookups are case-insensitive; unknown levels are
// NotFound.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "papers/generator/generator.hpp"
#include "papers/generator/presets.hpp"
#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

const std::string kPresetsDir = std::string(ANZAN_SOURCE_DIR) + "/presets";

int total_questions(const PaperConfig& config) {
    int total = 0;
    for (const auto& block : config.blocks) total += block.count;
    return total;
}

TEST(GeneratorPresets, ListsEveryLevelInTeachingOrder) {
    const std::vector<std::string> expected = {"Junior", "AB-1", "AB-2", "AB-3", "AB-4", "AB-5", "AB-6",
                                               "AB-7", "AB-8", "AB-9", "AB-10", "Advanced"};
    EXPECT_EQ(preset_levels(kPresetsDir), expected);
}

TEST(GeneratorPresets, EveryPresetGeneratesForAThousandSeeds) {
    for (const std::string& level : preset_levels(kPresetsDir)) {
        SCOPED_TRACE(level);
        const auto config = load_preset(kPresetsDir, level);
        ASSERT_TRUE(config.has_value()) << config.error().detail;
        EXPECT_EQ(config->level, level);
        EXPECT_EQ(total_questions(*config), level == "Junior" ? 30 : level == "Advanced" ? 80 : 100);
        for (std::uint64_t seed = 0; seed < test::seed_count(1000); ++seed) {
            const auto paper = generate_paper(*config, seed);
            ASSERT_TRUE(paper.has_value()) << "seed " << seed << ": " << paper.error().detail;
        }
    }
}

TEST(GeneratorPresets, LevelsMatchCaseInsensitively) {
    const auto upper = load_preset(kPresetsDir, "AB-3");
    const auto lower = load_preset(kPresetsDir, "ab-3");
    ASSERT_TRUE(upper.has_value() && lower.has_value());
    EXPECT_EQ(upper->blocks.size(), lower->blocks.size());
    EXPECT_EQ(lower->title, "Basic Level 3");
    EXPECT_EQ(lower->blocks[5].id, "ab3-6");
    EXPECT_EQ(lower->blocks[5].title, "Multiplication 2×1");
}

TEST(GeneratorPresets, UnknownOrUnsafeLevelsAreNotFound) {
    for (const char* level : {"AB-11", "Custom", "Vedic-Level-3", "../presets/ab-1", "", "ab 1"}) {
        SCOPED_TRACE(level);
        const auto result = load_preset(kPresetsDir, level);
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    }
}

TEST(GeneratorPresets, EditedFilesTakeEffectWithoutRecompiling) {
    const auto dir = std::filesystem::temp_directory_path() / "anzan_presets_test";
    std::filesystem::create_directories(dir);
    {
        std::ofstream out(dir / "junior.json");
        out << R"({"level": "Junior", "title": "Tiny", "blocks": [
            {"id": "x-1", "type": "direct_add_sub", "count": 4, "title": "Direct", "constraints": {"digits": 1, "rows": 2}}]})";
    }
    {
        std::ofstream out(dir / "ab-1.json");
        out << "{ not json";
    }
    const auto config = load_preset(dir.string(), "junior");
    ASSERT_TRUE(config.has_value());
    EXPECT_EQ(config->blocks.at(0).count, 4);
    const auto broken = load_preset(dir.string(), "AB-1");
    ASSERT_FALSE(broken.has_value());
    EXPECT_EQ(broken.error().code, ErrorCode::Internal);
    EXPECT_EQ(preset_levels(dir.string()), std::vector<std::string>{"Junior"});
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace anzan::papers
